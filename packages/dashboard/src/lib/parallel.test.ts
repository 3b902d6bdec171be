import { describe, expect, it } from "vitest";
import { applyBrushes, brushFromDrag, buildAxes, denormalize, normalize, objectiveAxes, polyline } from "./parallel.js";
import type { ParameterSpec, Trial } from "./types.js";

const trial = (trialId: number, objective: number, params: Trial["params"]): Trial => ({ trialId, status: "Completed", objective, params, attempt: 1, createdUnixMs: 0, earlyStopped: false });
const space: Record<string, ParameterSpec> = {
  lr: { type: "continuous", min: 0.001, max: 1, scaling: "Logarithmic" },
  layers: { type: "integer", min: 1, max: 5 },
  opt: { type: "categorical", values: ["adam", "sgd", "rmsprop"] },
};
const trials = [trial(1, 0.9, { lr: 0.001, layers: 1, opt: "adam" }), trial(2, 0.5, { lr: 0.01, layers: 3, opt: "sgd" }), trial(3, 0.1, { lr: 1, layers: 5, opt: "rmsprop" })];

describe("parallel coordinates", () => {
  const axes = buildAxes(trials, space, "loss");
  it("makes one axis per parameter and one for the objective, from the search space", () => {
    expect(axes.map((a) => `${a.key}:${a.kind}`)).toEqual(["lr:log", "layers:numeric", "opt:categorical", "objective:numeric"]);
    expect([axes[3]!.min, axes[3]!.max]).toEqual([0.1, 0.9]);
  });
  it("normalizes log, linear and categorical values to [0, 1]", () => {
    expect(normalize(axes[0]!, 0.001)).toBeCloseTo(0);
    expect(normalize(axes[0]!, 1)).toBeCloseTo(1);
    expect(normalize(axes[0]!, Math.pow(10, -1.5))).toBeCloseTo(0.5); // 10^-1.5 is the log midpoint of [1e-3, 1]
    expect(normalize(axes[1]!, 3)).toBe(0.5);
    expect(normalize(axes[2]!, "sgd")).toBe(0.5);
    expect(normalize(axes[2]!, "nope")).toBeNaN();
    expect(denormalize(axes[0]!, 0.5)).toBeCloseTo(0.0316, 3);
  });
  it("turns a drag into a clamped range and ignores a click", () => {
    expect(brushFromDrag(0.8, 0.2)).toEqual([0.2, 0.8]);
    expect(brushFromDrag(-0.5, 1.5)).toEqual([0, 1]);
    expect(brushFromDrag(0.4, 0.401)).toBeUndefined();
  });
  it("keeps the trials inside every brushed axis (AND across axes, edges inclusive)", () => {
    expect(applyBrushes(trials, axes, {}).map((t) => t.trialId)).toEqual([1, 2, 3]);
    expect(applyBrushes(trials, axes, { layers: [0.5, 1] }).map((t) => t.trialId)).toEqual([2, 3]);
    expect(applyBrushes(trials, axes, { layers: [0.5, 1], objective: [0, 0.25] }).map((t) => t.trialId)).toEqual([3]);
    expect(applyBrushes(trials, axes, { opt: [0, 0.2] }).map((t) => t.trialId)).toEqual([1]);
  });
  it("makes one axis per objective for several objectives, and brushes them", () => {
    const mo = [1, 2, 3].map((i) => ({ ...trial(i, i, {}), values: [i, 10 - i, i * i] }));
    const oa = objectiveAxes(mo, [{ metric: "loss", type: "minimize" }, { metric: "acc", type: "maximize" }, { metric: "size", type: "minimize" }]);
    expect(oa.map((a) => `${a.key}:${a.label}:${a.min}:${a.max}`)).toEqual(["value:0:loss (minimize):1:3", "value:1:acc (maximize):7:9", "value:2:size (minimize):1:9"]);
    expect(polyline(mo[1]!, oa)).toEqual([0.5, 0.5, 0.375]);
    expect(applyBrushes(mo, oa, { "value:1": [0.6, 1] }).map((t) => t.trialId)).toEqual([1]);
  });
});
