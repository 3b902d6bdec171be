import { describe, expect, it } from "vitest";
import { JobQueues } from "./job-queues.js";
import { MetricBatches, type MetricsEvent } from "./metric-batches.js";

const report = (trialId: number, step: number, workerId = "w1"): MetricsEvent => ({
  type: "metrics",
  jobId: "j-1",
  trialId,
  attempt: 1,
  workerId,
  delivery: 1,
  points: [{ name: "loss", value: step / 10, step, timestampUnixMs: step }],
});

describe("MetricBatches", () => {
  it("reports that arrive while the job is busy become one report per run, in order, until another event closes the batch", async () => {
    const queues = new JobQueues();
    const handled: { trialId: number; steps: number[] }[] = [];
    const batches = new MetricBatches(
      (jobId, task) => queues.run(jobId, task),
      async (e) => void handled.push({ trialId: e.trialId, steps: e.points.map((p) => p.step) }),
    );
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const busy = queues.run("j-1", () => gate);
    const first = [report(1, 1), report(2, 1), report(1, 2), report(1, 3), report(2, 2)].map((e) => batches.add(e));
    batches.close("j-1"); // e.g. a result queued behind them
    const after = batches.add(report(1, 4));
    release();
    await Promise.all([busy, ...first, after]);
    expect(handled).toEqual([
      { trialId: 1, steps: [1, 2, 3] },
      { trialId: 2, steps: [1, 2] },
      { trialId: 1, steps: [4] },
    ]);
  });

  it("a run whose report fails rejects only its own reports", async () => {
    const queues = new JobQueues();
    const batches = new MetricBatches(
      (jobId, task) => queues.run(jobId, task),
      async (e) => {
        if (e.workerId === "w2") throw new Error("not yet claimed");
      },
    );
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const busy = queues.run("j-1", () => gate);
    const ok = batches.add(report(1, 1));
    const bad = [batches.add(report(2, 1, "w2")), batches.add(report(2, 2, "w2"))];
    release();
    await busy;
    await expect(ok).resolves.toBeUndefined();
    for (const b of bad) await expect(b).rejects.toThrow("not yet claimed");
  });
});
