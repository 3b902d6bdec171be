import { describe, expect, it } from "vitest";
import type { JobTrial } from "./job-state.js";
import { isTrainingFailure, observationOf } from "./trial-observation.js";

const trial = (over: Partial<JobTrial>): JobTrial => ({ trialId: 4, params: { x: 0.5 }, status: "Completed", attempt: 1, metrics: {}, createdUnixMs: 0, ...over });
const failed = (code: string, retryable: boolean) => trial({ status: "Failed", error: { code: code as never, message: "m", retryable } });

describe("what a trial tells the optimizer", () => {
  it("completed: its objective; early-stopped: its last objective point; queued or running: pending", () => {
    expect(observationOf(trial({ objective: 0.25 }), "loss")).toEqual({ id: 4, params: { x: 0.5 }, state: "completed", value: 0.25 });
    const curve = [
      { step: 1, value: 0.9, timestampUnixMs: 0 },
      { step: 2, value: 0.7, timestampUnixMs: 0 },
    ];
    expect(observationOf(trial({ status: "Stopped", earlyStopped: true, metrics: { loss: curve } }), "loss")).toEqual({ id: 4, params: { x: 0.5 }, state: "stopped", value: 0.7, step: 2 });
    expect(observationOf(trial({ status: "Running" }), "loss").state).toBe("pending");
    expect(observationOf(trial({ status: "Pending" }), "loss").state).toBe("pending");
  });

  it("only the training's own failures teach; the infrastructure's, and stops that are not the median rule's, only count as tried", () => {
    expect(observationOf(failed("TRAINING_EXIT_CODE", false), "loss")).toEqual({ id: 4, params: { x: 0.5 }, state: "failed" });
    expect(observationOf(failed("OBJECTIVE_MISSING", false), "loss").infrastructure).toBeUndefined();
    for (const [code, retryable] of [
      ["MAX_DELIVERIES", true],
      ["CONTAINER_FAILED", true],
      ["IMAGE_UNAVAILABLE", false],
      ["UNSCHEDULABLE", false],
      ["NOT_ALLOWED", false],
      ["TRAINING_EXIT_CODE", true],
    ] as const) {
      expect(observationOf(failed(code, retryable), "loss"), code).toMatchObject({ state: "failed", infrastructure: true });
    }
    expect(observationOf(trial({ status: "Stopped" }), "loss")).toMatchObject({ state: "failed", infrastructure: true });
    expect(observationOf(trial({ status: "Stopped", timedOut: true }), "loss")).toMatchObject({ state: "failed", infrastructure: true });
    expect(isTrainingFailure({ code: "OBJECTIVE_MISSING", message: "", retryable: false })).toBe(true);
  });
});
