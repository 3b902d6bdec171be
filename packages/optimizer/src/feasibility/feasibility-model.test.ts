import { describe, expect, it } from "vitest";
import { optimizeAcquisition } from "../acquisition/optimize-acquisition.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import { scrambledHalton } from "../random/halton.js";
import { createRng } from "../random/rng.js";
import { SearchSpace } from "../space/search-space.js";
import { FeasibilityModel } from "./feasibility-model.js";
import { centralDifferences } from "../test-support/central-differences.js";

// A 2-D cube where every trial with x0 > 0.5 fails; 16 scrambled-Halton trials (seeded) cover it.
const points = scrambledHalton(16, 2, createRng(3));
const ran = points.map((p) => p[0]! <= 0.5);
const model = FeasibilityModel.fit(points, ran, { rng: createRng(4) });

describe("FeasibilityModel", () => {
  it("the design has trials on both sides (the setup the other checks rely on)", () => {
    expect(ran.filter(Boolean).length).toBeGreaterThan(4);
    expect(ran.filter((r) => !r).length).toBeGreaterThan(4);
  });

  it("learns where trials fail: P(runs) is high on the feasible side and low deep in the failing side", () => {
    const p = (x0: number, x1: number) => Math.exp(model.logProbability(Float64Array.of(x0, x1)));
    for (const x1 of [0.2, 0.5, 0.8]) {
      expect(p(0.15, x1)).toBeGreaterThan(0.8);
      expect(p(0.85, x1)).toBeLessThan(0.1);
    }
    // At each observed trial the model agrees with what happened.
    points.forEach((x, i) => expect(model.logProbability(x) > Math.log(0.5)).toBe(ran[i]));
  });

  it("its gradient matches central differences (L-BFGS refines log EI + log P with it)", () => {
    const x = Float64Array.of(0.45, 0.3);
    const grad = new Float64Array(2);
    const value = model.logProbabilityWithGradient(x, grad);
    expect(value).toBeCloseTo(model.logProbability(x), 12);
    const numeric = centralDifferences((p) => model.logProbability(p), x, 1e-6);
    for (let d = 0; d < 2; d++) expect(grad[d]!).toBeCloseTo(numeric[d]!, 4);
  });

  it("lowers the acquisition in the failing region: EI alone wants x0 near 1, EI times P(runs) stays feasible", () => {
    // The objective, seen only where trials ran, improves towards larger x0 (lower is better).
    const feasible = points.filter((_, i) => ran[i]);
    const ys = Float64Array.from(feasible, (x) => -2 * x[0]! + 0.1 * x[1]!);
    const gp = new GaussianProcess(feasible, ys, { isl: Float64Array.of(4, 4), scale: 1, noise: 1e-6 });
    const space = new SearchSpace({ a: { type: "continuous", min: 0, max: 1 }, b: { type: "continuous", min: 0, max: 1 } });
    const best = Math.min(...ys);
    const options = { best, candidates: 512, localSearches: 4 };
    const plain = optimizeAcquisition(gp, space, { ...options, rng: createRng(5) }).results[0]!;
    const constrained = optimizeAcquisition(gp, space, { ...options, rng: createRng(5), feasibility: model }).results[0]!;
    expect(plain.x[0]!).toBeGreaterThan(0.6);
    expect(constrained.x[0]!).toBeLessThan(0.6);
    // The constrained acquisition at the plain maximum is far below its own maximum.
    expect(model.logProbability(plain.x)).toBeLessThan(Math.log(0.1));
    expect(constrained.value).toBeGreaterThan(plain.value + model.logProbability(plain.x));
  });
});
