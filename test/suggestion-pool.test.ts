// GP asks answered off the event loop: the coordinator's SuggestionPool (real worker threads, the
// built thread file) answers bit for bit what the optimizer would, and a Bayesian job with the pool
// runs to its budget with exact counts. How free the event loop stays is pnpm bench:scale's to measure.
import { answerAsk, Coordinator, createOptimizer, MemoryJournal, SuggestionPool } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { afterAll, describe, expect, it } from "vitest";
import { until } from "./support/until.js";

const SPACE = { x: { type: "continuous", min: -2, max: 2 }, y: { type: "continuous", min: -3, max: 3 }, k: { type: "categorical", values: ["a", "b"] } } as const;
const pool = new SuggestionPool(2);
afterAll(() => pool.close());

describe("SuggestionPool", () => {
  it("answers an ask as the optimizer itself would, for many at once", async () => {
    const o = createOptimizer({ space: SPACE, objective: "minimize", strategy: "bayesian", seed: 4 });
    for (const s of o.ask(8)) o.tell(s.id, (Number(s.params.x) - 0.3) ** 2 + (Number(s.params.y) + 1) ** 2);
    const requests = [1, 2, 3, 4].map((n) => o.askRequest(n));
    const answers = await Promise.all(requests.map((r) => pool.ask(r)));
    for (const [i, a] of answers.entries()) {
      const here = answerAsk(requests[i]!);
      expect(JSON.stringify(a.suggestions)).toBe(JSON.stringify(here.suggestions));
      expect(JSON.stringify(a.state)).toBe(JSON.stringify(here.state));
    }
  });

  it("a Bayesian job asks through it: the budget runs with every trial id once", async () => {
    const t = createInProcessTransport();
    const asks: number[] = [];
    const coordinator = new Coordinator(t.coordinator, new MemoryJournal(), { suggester: pool, hooks: { suggested: (s) => void asks.push(s) } });
    await coordinator.start();
    const jobId = await coordinator.submit({
      name: "pooled",
      objective: { metric: "loss", type: "minimize" },
      strategy: "bayesian",
      seed: 2,
      parameters: SPACE,
      limits: { maxTrials: 24, maxParallelTrials: 3 },
      training: { runtime: "process", command: ["train"] },
    });
    // A worker that finishes each trial at once with the quadratic's value.
    const claim = await t.worker().claim({
      workerId: "w",
      capabilities: { cpus: 8, memoryMiB: 8192, gpus: [], labels: {}, runtimes: ["process"] },
      slots: 3,
      onTrial: (trial) => {
        const p = trial.offer.hyperparameters;
        const loss = (Number(p.x) - 0.3) ** 2 + (Number(p.y) + 1) ** 2;
        void trial.finish({ status: "completed", finalMetrics: [{ name: "loss", value: loss, step: 0, timestampUnixMs: Date.now() }] });
      },
    });
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 60_000);
    expect(job.status).toBe("Completed");
    expect([...job.trials.keys()].sort((a, b) => a - b)).toEqual([...Array(24).keys()]);
    expect(job.counters).toMatchObject({ Completed: 24, InProgress: 0 });
    // More than one ask (trials of an answer start together, up to the room there is), fewer than trials.
    expect(asks.length).toBeGreaterThan(1);
    await claim.stop();
    await coordinator.stop();
    await t.close();
  }, 90_000);
});
