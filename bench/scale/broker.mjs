// What the bench asks nats-server directly: the raw JetStream baselines of the same run, and how many
// records a coordinator's journal stream holds.
import { jetstream, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { rawJetStream } from "../transport/raw.mjs";

/**
 * Two ceilings, measured on the scenario's own nats-server: publish + pull + ack of small messages
 * with 256 publishes in flight (bench/transport's raw figure), and publishes awaited one at a time
 * into a file stream, which is how the coordinator writes its journal today (one awaited publish per
 * record), so trials/s x records per trial cannot exceed it.
 */
export async function rawBaselines(url, n) {
  const windowed = await rawJetStream(url, n);
  const nc = await connect({ servers: url });
  try {
    const jsm = await jetstreamManager(nc);
    const js = jetstream(nc);
    const name = `SERIAL${process.pid}${Date.now()}`;
    await jsm.streams.add({ name, subjects: [`${name}.>`], retention: RetentionPolicy.Limits, storage: StorageType.File });
    const payload = new Uint8Array(200);
    const count = Math.max(200, n >> 2);
    const started = performance.now();
    for (let i = 0; i < count; i++) await js.publish(`${name}.x`, payload);
    const serial = count / ((performance.now() - started) / 1000);
    await jsm.streams.delete(name);
    return { messagesPerSecond: windowed, serialPublishesPerSecond: serial };
  } finally {
    await nc.close();
  }
}

/** Records in the coordinator's journal stream (<PREFIX>_JOURNAL), or undefined if it cannot be read. */
export async function journalRecords(url, prefix) {
  const nc = await connect({ servers: url }).catch(() => undefined);
  if (!nc) return undefined;
  try {
    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(`${prefix.toUpperCase().replace(/-/g, "_")}_JOURNAL`);
    return info.state.messages;
  } catch {
    return undefined;
  } finally {
    await nc.close();
  }
}
