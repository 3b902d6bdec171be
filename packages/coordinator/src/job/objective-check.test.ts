import { describe, expect, it } from "vitest";
import { ScriptedTransport } from "../test-support/scripted-transport.js";
import { Coordinator } from "./coordinator.js";
import { MemoryJournal } from "./journal.js";

// A completed training whose objective is missing or not a number fails with a code of its own, and
// says what it did report; nothing non-finite reaches the journal.

const spec = {
  name: "obj",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 2, maxParallelTrials: 2 },
  training: { runtime: "process", command: ["train"] },
};

describe("the objective of a completed training", () => {
  it("NaN fails OBJECTIVE_NOT_FINITE; absent fails OBJECTIVE_MISSING naming the metrics reported", async () => {
    const transport = new ScriptedTransport();
    const journal = new MemoryJournal();
    const coordinator = new Coordinator(transport, journal);
    await coordinator.start();
    const jobId = await coordinator.submit(spec);
    const finish = async (trialId: number, finalMetrics: { name: string; value: number }[]) => {
      const key = { jobId, trialId, attempt: 1 };
      await transport.deliver({ type: "claim", ...key, workerId: "w", claimedUnixMs: 0, delivery: 1 });
      await transport.deliver({ type: "result", ...key, workerId: "w", delivery: 1, outcome: { status: "completed", finalMetrics: finalMetrics.map((m) => ({ ...m, step: 4, timestampUnixMs: 0 })) }, finishedUnixMs: 0 });
    };
    await finish(0, [{ name: "loss", value: Number.NaN }, { name: "acc", value: 0.5 }]);
    await finish(1, [{ name: "accuracy", value: 0.9 }, { name: "val_loss", value: 0.2 }]);
    const job = coordinator.jobs.get(jobId)!;
    expect(job.trials.get(0)!.error).toMatchObject({ code: "OBJECTIVE_NOT_FINITE", retryable: false });
    expect(job.trials.get(0)!.error!.message).toContain("loss was NaN (at step 4)");
    expect(job.trials.get(1)!.error).toMatchObject({ code: "OBJECTIVE_MISSING" });
    expect(job.trials.get(1)!.error!.message).toContain("it reported accuracy, val_loss");
    expect(JSON.stringify(journal.events)).not.toContain("null");
    expect(job.status).toBe("Failed");
    await coordinator.stop();
  });
});
