// Raw broker throughput, measured in the same run as the end-to-end numbers: what the broker does
// for one message through the same path a trial takes (durable publish, pull or consume, ack).
import { AckPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { natsConnectOptions } from "@hyperfleet/transport";
import { readFileSync } from "node:fs";
import amqp from "amqplib";

/** JetStream: publish n messages (async window 256) while a pull consumer takes and acks them. */
export async function rawJetStream(url, n, auth = {}) {
  const nc = await connect(natsConnectOptions(url, auth));
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const name = `RAWBENCH${process.pid}${Date.now()}`;
  await jsm.streams.add({ name, subjects: [`${name}.>`], retention: RetentionPolicy.Workqueue, storage: StorageType.File });
  await jsm.consumers.add(name, { durable_name: "c", ack_policy: AckPolicy.Explicit });
  const payload = new Uint8Array(200);
  const started = performance.now();
  const consumer = await js.consumers.get(name, "c");
  const messages = await consumer.consume({ max_messages: 1024 });
  const consumed = (async () => {
    let got = 0;
    for await (const m of messages) {
      m.ack();
      if (++got === n) break;
    }
  })();
  const inflight = new Set();
  for (let i = 0; i < n; i++) {
    const p = js.publish(`${name}.x`, payload).then(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 256) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  await consumed;
  const seconds = (performance.now() - started) / 1000;
  await jsm.streams.delete(name);
  await nc.close();
  return n / seconds;
}

/** RabbitMQ: confirmed publish of n persistent messages (window 256) to a quorum queue, consume, ack. */
export async function rawRabbit(url, n, tls = {}) {
  const read = (f) => (f ? readFileSync(f) : undefined);
  const socket = Object.fromEntries(Object.entries({ ca: tls.caFile ? [read(tls.caFile)] : undefined, cert: read(tls.certFile), key: read(tls.keyFile) }).filter(([, v]) => v));
  const conn = await amqp.connect(url, socket);
  const pub = await conn.createConfirmChannel();
  const sub = await conn.createChannel();
  const queue = `rawbench.${process.pid}.${Date.now()}`;
  await pub.assertQueue(queue, { durable: true, arguments: { "x-queue-type": "quorum" } });
  await sub.prefetch(256);
  const started = performance.now();
  let got = 0;
  const consumed = new Promise((resolve) => {
    void sub.consume(queue, (m) => {
      sub.ack(m);
      if (++got === n) resolve();
    });
  });
  const payload = Buffer.alloc(200);
  const inflight = new Set();
  for (let i = 0; i < n; i++) {
    const p = new Promise((resolve, reject) => pub.sendToQueue(queue, payload, { persistent: true }, (err) => (err ? reject(err) : resolve()))).then(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 256) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  await consumed;
  const seconds = (performance.now() - started) / 1000;
  await pub.deleteQueue(queue);
  await conn.close();
  return n / seconds;
}
