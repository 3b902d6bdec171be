import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ScriptedTransport } from "../test-support/scripted-transport.js";
import { Coordinator } from "./coordinator.js";
import { MemoryJournal } from "./journal.js";

// Time limits with vitest's fake timers: the coordinator's clock (Date.now) and its timers advance
// together, so a two-minute limit is tested in milliseconds.

function spec(limits: object, training: object = {}) {
  return {
    name: "timed",
    objective: { metric: "loss", type: "minimize" },
    strategy: "random",
    parameters: { x: { type: "continuous", min: 0, max: 1 } },
    limits: { maxTrials: 10, maxParallelTrials: 2, ...limits },
    training: { runtime: "process", command: ["train"], ...training },
  };
}

async function started(s: object) {
  const transport = new ScriptedTransport();
  const coordinator = new Coordinator(transport, new MemoryJournal(), { now: () => Date.now() });
  await coordinator.start();
  const job = coordinator.jobs.get(await coordinator.submit(s))!;
  for (const [i, o] of transport.offers.entries()) await transport.deliver({ type: "claim", jobId: o.jobId, trialId: o.trialId, attempt: o.attempt, workerId: `w${i}`, claimedUnixMs: Date.now(), delivery: 1 });
  return { transport, coordinator, job };
}

beforeEach(() => void vi.useFakeTimers({ now: 1_700_000_000_000 }));
afterEach(() => void vi.useRealTimers());

describe("time limits", () => {
  it("limits.maxRuntimeSeconds ends the job on time with no trial ending, stops the running ones, and freezes runtimeInSeconds", async () => {
    const { transport, coordinator, job } = await started(spec({ maxRuntimeSeconds: 120 }));
    expect(job.count((s) => s === "Running")).toBe(2);
    await vi.advanceTimersByTimeAsync(119_000);
    expect(job.status).toBe("InProgress");
    expect(job.runtimeSeconds).toBe(119);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.status).toBe("Completed");
    expect(job.reason).toBe("MaxRuntimeExceeded");
    expect(transport.controls.map((c) => [c.workerId, c.command.type, "reason" in c.command && c.command.reason])).toEqual([
      ["w0", "stop-trial", "MaxRuntimeExceeded"],
      ["w1", "stop-trial", "MaxRuntimeExceeded"],
    ]);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(job.runtimeSeconds).toBe(120);
    await coordinator.stop();
  });

  it("training.maxRuntimeSeconds counts from each attempt's claim, not its offer; the attempt ends Stopped, timed out", async () => {
    const transport = new ScriptedTransport();
    const coordinator = new Coordinator(transport, new MemoryJournal(), { now: () => Date.now() });
    await coordinator.start();
    const job = coordinator.jobs.get(await coordinator.submit(spec({ maxTrials: 1, maxParallelTrials: 1 }, { maxRuntimeSeconds: 30 })))!;
    const [o] = transport.offers;
    await vi.advanceTimersByTimeAsync(20_000); // queued for 20 s before a worker claims it
    await transport.deliver({ type: "claim", jobId: o!.jobId, trialId: o!.trialId, attempt: 1, workerId: "w", claimedUnixMs: Date.now(), delivery: 1 });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(transport.controls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(transport.controls).toEqual([{ workerId: "w", command: { type: "stop-trial", jobId: o!.jobId, trialId: o!.trialId, attempt: 1, reason: "MaxRuntimeExceeded" } }]);
    await transport.deliver({ type: "result", jobId: o!.jobId, trialId: o!.trialId, attempt: 1, workerId: "w", delivery: 1, outcome: { status: "stopped", finalMetrics: [] }, finishedUnixMs: Date.now() });
    expect(job.trials.get(o!.trialId)).toMatchObject({ status: "Stopped", timedOut: true });
    expect(job.status).toBe("Failed"); // its only trial never completed
    await coordinator.stop();
  });

  it("an attempt that ends in time clears its timer", async () => {
    const { transport, coordinator, job } = await started(spec({ maxTrials: 2 }, { maxRuntimeSeconds: 30 }));
    for (const [i, o] of transport.offers.entries()) {
      await transport.deliver({ type: "result", jobId: o.jobId, trialId: o.trialId, attempt: 1, workerId: `w${i}`, delivery: 1, outcome: { status: "completed", finalMetrics: [{ name: "loss", value: 1, step: 0, timestampUnixMs: 0 }] }, finishedUnixMs: Date.now() });
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.controls).toEqual([]);
    expect(job.status).toBe("Completed");
    await coordinator.stop();
  });
});
