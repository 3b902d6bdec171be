import { describe, expect, it } from "vitest";
import type { JobSpec } from "../job/job-spec.js";
import type { JobTrial } from "../job/job-state.js";
import { earlyStopOf, stopReason } from "./trial-stop-reason.js";

const spec = { objective: { metric: "loss", type: "minimize" }, training: { maxRuntimeSeconds: 600 } } as unknown as JobSpec;
const curve = [0, 1, 2].map((step) => ({ step, value: 2 - step / 2, timestampUnixMs: 0 }));
const trial = (extra: Partial<JobTrial>): JobTrial => ({ trialId: 5, params: {}, status: "Stopped", attempt: 1, metrics: { loss: curve }, createdUnixMs: 0, ...extra });

describe("why a trial was stopped", () => {
  it("the median rule: the step and value it judged, the median when the job state records it", () => {
    expect(earlyStopOf(trial({ earlyStopped: true }), "loss")).toEqual({ rule: "median", step: 2, value: 1 });
    expect(stopReason(trial({ earlyStopped: true }), spec)).toBe("stopped early by the median rule at step 2 (loss=1): worse than the median of earlier trials");
    const recorded = trial({ earlyStopped: true, earlyStop: { rule: "median", step: 1, value: 1.5, median: 0.75 } } as Partial<JobTrial>);
    expect(stopReason(recorded, spec)).toBe("stopped early by the median rule at step 1 (loss=1.5, median of earlier trials 0.75)");
    expect(earlyStopOf(trial({ earlyStopped: true, metrics: {} }), "loss")).toEqual({ rule: "median" });
  });

  it("a time limit, the job's end, and no reason for a trial that was not stopped", () => {
    expect(stopReason(trial({ timedOut: true }), spec)).toBe("stopped after training.maxRuntimeSeconds (600 s)");
    expect(stopReason(trial({}), spec, "TargetObjectiveMetricValueReached")).toBe("stopped when the job ended (TargetObjectiveMetricValueReached)");
    expect(stopReason(trial({}), spec)).toBe("stopped with the job");
    expect(stopReason(trial({ status: "Completed", objective: 1 }), spec)).toBeUndefined();
    expect(earlyStopOf(trial({ status: "Completed" }), "loss")).toBeUndefined();
  });
});
