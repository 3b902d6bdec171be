import { describe, expect, it } from "vitest";
import { minimizeLbfgs } from "./lbfgs.js";

const rosenbrock = (x: Float64Array, g: Float64Array): number => {
  const [a, b] = [x[0]!, x[1]!];
  g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
  g[1] = 200 * (b - a * a);
  return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
};

describe("minimizeLbfgs", () => {
  it("finds the minimum of the 2-D Rosenbrock function", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 500, gradientTolerance: 1e-8, relativeTolerance: 0 });
    expect(r.x[0]).toBeCloseTo(1, 5);
    expect(r.x[1]).toBeCloseTo(1, 5);
  });

  it("stops on an active bound when the minimum lies outside the box", () => {
    const r = minimizeLbfgs(rosenbrock, [0.2, 0.2], { lower: [0, 0], upper: [0.5, 0.5], maxIterations: 200, gradientTolerance: 1e-8 });
    expect(r.x[0]).toBeCloseTo(0.5, 6);
    expect(r.x[1]).toBeCloseTo(0.25, 4);
  });
});
