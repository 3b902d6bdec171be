import { describe, expect, it } from "vitest";
import type { JobTrial } from "./job-state.js";
import { parseJobSpec } from "./job-spec.js";
import { trialOffer } from "./trial-offer.js";

const spec = parseJobSpec({
  name: "offer",
  objective: { metric: "acc", type: "maximize" },
  strategy: "hyperband",
  hyperband: { minResource: 1, maxResource: 9 },
  parameters: { lr: { type: "continuous", min: 0.001, max: 1, scaling: "log" } },
  staticHyperparameters: { seed: "3" },
  limits: { maxTrials: 10 },
  training: {
    runtime: "process",
    command: ["node", "train.mjs"],
    environment: { OMP_NUM_THREADS: "1" },
    dataChannels: [{ name: "train", path: "/srv/train" }],
    checkpointDir: "/shared/ckpt/",
    maxRuntimeSeconds: 60,
  },
});
const trial: JobTrial = { trialId: 7, params: { lr: 0.01 }, status: "Pending", attempt: 2, metrics: {}, createdUnixMs: 0, placement: { configId: 3, rung: 1, resource: 3 } };

describe("trialOffer", () => {
  it("carries the attempt, the budget as the resource hyperparameter, data channels and a shared checkpoint folder", () => {
    const o = trialOffer("offer-1", spec, trial, 1_000);
    expect(o).toMatchObject({ jobId: "offer-1", trialId: 7, attempt: 2, hyperparameters: { lr: 0.01, epochs: 3 }, staticHyperparameters: { seed: "3" } });
    expect(o.training.environment).toEqual({ OMP_NUM_THREADS: "1", HYPERFLEET_CHECKPOINT_DIR: "/shared/ckpt/offer-1/config-3" });
    expect(o.training.dataChannels).toEqual({ train: "/srv/train" });
    expect(o.training.objectiveMetric).toBe("acc");
    expect(o.deadlineUnixMs).toBe(0); // the coordinator times the attempt from its claim
    expect(o.offeredUnixMs).toBe(1_000);
  });

  it("leaves out what the spec does not ask for", () => {
    const plain = parseJobSpec({ ...spec, strategy: "random", hyperband: undefined, training: { runtime: "process", command: ["node"] } });
    const o = trialOffer("p-1", plain, { ...trial, placement: undefined }, 5);
    expect(o.hyperparameters).toEqual({ lr: 0.01 });
    expect(o.training.environment).toEqual({});
    expect(o.training.dataChannels).toBeUndefined();
    expect(o.deadlineUnixMs).toBe(0);
  });
});
