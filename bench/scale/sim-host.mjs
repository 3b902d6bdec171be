// A child process hosting simulated workers: each has its own NatsWorkerTransport (its own
// connection), announces itself as the real worker does, claims, sleeps for the trial's length and
// reports. Several of these share the fleet so that the workers' own CPU is not one event loop.
// Speaks to sim-workers.mjs over the fork IPC channel: start -> ready, stop -> report.
import { hostname } from "node:os";
import { clearInterval, setInterval } from "node:timers";
import { NatsWorkerTransport } from "@hyperfleet/transport";

const CAPABILITIES = { cpus: 64, memoryMiB: 1 << 20, gpus: [], labels: {}, runtimes: ["process"] };
const ANNOUNCE_MS = 10_000; // the real worker's default
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const workers = [];
/** One row per reported attempt: [jobId, trialId, attempt, delivery, workerId, claimedAtMs, sentAtMs, ok]. */
const reports = [];
const firstTrial = {};
const joined = {};
let running = 0;
let errors = 0;
let announceFailures = 0;

function onTrial(w, o, trial) {
  const claimedAt = Date.now();
  firstTrial[w.id] ??= claimedAt;
  w.busy++;
  running++;
  void (async () => {
    await sleep(o.trialMs);
    // Progress reports a real training would send: each becomes a journal record (restart scenario).
    for (let i = 0; i < o.metricsPerTrial; i++) await trial.reportMetrics([{ name: "loss", value: Math.random(), step: i + 1, timestampUnixMs: Date.now() }]).catch(() => undefined);
    const x = Number(trial.offer.hyperparameters.x ?? 0);
    const sentAt = Date.now();
    const ok = await trial.finish({ status: "completed", finalMetrics: [{ name: "loss", value: (x - 0.3) ** 2, step: 0, timestampUnixMs: sentAt }] }).then(() => true, () => false);
    if (!ok) errors++;
    reports.push([trial.offer.jobId, trial.offer.trialId, trial.offer.attempt, trial.delivery, w.id, claimedAt, sentAt, ok]);
    w.busy--;
    running--;
  })();
}

const announce = (w, o, leaving = false) =>
  w.transport.announce({ workerId: w.id, host: hostname(), capabilities: CAPABILITIES, slots: o.slots, freeSlots: Math.max(0, o.slots - w.busy), resourceClasses: [], sentUnixMs: Date.now(), leaving });

async function startOne(id, o) {
  const transport = await NatsWorkerTransport.connect({ servers: o.natsUrl, prefix: o.prefix, workerId: id });
  const w = { id, transport, busy: 0 };
  // A swamped server can time out the first announcement; the periodic one carries on, and the
  // claim does not depend on it, so three tries and then on (counted, not fatal).
  for (let i = 0; i < 3 && !(await announce(w, o).then(() => true, () => false)); i++) announceFailures++;
  w.announcer = setInterval(() => void announce(w, o).catch(() => undefined), ANNOUNCE_MS);
  w.control = await transport.onControl(id, () => undefined); // stop commands: the trial ends by itself soon
  joined[id] = Date.now();
  w.claim = await transport.claim({ workerId: id, capabilities: CAPABILITIES, slots: o.slots, onTrial: (t) => onTrial(w, o, t) });
  workers.push(w);
}

async function start(o) {
  // Fifty connections at a time: joining is mostly round trips to the server, but a host's whole
  // share at once would time out on two cores.
  for (let i = 0; i < o.ids.length; i += 50) await Promise.all(o.ids.slice(i, i + 50).map((id) => startOne(id, o)));
  process.send({ type: "ready" });
}

/** Stops claiming, lets running attempts report (bounded), then sends back everything recorded. */
async function stop(o) {
  for (const w of workers) clearInterval(w.announcer);
  await Promise.race([Promise.all(workers.map((w) => w.claim.stop().catch(() => undefined))), sleep(o.settleMs)]);
  const deadline = Date.now() + o.settleMs;
  while (running > 0 && Date.now() < deadline) await sleep(20);
  process.send({ type: "report", reports, firstTrial, joined, errors, announceFailures, stillRunning: running });
  await Promise.race([Promise.all(workers.map((w) => w.transport.close().catch(() => undefined))), sleep(3_000)]);
  process.exit(0);
}

let options;
process.on("message", (m) => {
  if (m.type === "start") {
    options = m;
    start(m).catch((err) => {
      process.send({ type: "failed", message: String(err?.stack ?? err) });
      process.exit(1);
    });
  }
  if (m.type === "stop") void stop({ ...options, ...m });
});
process.on("disconnect", () => process.exit(0)); // the bench went away: so do its workers
