import { describe, expect, it } from "vitest";
import { fitKernel } from "../gp/fit-kernel.js";
import { scrambledHalton } from "../random/halton.js";
import { createRng } from "../random/rng.js";
import { ConstraintModel } from "./constraint-model.js";
import { centralDifferences } from "../test-support/central-differences.js";

// c(x) = x0 + x1 - 1 <= 0: feasible below the diagonal.
const points = scrambledHalton(20, 2, createRng(3));
const values = points.map((p) => p[0]! + p[1]! - 1);
const model = ConstraintModel.fit(points, values, (ys) => fitKernel(points, ys, { defaultStart: true, randomStarts: 1, rng: createRng(4) }));

describe("ConstraintModel", () => {
  it("P(c <= 0) is high deep on the feasible side, low deep on the other, about 1/2 on the boundary", () => {
    const p = (x0: number, x1: number) => Math.exp(model.logProbability(Float64Array.of(x0, x1)));
    expect(p(0.1, 0.2)).toBeGreaterThan(0.99);
    expect(p(0.9, 0.8)).toBeLessThan(0.01);
    expect(p(0.5, 0.5)).toBeGreaterThan(0.2);
    expect(p(0.5, 0.5)).toBeLessThan(0.8);
    points.forEach((x, i) => expect(model.believedFeasible(x)).toBe(values[i]! <= 0));
  });

  it("its gradient matches central differences", () => {
    // Just infeasible: the probability is small but its log is moderate.
    const x = Float64Array.of(0.45, 0.57);
    const grad = new Float64Array(2);
    // The two predictions subtract in a different order; the variance here is tiny, so only 5 digits agree.
    expect(model.logProbabilityWithGradient(x, grad)).toBeCloseTo(model.logProbability(x), 5);
    const numeric = centralDifferences((p) => model.logProbability(p), x, 1e-6);
    for (let d = 0; d < 2; d++) expect(Math.abs(grad[d]! - numeric[d]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric[d]!)));
  });
});
