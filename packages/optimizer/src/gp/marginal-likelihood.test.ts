import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { fitKernel } from "./fit-kernel.js";
import { MIN_NOISE, toRaw } from "./kernel-params.js";
import { negLogPosterior } from "./marginal-likelihood.js";
import { logPrior } from "./prior.js";
import { centralDifferences } from "../test-support/central-differences.js";

const X = [[0.1, 0.2], [0.4, 0.9], [0.7, 0.3], [0.95, 0.55], [0.25, 0.75]].map((r) => Float64Array.from(r));
const Y = Float64Array.of(0.5, -1.2, 0.3, 1.1, -0.4);

describe("negative log posterior", () => {
  it("is the NumPy log marginal likelihood plus the log prior", () => {
    // log p(y | X) = -1/2 y^T K^-1 y - 1/2 log|K| - n/2 log(2 pi) = -8.883298164018594 (NumPy,
    // slogdet and solve on the dense covariance, isl = [2, 0.5], scale 1.3, noise 0.01).
    const params = { isl: Float64Array.of(2, 0.5), scale: 1.3, noise: 0.01 };
    const grad = new Float64Array(4);
    const prior = logPrior(params, new Float64Array(4));
    expect(negLogPosterior(toRaw(params), X, Y, grad)).toBeCloseTo(8.883298164018594 - prior, 6);
  });

  it("has an analytic gradient that matches central finite differences", () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 15 }, () => Float64Array.from({ length: 3 }, () => rng.next()));
    const y = Float64Array.from(xs, (x) => Math.sin(5 * x[0]!) + x[1]! * x[2]!);
    const raw = Float64Array.of(0.3, -0.5, 1.1, 0.2, Math.log(0.05 - MIN_NOISE));
    const grad = new Float64Array(raw.length);
    negLogPosterior(raw, xs, y, grad);
    const numeric = centralDifferences((r) => negLogPosterior(r, xs, y, new Float64Array(raw.length)), raw, 1e-5);
    for (let k = 0; k < raw.length; k++) expect(grad[k]).toBeCloseTo(numeric[k]!, 5);
  });

  it("is lowered by the fit, and a warm start from the optimum stays there", () => {
    const rng = createRng(4);
    const xs = Array.from({ length: 20 }, () => Float64Array.from({ length: 2 }, () => rng.next()));
    const y = Float64Array.from(xs, (x) => Math.cos(6 * x[0]!) - x[1]!);
    const fitted = fitKernel(xs, y, { randomStarts: 1, defaultStart: true, rng });
    const value = negLogPosterior(toRaw(fitted), xs, y, new Float64Array(4));
    const atDefault = negLogPosterior(toRaw({ isl: Float64Array.of(1, 1), scale: 1, noise: 1e-2 }), xs, y, new Float64Array(4));
    expect(value).toBeLessThan(atDefault);
    const again = fitKernel(xs, y, { previous: fitted, randomStarts: 0, defaultStart: false, rng });
    expect(negLogPosterior(toRaw(again), xs, y, new Float64Array(4))).toBeLessThanOrEqual(value + 1e-9);
  });
});
