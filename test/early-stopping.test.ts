// Early stopping end to end: the median rule over a real nats-server (stopped trials end Stopped and
// the counts add up) and Hyperband as ASHA over the in-process transport (promotions get the larger
// budget as a hyperparameter and resume from the configuration's checkpoint).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Coordinator, MemoryJournal, REPEAT_TOLERANCE } from "@hyperfleet/coordinator";
import { createInProcessTransport, NatsCoordinatorTransport, NatsWorkerTransport, type WorkerTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-early-"));
const SCRIPT = join(dir, "curve.mjs");
// A learning curve whose floor depends on x: loss_t = 3 (x - 0.3)^2 + 1 / t. It resumes from the
// checkpoint folder when it has one.
writeFileSync(
  SCRIPT,
  `import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
const epochs = Number(hp.epochs);
const ckpt = process.env.HYPERFLEET_CHECKPOINT_DIR;
let start = 1;
if (ckpt && existsSync(join(ckpt, "epoch"))) start = Number(readFileSync(join(ckpt, "epoch"), "utf8")) + 1;
for (let t = start; t <= epochs; t++) {
  await new Promise((r) => setTimeout(r, 40));
  console.log("epoch=" + t + " loss=" + (3 * (Number(hp.x) - 0.3) ** 2 + 1 / t).toFixed(6));
  if (ckpt) { mkdirSync(ckpt, { recursive: true }); writeFileSync(join(ckpt, "epoch"), String(t)); }
}
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const training = { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] };

async function startWorkers(make: () => Promise<WorkerTransport> | WorkerTransport, n: number) {
  const out: Worker[] = [];
  for (let i = 0; i < n; i++) {
    const w = new Worker({ transport: await make(), workerId: `es${i}`, capabilities: { cpus: 2, memoryMiB: 4096, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() }, heartbeatMs: 500, stopGraceMs: 2000 });
    await w.start();
    out.push(w);
  }
  return out;
}

describe("early stopping", () => {
  let nats: NatsServer;
  beforeAll(async () => {
    nats = await NatsServer.start();
  });
  afterAll(async () => {
    await nats?.dispose();
  });

  it("earlyStopping: auto over NATS: weak trials end Stopped (early), the best runs to the end, counts add up", async () => {
    const options = { servers: nats.url, prefix: "early" };
    const coordinator = new Coordinator(await NatsCoordinatorTransport.connect(options), new MemoryJournal());
    await coordinator.start();
    const ws = await startWorkers(() => NatsWorkerTransport.connect(options), 3);
    const jobId = await coordinator.submit({
      name: "median",
      objective: { metric: "loss", type: "minimize" },
      strategy: "random",
      parameters: { x: { type: "continuous", min: -2, max: 2 } },
      staticHyperparameters: { epochs: "12" },
      limits: { maxTrials: 18, maxParallelTrials: 3 },
      earlyStopping: "auto",
      seed: 4,
      training,
    });
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 90_000);
    expect(job.status).toBe("Completed");
    const trials = [...job.trials.values()];
    const stopped = trials.filter((t) => t.status === "Stopped");
    expect(stopped.length).toBeGreaterThan(0);
    for (const t of stopped) expect(t.earlyStopped, `trial ${t.trialId}`).toBe(true);
    // A stop can cross the last epoch's report on its way (the trial was ending anyway); most save epochs.
    expect(stopped.filter((t) => t.metrics.loss!.length < 12).length).toBeGreaterThan(stopped.length / 2);
    expect(job.counters.Completed + job.counters.Stopped).toBe(18);
    expect(job.counters).toMatchObject({ InProgress: 0, RetryableError: 0, NonRetryableError: 0 });
    // The best trial was never stopped; no stopped trial's best loss beats it.
    expect(job.best!.status).toBe("Completed");
    for (const t of stopped) expect(Math.min(...t.metrics.loss!.map((p) => p.value))).toBeGreaterThan(job.best!.objective!);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 120_000);

  it("bayesian with earlyStopping: auto over NATS never suggests a configuration again (stopped ones included)", async () => {
    const options = { servers: nats.url, prefix: "early-bayes" };
    const coordinator = new Coordinator(await NatsCoordinatorTransport.connect(options), new MemoryJournal());
    await coordinator.start();
    const ws = await startWorkers(() => NatsWorkerTransport.connect(options), 3);
    const jobId = await coordinator.submit({
      name: "median-gp",
      objective: { metric: "loss", type: "minimize" },
      strategy: "bayesian",
      parameters: { x: { type: "continuous", min: -2, max: 2 } },
      staticHyperparameters: { epochs: "8" },
      limits: { maxTrials: 16, maxParallelTrials: 3 },
      earlyStopping: "auto",
      seed: 5,
      training,
    });
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 90_000);
    expect(job.status).toBe("Completed");
    const xs = [...job.trials.values()].map((t) => Number(t.params.x)).sort((a, b) => a - b);
    expect(xs).toHaveLength(16);
    // Apart by more than the optimizer's tolerance (REPEAT_TOLERANCE of the range): before #16 a stopped
    // trial's point came back, 1e-7 away, trial after trial.
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!, `x ${xs[i - 1]} and ${xs[i]}`).toBeGreaterThan(REPEAT_TOLERANCE * 4);
    expect(job.counters.Completed + job.counters.Stopped).toBe(16);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 120_000);

  it("strategy: hyperband runs ASHA: promotions get the next rung's budget and resume from the checkpoint", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await startWorkers(() => t.worker(), 3);
    const jobId = await coordinator.submit({
      name: "asha",
      objective: { metric: "loss", type: "minimize" },
      strategy: "hyperband",
      hyperband: { minResource: 1, maxResource: 9, reductionFactor: 3 },
      parameters: { x: { type: "continuous", min: -2, max: 2 } },
      limits: { maxTrials: 24, maxParallelTrials: 3 },
      seed: 2,
      training: { ...training, checkpointDir: join(dir, "checkpoints") },
    });
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 90_000);
    expect(job.status).toBe("Completed");
    const trials = [...job.trials.values()];
    expect(trials).toHaveLength(24);
    const byRung = [0, 1, 2].map((k) => trials.filter((tr) => tr.placement!.rung === k));
    expect(byRung[1]!.length).toBeGreaterThan(0);
    expect(byRung[0]!.length).toBeGreaterThan(byRung[1]!.length);
    for (const tr of byRung[0]!) expect(tr.metrics.loss).toHaveLength(1);
    for (const tr of byRung[1]!.filter((x) => x.status === "Completed")) {
      // Promoted from rung 0 of the same configuration: same parameters, epochs 2-3 only (resumed).
      expect(tr.params).toEqual(job.trials.get(tr.placement!.configId)!.params);
      expect(tr.metrics.loss).toHaveLength(2);
    }
    for (const tr of byRung[2]!.filter((x) => x.status === "Completed")) expect(tr.metrics.loss).toHaveLength(6);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 120_000);
});
