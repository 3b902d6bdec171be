import { describe, expect, it } from "vitest";
import { GaussianProcess } from "./gaussian-process.js";
import type { KernelParams } from "./kernel-params.js";
import { centralDifferences } from "../test-support/central-differences.js";

// Five points in 2-D with isl = [2, 0.5], scale 1.3, noise 0.01. Expected numbers come from an
// independent NumPy computation (np.linalg.solve on the dense Matérn-5/2 covariance):
//   r = sqrt(5 * sum(isl * (a - b)^2)); k = scale * (1 + r + r^2 / 3) * exp(-r)
//   mean = k*^T K^-1 y; variance = scale - k*^T K^-1 k*
const X = [[0.1, 0.2], [0.4, 0.9], [0.7, 0.3], [0.95, 0.55], [0.25, 0.75]].map((r) => Float64Array.from(r));
const Y = [0.5, -1.2, 0.3, 1.1, -0.4];
const PARAMS: KernelParams = { isl: Float64Array.of(2, 0.5), scale: 1.3, noise: 0.01 };

describe("GaussianProcess posterior", () => {
  const gp = new GaussianProcess(X, Y, PARAMS);

  it("matches NumPy at (0.5, 0.5)", () => {
    const p = gp.predict(Float64Array.of(0.5, 0.5));
    expect(p.mean).toBeCloseTo(-0.43537963326384777, 12);
    expect(p.variance).toBeCloseTo(0.03348811449165834, 12);
  });

  it("matches NumPy at (0, 1)", () => {
    const p = gp.predict(Float64Array.of(0, 1));
    expect(p.mean).toBeCloseTo(-0.08519375690635833, 12);
    expect(p.variance).toBeCloseTo(0.215842620869388, 12);
  });

  it("has mean and variance gradients that match finite differences", () => {
    const x = Float64Array.of(0.31, 0.62);
    const dm = new Float64Array(2);
    const dv = new Float64Array(2);
    const p = gp.predictWithGradient(x, dm, dv);
    expect(p.mean).toBeCloseTo(gp.predict(x).mean, 12);
    const numericMean = centralDifferences((q) => gp.predict(q).mean, x, 1e-6);
    const numericVariance = centralDifferences((q) => gp.predict(q).variance, x, 1e-6);
    for (let d = 0; d < 2; d++) {
      expect(dm[d]).toBeCloseTo(numericMean[d]!, 6);
      expect(dv[d]).toBeCloseTo(numericVariance[d]!, 6);
    }
  });

  it("treats a fantasy exactly like a real observation", () => {
    const withFantasy = new GaussianProcess(X, Y, PARAMS);
    withFantasy.addFantasy(Float64Array.of(0.5, 0.5), -2);
    const direct = new GaussianProcess([...X, Float64Array.of(0.5, 0.5)], [...Y, -2], PARAMS);
    const q = Float64Array.of(0.45, 0.6);
    expect(withFantasy.predict(q).mean).toBeCloseTo(direct.predict(q).mean, 12);
    expect(withFantasy.predict(q).variance).toBeCloseTo(direct.predict(q).variance, 12);
  });
});
