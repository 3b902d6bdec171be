import { describe, expect, it } from "vitest";
import type { JobTrial } from "./job-state.js";
import type { JobSpec } from "./job-spec.js";
import { isTrainingFailure, observationOf } from "./trial-observation.js";

const trial = (over: Partial<JobTrial>): JobTrial => ({ trialId: 4, params: { x: 0.5 }, status: "Completed", attempt: 1, metrics: {}, createdUnixMs: 0, ...over });
const failed = (code: string, retryable: boolean) => trial({ status: "Failed", error: { code: code as never, message: "m", retryable } });

const LOSS = { objective: { metric: "loss", type: "minimize" } } as JobSpec;
const TWO_WITH_BOUND = {
  objective: { metric: "loss", type: "minimize" },
  objectives: [
    { metric: "loss", type: "minimize" },
    { metric: "acc", type: "maximize" },
  ],
  constraints: [{ metric: "latency", max: 20, min: 1 }],
} as JobSpec;

describe("what a trial tells the optimizer", () => {
  it("several objectives: every value; constraints: each bound in c <= 0 form, null for a metric never reported", () => {
    expect(observationOf(trial({ objective: 0.3, values: [0.3, 0.9], constraintMetrics: { latency: 25 } }), TWO_WITH_BOUND)).toEqual({ id: 4, params: { x: 0.5 }, state: "completed", values: [0.3, 0.9], constraints: [5, -24] });
    expect(observationOf(trial({ objective: 0.3, values: [0.3, 0.9], constraintMetrics: { latency: null } }), TWO_WITH_BOUND)).toMatchObject({ constraints: [null, null] });
  });

  it("completed: its objective; early-stopped: its last objective point; queued or running: pending", () => {
    expect(observationOf(trial({ objective: 0.25 }), LOSS)).toEqual({ id: 4, params: { x: 0.5 }, state: "completed", value: 0.25 });
    const curve = [
      { step: 1, value: 0.9, timestampUnixMs: 0 },
      { step: 2, value: 0.7, timestampUnixMs: 0 },
    ];
    expect(observationOf(trial({ status: "Stopped", earlyStopped: true, metrics: { loss: curve } }), LOSS)).toEqual({ id: 4, params: { x: 0.5 }, state: "stopped", value: 0.7, step: 2 });
    expect(observationOf(trial({ status: "Running" }), LOSS).state).toBe("pending");
    expect(observationOf(trial({ status: "Pending" }), LOSS).state).toBe("pending");
  });

  it("only the training's own failures teach; the infrastructure's, and stops that are not the median rule's, only count as tried", () => {
    expect(observationOf(failed("TRAINING_EXIT_CODE", false), LOSS)).toEqual({ id: 4, params: { x: 0.5 }, state: "failed" });
    expect(observationOf(failed("OBJECTIVE_MISSING", false), LOSS).infrastructure).toBeUndefined();
    for (const [code, retryable] of [
      ["MAX_DELIVERIES", true],
      ["CONTAINER_FAILED", true],
      ["IMAGE_UNAVAILABLE", false],
      ["UNSCHEDULABLE", false],
      ["NOT_ALLOWED", false],
      ["TRAINING_EXIT_CODE", true],
    ] as const) {
      expect(observationOf(failed(code, retryable), LOSS), code).toMatchObject({ state: "failed", infrastructure: true });
    }
    expect(observationOf(trial({ status: "Stopped" }), LOSS)).toMatchObject({ state: "failed", infrastructure: true });
    expect(observationOf(trial({ status: "Stopped", timedOut: true }), LOSS)).toMatchObject({ state: "failed", infrastructure: true });
    expect(isTrainingFailure({ code: "OBJECTIVE_MISSING", message: "", retryable: false })).toBe(true);
  });
});
