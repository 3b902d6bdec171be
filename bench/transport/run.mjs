#!/usr/bin/env node
// pnpm bench:transport [--quick] [--only nats|rabbitmq]
// No-op trials per second end to end (offer, claim, result, the coordinator sees it) with 1 and 8
// workers, beside the raw broker throughput measured in the same run, plus dispatch latency
// (offer to claim, one trial at a time, 8 idle workers). Brokers: HYPERFLEET_NATS_URL
// (default nats://127.0.0.1:4222) and HYPERFLEET_AMQP_URL (default amqp://guest:guest@127.0.0.1:5672);
// credentials in the URLs, HYPERFLEET_NATS_CREDS, _NKEY, _TLS_CA, _TLS_CERT, _TLS_KEY and
// HYPERFLEET_AMQP_TLS_CA, _CERT, _KEY (with an amqps:// URL) as for the CLI.
import { availableParallelism, cpus } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { NatsCoordinatorTransport, NatsWorkerTransport, RabbitCoordinatorTransport, RabbitWorkerTransport } from "@hyperfleet/transport";
import { rawJetStream, rawRabbit } from "./raw.mjs";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
if (args.help) {
  console.log("Usage: pnpm bench:transport [--quick] [--only nats|rabbitmq]\n\nNeeds a nats-server with JetStream and a RabbitMQ node; set HYPERFLEET_NATS_URL / HYPERFLEET_AMQP_URL\n(user:password@ in the URL), and for NATS HYPERFLEET_NATS_CREDS, HYPERFLEET_NATS_NKEY, HYPERFLEET_NATS_TLS_CA,\nHYPERFLEET_NATS_TLS_CERT, HYPERFLEET_NATS_TLS_KEY, and for RabbitMQ over amqps:// HYPERFLEET_AMQP_TLS_CA,\nHYPERFLEET_AMQP_TLS_CERT, HYPERFLEET_AMQP_TLS_KEY, as the CLI reads them. The identity must be able to create streams and queues.");
  process.exit(0);
}
const natsUrl = process.env.HYPERFLEET_NATS_URL ?? "nats://127.0.0.1:4222";
const amqpUrl = process.env.HYPERFLEET_AMQP_URL ?? "amqp://guest:guest@127.0.0.1:5672";
const env = (name) => process.env[`HYPERFLEET_NATS_${name}`];
const tls = Object.fromEntries([["caFile", env("TLS_CA")], ["certFile", env("TLS_CERT")], ["keyFile", env("TLS_KEY")]].filter(([, v]) => v));
const natsAuth = { ...(env("CREDS") ? { credsFile: env("CREDS") } : {}), ...(env("NKEY") ? { nkeySeedFile: env("NKEY") } : {}), ...(Object.keys(tls).length > 0 ? { tls } : {}) };
const amqpEnv = (name) => process.env[`HYPERFLEET_AMQP_TLS_${name}`];
const amqpTls = Object.fromEntries([["caFile", amqpEnv("CA")], ["certFile", amqpEnv("CERT")], ["keyFile", amqpEnv("KEY")]].filter(([, v]) => v));
const here = dirname(fileURLToPath(import.meta.url));
const CPU = { cpus: 64, memoryMiB: 1 << 20, gpus: [], labels: {}, runtimes: ["process"] };
const brokers = [
  { name: "nats", trials: args.quick ? 2000 : 6000, raw: (n) => rawJetStream(natsUrl, n, natsAuth), coordinator: (prefix) => NatsCoordinatorTransport.connect({ servers: natsUrl, prefix, auth: natsAuth }), worker: (prefix) => NatsWorkerTransport.connect({ servers: natsUrl, prefix, auth: natsAuth }), target: 2000 },
  { name: "rabbitmq", trials: args.quick ? 1000 : 3000, raw: (n) => rawRabbit(amqpUrl, n, amqpTls), coordinator: (prefix) => RabbitCoordinatorTransport.connect({ url: amqpUrl, prefix, tls: amqpTls }), worker: (prefix) => RabbitWorkerTransport.connect({ url: amqpUrl, prefix, tls: amqpTls }), target: 1000 },
].filter((b) => !args.only || b.name === args.only);

const offer = (jobId, trialId) => ({
  jobId,
  trialId,
  attempt: 1,
  hyperparameters: { lr: 0.01 },
  staticHyperparameters: {},
  training: { runtime: "process", command: ["true"] },
  resources: { cpus: 1, memoryMiB: 64, gpus: 0 },
  deadlineUnixMs: 0,
  offeredUnixMs: Date.now(),
});

async function endToEnd(broker, workers, n) {
  const prefix = `bench${process.pid}x${workers}x${Date.now() % 1e6}`;
  const coordinator = await broker.coordinator(prefix);
  const ws = [];
  let results = 0;
  let done;
  const finished = new Promise((r) => (done = r));
  const seen = new Set();
  const sub = await coordinator.consumeEvents((e) => {
    if (e.type !== "result" || seen.has(e.trialId)) return;
    seen.add(e.trialId);
    if (++results === n) done();
  });
  for (let i = 0; i < workers; i++) {
    const w = await broker.worker(prefix);
    ws.push(w);
    await w.claim({ workerId: `w${i}`, capabilities: CPU, slots: 32, onTrial: (t) => t.finish({ status: "completed", finalMetrics: [] }).catch(() => undefined) });
  }
  await coordinator.offer(offer("warm", 0)); // creates the class; workers discover it
  await new Promise((r) => setTimeout(r, 1500));
  seen.clear();
  results = 0;
  const started = performance.now();
  const inflight = new Set();
  for (let i = 1; i <= n; i++) {
    const p = coordinator.offer(offer("bench", i)).then(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= 256) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  await finished;
  const rate = n / ((performance.now() - started) / 1000);
  await sub.stop();
  await Promise.all([coordinator.close(), ...ws.map((w) => w.close())]);
  return rate;
}

async function dispatchLatency(broker, samples) {
  const prefix = `lat${process.pid}x${Date.now() % 1e6}`;
  const coordinator = await broker.coordinator(prefix);
  const ws = [];
  let waiting;
  const latencies = [];
  for (let i = 0; i < 8; i++) {
    const w = await broker.worker(prefix);
    ws.push(w);
    await w.claim({
      workerId: `w${i}`,
      capabilities: CPU,
      slots: 4,
      onTrial: (t) => {
        if (t.offer.jobId === "lat") latencies.push(performance.now() - waiting.at);
        t.finish({ status: "completed", finalMetrics: [] }).catch(() => undefined);
        waiting?.resolve();
      },
    });
  }
  await coordinator.offer(offer("warm", 0));
  await new Promise((r) => setTimeout(r, 1500));
  for (let i = 1; i <= samples; i++) {
    await new Promise((resolve) => {
      waiting = { at: performance.now(), resolve };
      void coordinator.offer(offer("lat", i));
    });
  }
  await Promise.all([coordinator.close(), ...ws.map((w) => w.close())]);
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { p50: q(0.5), p99: q(0.99) };
}

const rows = [];
for (const broker of brokers) {
  console.error(`${broker.name}: raw broker throughput...`);
  const raw = await broker.raw(broker.trials);
  const rates = {};
  for (const w of [1, 8]) {
    console.error(`${broker.name}: ${broker.trials} no-op trials with ${w} worker(s)...`);
    rates[w] = await endToEnd(broker, w, broker.trials);
  }
  console.error(`${broker.name}: dispatch latency...`);
  const latency = await dispatchLatency(broker, args.quick ? 200 : 500);
  rows.push({ broker: broker.name, trials: broker.trials, rawPerSecond: raw, trialsPerSecond1: rates[1], trialsPerSecond8: rates[8], ratioToRaw8: rates[8] / raw, dispatchP50Ms: latency.p50, dispatchP99Ms: latency.p99, targetPerSecond8: broker.target });
}

const header = ["broker", "raw msgs/s", "trials/s, 1 worker", "trials/s, 8 workers", "8 workers / raw", "dispatch p50 ms", "dispatch p99 ms", "target (8 workers)"];
const body = rows.map((r) => [r.broker, r.rawPerSecond.toFixed(0), r.trialsPerSecond1.toFixed(0), r.trialsPerSecond8.toFixed(0), (100 * r.ratioToRaw8).toFixed(0) + "%", r.dispatchP50Ms.toFixed(2), r.dispatchP99Ms.toFixed(2), `>= ${r.targetPerSecond8}/s`]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
const line = (r) => "| " + r.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const b of body) console.log(line(b));
const out = resolve(here, "../results/transport.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: "transport", date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), node: process.version }, quick: args.quick, rows }, null, 2));
console.log(`wrote ${out}`);
process.exit(0);
