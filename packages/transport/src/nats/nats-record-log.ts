import { DeliverPolicy, RetentionPolicy, StorageType, jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type { RecordLog } from "../record-log.js";
import { natsConnectOptions, type NatsAuthOptions } from "./nats-auth.js";
import { NatsNames } from "./nats-names.js";

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
    try {
      await jsm.streams.info(names.journalStream);
    } catch {
      await jsm.streams.add({
        name: names.journalStream,
        subjects: [names.journal()],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        num_replicas: options.replicas ?? 1,
        // The journal is read whole on every start; 64 MiB records would be a bug, not a job.
        max_msg_size: 8 * 1024 * 1024,
      });
    }
    return new NatsRecordLog(nc, jetstream(nc), jsm, names);
  }

  async append(record: string): Promise<void> {
    await this.js.publish(this.names.journal(), record);
  }

  async replay(): Promise<string[]> {
    const info = await this.jsm.streams.info(this.names.journalStream);
    const last = info.state.last_seq;
    if (info.state.messages === 0) return [];
    // An ordered consumer reads the stream from its first record to the last one stored now.
    const consumer = await this.js.consumers.get(this.names.journalStream, { deliver_policy: DeliverPolicy.All });
    const out: string[] = [];
    const messages = await consumer.consume();
    for await (const m of messages) {
      out.push(m.string());
      if (m.seq >= last) break;
    }
    await messages.close();
    return out;
  }

  async close(): Promise<void> {
    await this.nc.drain();
  }
}
