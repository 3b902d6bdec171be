import { describe, expect, it } from "vitest";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { hypervolume } from "../pareto/hypervolume.js";
import { improvementBoxes } from "../pareto/improvement-boxes.js";
import { createRng } from "../random/rng.js";
import { LogEhvi, logDifference, logSumExp } from "./log-ehvi.js";
import { centralDifferences } from "../test-support/central-differences.js";

const PARAMS: KernelParams = { isl: Float64Array.of(3, 2), scale: 1, noise: 1e-4 };
const XS = [[0.1, 0.2], [0.4, 0.9], [0.7, 0.3], [0.95, 0.55], [0.25, 0.75]].map((r) => Float64Array.from(r));

function models(m: number): GaussianProcess[] {
  const rng = createRng(m);
  return Array.from({ length: m }, () => new GaussianProcess(XS, XS.map(() => rng.normal()), PARAMS));
}

/** E[HVI] by plain Monte Carlo on independent normal draws, HVI from the exact hypervolume. */
function monteCarlo(gps: GaussianProcess[], front: number[][], reference: number[], x: Float64Array, samples: number): number {
  const rng = createRng(77);
  const preds = gps.map((g) => g.predict(x));
  const base = hypervolume(front, reference);
  let total = 0;
  for (let s = 0; s < samples; s++) {
    const y = preds.map((p) => p.mean + Math.sqrt(p.variance) * rng.normal());
    total += hypervolume([...front, y], reference) - base;
  }
  return total / samples;
}

describe("LogEhvi", () => {
  it.each([2, 3])("%d objectives: exp(log EHVI) matches Monte Carlo of the exact hypervolume improvement", (m) => {
    const gps = models(m);
    const front = XS.map((x) => gps.map((g) => g.predict(x).mean));
    const reference = new Array(m).fill(1.5);
    const ehvi = new LogEhvi(gps, improvementBoxes(front, reference));
    for (const x of [Float64Array.of(0.55, 0.6), Float64Array.of(0.05, 0.95)]) {
      const mc = monteCarlo(gps, front, reference, x, 20_000);
      expect(Math.abs(Math.exp(ehvi.value(x)) - mc)).toBeLessThan(0.03 * mc + 1e-4);
    }
  });

  it("is finite far in the tail, where the improvement underflows in linear space", () => {
    const gps = models(2);
    // A front far below anything the models predict: every box's normal integral is deep in its tail.
    const ehvi = new LogEhvi(gps, improvementBoxes([[-40, -38], [-39, -40]], [-37, -37]));
    const v = ehvi.value(Float64Array.of(0.5, 0.5));
    expect(Number.isFinite(v)).toBe(true);
    expect(v).toBeLessThan(-300);
  });

  it("its gradient matches central differences, and valueWithGradient's value matches value", () => {
    const gps = models(2);
    const front = XS.slice(0, 3).map((x) => gps.map((g) => g.predict(x).mean));
    const ehvi = new LogEhvi(gps, improvementBoxes(front, [1.2, 1.2]));
    for (const x of [Float64Array.of(0.5, 0.5), Float64Array.of(0.15, 0.8)]) {
      const grad = new Float64Array(2);
      expect(ehvi.valueWithGradient(x, grad)).toBeCloseTo(ehvi.value(x), 10);
      const numeric = centralDifferences((p) => ehvi.value(p), x, 1e-6);
      for (let d = 0; d < 2; d++) expect(grad[d]).toBeCloseTo(numeric[d]!, 4);
    }
  });

  it("logDifference and logSumExp stay exact at the extremes", () => {
    expect(logDifference(0, -Infinity)).toBe(0);
    expect(logDifference(-1000, -1000 - 1e-3)).toBeCloseTo(-1000 + Math.log(-Math.expm1(-1e-3)), 8);
    expect(logDifference(-1000, -1100)).toBe(-1000 + Math.log1p(-Math.exp(-100)));
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.LN2, 12);
    expect(logSumExp([])).toBe(-Infinity);
  });
});
