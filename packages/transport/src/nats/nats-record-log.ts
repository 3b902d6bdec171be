import { DeliverPolicy, RetentionPolicy, StorageType, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type { LoggedRecord, RecordLog } from "../record-log.js";
import { natsConnectOptions, type NatsAuthOptions } from "./nats-auth.js";
import { NatsNames, token } from "./nats-names.js";

export interface NatsRecordLogOptions {
  servers: string | string[];
  /** Installation prefix (default "hyperfleet"); the stream is <PREFIX>_JOURNAL. */
  prefix?: string;
  /** Stream replicas in a NATS cluster (default 1). */
  replicas?: number;
  /** Credentials files, nkeys and TLS, as for the transports. */
  auth?: NatsAuthOptions;
}

/**
 * The coordinator's journal as a JetStream stream: file storage, limits retention with no age limit,
 * one subject. A publish resolves on the server's ack, which comes after the record is stored (and,
 * with replicas, after a quorum has it).
 */
export class NatsRecordLog implements RecordLog {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly names: NatsNames,
  ) {}

  static async connect(options: NatsRecordLogOptions): Promise<NatsRecordLog> {
    const names = new NatsNames(options.prefix);
    // The coordinator's reply subjects: the journal's replay comes back on them, and no worker may read those.
    const nc = await connect({ ...natsConnectOptions(options.servers, options.auth), name: "hyperfleet-journal", maxReconnectAttempts: -1, reconnectTimeWait: 250, inboxPrefix: names.coordinatorInbox });
    const jsm = await jetstreamManager(nc);
    // One subject per key (a job) below the journal's own, so a job's old records purge as a range.
    const subjects = [names.journal(), `${names.journal()}.>`];
    let info;
    try {
      info = await jsm.streams.info(names.journalStream);
    } catch {
      await jsm.streams.add({
        name: names.journalStream,
        subjects,
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        num_replicas: options.replicas ?? 1,
        // The journal is read whole on every start; 64 MiB records would be a bug, not a job.
        max_msg_size: 8 * 1024 * 1024,
      });
    }
    // A journal from before the per-key subjects takes them on; its old records stay where they are.
    if (info && !info.config.subjects.includes(subjects[1]!)) await jsm.streams.update(names.journalStream, { subjects });
    return new NatsRecordLog(nc, jetstream(nc), jsm, names);
  }

  async append(record: string, key?: string): Promise<void> {
    await this.js.publish(key === undefined ? this.names.journal() : this.subjectOf(key), record);
  }

  async replay(): Promise<string[]> {
    return (await this.entries()).map((e) => e.data);
  }

  async entries(): Promise<LoggedRecord[]> {
    const info = await this.jsm.streams.info(this.names.journalStream);
    const last = info.state.last_seq;
    if (info.state.messages === 0) return [];
    // An ordered consumer reads the stream from its first record to the last one stored now.
    const consumer = await this.js.consumers.get(this.names.journalStream, { deliver_policy: DeliverPolicy.All });
    const out: LoggedRecord[] = [];
    const head = `${this.names.journal()}.`;
    const messages = await consumer.consume();
    for await (const m of messages) {
      out.push({ data: m.string(), position: m.seq, ...(m.subject.startsWith(head) ? { key: m.subject.slice(head.length) } : {}) });
      if (m.seq >= last) break;
    }
    await messages.close();
    return out;
  }

  /**
   * A key's records go as one purge of its subject below the last of them (a range, whatever its
   * length); records appended without a key (a journal from before the keys) one by one.
   */
  async forget(records: readonly LoggedRecord[]): Promise<void> {
    const upTo = new Map<string, number>();
    for (const r of records) {
      if (r.key === undefined) await this.jsm.streams.deleteMessage(this.names.journalStream, r.position, false);
      else upTo.set(r.key, Math.max(upTo.get(r.key) ?? 0, r.position));
    }
    for (const [key, position] of upTo) await this.jsm.streams.purge(this.names.journalStream, { filter: `${this.names.journal()}.${key}`, seq: position + 1 });
  }

  /** The key as one subject token: a job id's dots and wildcards become "_" (the id itself is in the record). */
  private subjectOf(key: string): string {
    return `${this.names.journal()}.${token(key)}`;
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}
