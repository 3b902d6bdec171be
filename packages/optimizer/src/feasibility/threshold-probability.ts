import { logCdf, logPdf } from "../acquisition/normal.js";
import type { GaussianProcess } from "../gp/gaussian-process.js";

/**
 * log P(a GP's latent function at x lies on one side of a threshold t): log Phi(u) with
 * u = s (mu(x) - t) / sigma(x), s = +1 for "above" (a trial runs: FeasibilityModel) and -1 for "below"
 * (a constraint is met: ConstraintModel), and its gradient in x,
 *   d log Phi(u) / dx = phi(u) / Phi(u) * (s d mu / sigma - s (mu - t) d var / (2 sigma^3)),
 * the ratio phi / Phi taken in log space so it stays finite deep on the wrong side.
 */
export class ThresholdProbability {
  private readonly dMean: Float64Array;
  private readonly dVar: Float64Array;

  constructor(
    private readonly gp: GaussianProcess,
    private readonly threshold: number,
    private readonly side: 1 | -1,
  ) {
    this.dMean = new Float64Array(gp.dims);
    this.dVar = new Float64Array(gp.dims);
  }

  logProbability(x: Float64Array): number {
    const p = this.gp.predict(x);
    return logCdf((this.side * (p.mean - this.threshold)) / Math.sqrt(p.variance));
  }

  /** log P, and its gradient written into `out`. */
  logProbabilityWithGradient(x: Float64Array, out: Float64Array): number {
    const p = this.gp.predictWithGradient(x, this.dMean, this.dVar);
    const sigma = Math.sqrt(p.variance);
    const gap = this.side * (p.mean - this.threshold);
    const lc = logCdf(gap / sigma);
    const ratio = Math.exp(logPdf(gap / sigma) - lc);
    for (let d = 0; d < out.length; d++) out[d] = ratio * ((this.side * this.dMean[d]!) / sigma - (gap * this.dVar[d]!) / (2 * p.variance * sigma));
    return lc;
  }
}
