// A tuning job end to end: the coordinator, three workers with the process runtime, and a training
// script whose objective depends on its hyperparameters; over the in-process transport and NATS.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Coordinator, FileJournal, MemoryJournal } from "@hyperfleet/coordinator";
import { createInProcessTransport, NatsCoordinatorTransport, NatsWorkerTransport, type CoordinatorTransport, type WorkerTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

// (x - 0.3)^2 + (y + 1)^2, printed the SageMaker way for the regex metric definition.
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-job-"));
const SCRIPT = join(dir, "quadratic.mjs");
writeFileSync(
  SCRIPT,
  `import { readFileSync } from "node:fs";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
const loss = (Number(hp.x) - 0.3) ** 2 + (Number(hp.y) + 1) ** 2 + (hp.kind === "b" ? 0 : 0.5);
if (hp.crash === "yes") process.exit(2);
console.log("final loss=" + loss.toFixed(8));
`,
);

function spec(maxTrials: number, extra: object = {}) {
  return {
    name: "quad",
    objective: { metric: "loss", type: "minimize" },
    parameters: { x: { type: "continuous", min: -2, max: 2 }, y: { type: "continuous", min: -3, max: 3 }, kind: { type: "categorical", values: ["a", "b"] } },
    limits: { maxTrials, maxParallelTrials: 3 },
    seed: 3,
    training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "final loss=([0-9.e+-]+)" }] },
    ...extra,
  };
}

async function workers(make: () => Promise<WorkerTransport> | WorkerTransport, n: number) {
  const out: Worker[] = [];
  for (let i = 0; i < n; i++) {
    const w = new Worker({ transport: await make(), workerId: `w${i}`, capabilities: { cpus: 2, memoryMiB: 4096, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() }, heartbeatMs: 500 });
    await w.start();
    out.push(w);
  }
  return out;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a tuning job end to end", () => {
  it("a 20-trial job with 3 workers completes with the right counters and a good best trial", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 3);
    const jobId = await coordinator.submit(spec(20));
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 60_000);
    expect(job.status).toBe("Completed");
    expect(job.reason).toBe("MaxNumberOfTrainingJobsReached");
    expect(job.counters).toEqual({ Completed: 20, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
    expect(job.best!.objective!).toBeLessThan(0.3);
    expect(new Set(ws.map((w) => w.counts.completed > 0)).has(true)).toBe(true);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  it("limits.maxFailedTrials ends the job Failed (MaxFailedTrialsReached) after exactly that many failed trials", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 2);
    const crashing = { ...spec(20).parameters, crash: { type: "categorical", values: ["yes"] } };
    const job = coordinator.jobs.get(await coordinator.submit(spec(20, { parameters: crashing, limits: { maxTrials: 20, maxParallelTrials: 1, maxFailedTrials: 3 } })))!;
    await until(() => job.status !== "InProgress", 60_000);
    expect(job.status).toBe("Failed");
    expect(job.reason).toBe("MaxFailedTrialsReached");
    expect(job.trials.size).toBe(3);
    expect(job.counters).toEqual({ Completed: 0, InProgress: 0, RetryableError: 0, NonRetryableError: 3, Stopped: 0 });
    expect(job.limits.maxFailedTrials).toBe(3);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  it("training.keepBestArtifacts keeps only the best trials' artifact folders on the workers", async () => {
    const root = mkdtempSync(join(tmpdir(), "hyperfleet-keep-"));
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws: Worker[] = [];
    for (const id of ["k0", "k1"]) {
      const w = new Worker({ transport: t.worker(), workerId: id, capabilities: { cpus: 2, memoryMiB: 4096, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() }, artifacts: { root } });
      await w.start();
      ws.push(w);
    }
    const base = spec(6);
    const job = coordinator.jobs.get(await coordinator.submit({ ...base, strategy: "random", training: { ...base.training, keepBestArtifacts: 2 } }))!;
    await until(() => job.status !== "InProgress", 60_000);
    await coordinator.idle();
    const best2 = [...job.trials.values()].sort((a, b) => a.objective! - b.objective!).slice(0, 2).map((tr) => String(tr.trialId));
    // The drop commands are on their way (best effort): wait for the folders to go.
    await until(() => readdirSync(join(root, job.jobId)).filter((d) => existsSync(join(root, job.jobId, d, "attempt-1"))).length === 2, 10_000);
    expect(readdirSync(join(root, job.jobId)).filter((d) => existsSync(join(root, job.jobId, d, "attempt-1"))).sort()).toEqual(best2.sort());
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
    rmSync(root, { recursive: true, force: true });
  }, 90_000);

  it("raising maxTrials of a running job takes effect, and a Completed job can be extended", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 3);
    const job = coordinator.jobs.get(await coordinator.submit(spec(6)))!;
    await job.changeLimits({ maxTrials: 9 });
    await until(() => job.status === "Completed");
    expect(job.counters.Completed).toBe(9);
    await job.changeLimits({ maxTrials: 12 });
    expect(job.status).toBe("InProgress");
    await until(() => job.status === "Completed");
    expect(job.counters.Completed).toBe(12);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  it("offers again, with backoff, what the broker refused while it was down", async () => {
    const t = createInProcessTransport();
    let refusals = 3;
    const flaky: CoordinatorTransport = {
      stats: t.coordinator.stats,
      offer: async (o) => {
        if (refusals-- > 0) throw new Error("broker unavailable");
        await t.coordinator.offer(o);
      },
      sendControl: (w, c) => t.coordinator.sendControl(w, c),
      consumeEvents: (h) => t.coordinator.consumeEvents(h),
      close: () => t.coordinator.close(),
    };
    const coordinator = new Coordinator(flaky, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 1);
    const job = coordinator.jobs.get(await coordinator.submit(spec(3)))!;
    await until(() => job.status !== "InProgress", 30_000);
    expect(job.counters.Completed).toBe(3);
    expect(refusals).toBeLessThan(0);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 60_000);

  it("data channels reach the training as SM_CHANNEL_<NAME>; a channel missing on the worker fails the trial clearly", async () => {
    const data = mkdtempSync(join(dir, "channel-"));
    writeFileSync(join(data, "offset.txt"), "0.25");
    const reader = join(dir, "channel.mjs");
    writeFileSync(reader, 'import { readFileSync } from "node:fs";\nconsole.log("final loss=" + readFileSync(process.env.SM_CHANNEL_TRAIN + "/offset.txt", "utf8"));\n');
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 1);
    const base = spec(1, { limits: { maxTrials: 1, maxParallelTrials: 1 } });
    const ok = coordinator.jobs.get(await coordinator.submit({ ...base, training: { ...base.training, command: [process.execPath, reader], dataChannels: [{ name: "train", path: data }] } }))!;
    const missing = coordinator.jobs.get(await coordinator.submit({ ...base, training: { ...base.training, command: [process.execPath, reader], dataChannels: [{ name: "train", path: join(dir, "nowhere") }] } }))!;
    await until(() => ok.status !== "InProgress" && missing.status !== "InProgress");
    expect(ok.best!.objective).toBe(0.25);
    expect(missing.status).toBe("Failed");
    expect(missing.trials.get(0)!.error).toMatchObject({ code: "DATA_CHANNEL_MISSING", retryable: false });
    expect(missing.trials.get(0)!.error!.message).toContain("data channel train");
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 60_000);

  it("two jobs share the workers fairly: the second is not queued behind the first's whole batch", async () => {
    const t = createInProcessTransport();
    const ended: string[] = [];
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal(), { hooks: { trialEnded: (jobId) => ended.push(jobId) } });
    await coordinator.start();
    const ws = await workers(() => t.worker(), 2);
    await until(() => coordinator.liveWorkers().length === 2);
    const a = await coordinator.submit(spec(12, { name: "first", limits: { maxTrials: 12, maxParallelTrials: 12 } }));
    const b = await coordinator.submit(spec(12, { name: "second", limits: { maxTrials: 12, maxParallelTrials: 12 } }));
    await until(() => [a, b].every((id) => coordinator.jobs.get(id)!.status === "Completed"), 60_000);
    const firstEight = ended.slice(0, 8);
    expect(firstEight.filter((id) => id === b).length).toBeGreaterThanOrEqual(3);
    expect(firstEight.filter((id) => id === a).length).toBeGreaterThanOrEqual(3);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  it("warm start: identical takes the parent's observations, transfer those inside the new space", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 3);
    const parentId = await coordinator.submit(spec(6));
    const parent = coordinator.jobs.get(parentId)!;
    await until(() => parent.status === "Completed");
    const child = coordinator.jobs.get(await coordinator.submit(spec(3, { warmStart: { parents: [parentId], type: "identical" } })))!;
    expect(child.warm).toHaveLength(6);
    const narrower = { ...spec(3).parameters, x: { type: "continuous", min: 0, max: 2 } };
    await expect(coordinator.submit(spec(3, { parameters: narrower, warmStart: { parents: ["quad"], type: "identical" } }))).rejects.toThrow(/warmStart.parents.0/);
    const transfer = coordinator.jobs.get(await coordinator.submit(spec(3, { parameters: narrower, warmStart: { parents: [parentId], type: "transfer" } })))!;
    const inside = [...parent.trials.values()].filter((tr) => (tr.params.x as number) >= 0).length;
    expect(transfer.warm).toHaveLength(inside);
    await until(() => child.status === "Completed" && transfer.status === "Completed");
    expect([...child.trials.keys()]).toHaveLength(3);
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  it("completion.convergence ends a job once the GP expects no worthwhile improvement", async () => {
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal());
    await coordinator.start();
    const ws = await workers(() => t.worker(), 1);
    const job = coordinator.jobs.get(await coordinator.submit(spec(40, { limits: { maxTrials: 40, maxParallelTrials: 1 }, completion: { convergence: true } })))!;
    await until(() => job.status !== "InProgress", 60_000);
    expect(job.status).toBe("Completed");
    expect(job.reason).toBe("ConvergenceDetected");
    expect(job.trials.size).toBeLessThan(30);
    expect(job.best!.objective!).toBeLessThan(0.01); // it stopped because it had found the optimum
    for (const w of ws) await w.shutdown(1000);
    await coordinator.stop();
  }, 90_000);

  describe("over NATS with a journal file", () => {
    let nats: NatsServer;
    beforeAll(async () => {
      nats = await NatsServer.start();
    });
    afterAll(async () => {
      await nats?.dispose();
    });

    it("a coordinator that dies mid-job and restarts from its journal completes the job with every observation", async () => {
      const options = { servers: nats.url, prefix: "job" };
      const journalPath = join(dir, "journal.jsonl");
      const first = new Coordinator(await NatsCoordinatorTransport.connect(options), new FileJournal(journalPath));
      await first.start();
      const ws = await workers(() => NatsWorkerTransport.connect(options), 3);
      const jobId = await first.submit(spec(15));
      await until(() => first.jobs.get(jobId)!.counters.Completed >= 5);
      // The coordinator goes away without a word (its state lives in the journal and the broker).
      await first.stop();
      // A killed process would write nothing more; this one may still finish an ask it had started.
      await new Promise((r) => setTimeout(r, 500));
      const seenBefore = first.jobs.get(jobId)!.counters.Completed;
      const second = new Coordinator(await NatsCoordinatorTransport.connect(options), new FileJournal(journalPath));
      await second.start();
      const job = second.jobs.get(jobId)!;
      expect(job.counters.Completed).toBeGreaterThanOrEqual(seenBefore);
      await until(() => job.status !== "InProgress", 60_000);
      expect(job.status).toBe("Completed");
      expect(job.counters).toMatchObject({ Completed: 15, InProgress: 0 });
      expect([...job.trials.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i));
      for (const w of ws) await w.shutdown(1000);
      await second.stop();
    }, 120_000);
  });
});
