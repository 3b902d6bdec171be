import { fitKernel } from "../gp/fit-kernel.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import type { Rng } from "../random/rng.js";
import { ThresholdProbability } from "./threshold-probability.js";

export interface FeasibilityFitOptions {
  /** The previous fit, the first start (a warm start, as for the objective's GP). */
  previous?: KernelParams | undefined;
  rng: Rng;
}

/**
 * Where trials fail, learned from the trials that ran: a second GP, on a failure indicator, beside the
 * objective's (constrained Bayesian optimization as Gelbart, Snoek and Adams 2014 and Gardner et al.
 * 2014 do it: a latent constraint function c(x), the trial fails where c(x) < 0).
 *
 * A trial that ran (completed or early-stopped) is labelled +1, one that failed for a reason of its
 * configuration -1; infrastructure failures and pending trials are left out, they say nothing about
 * c. The labels are standardized and fitted like the objective (Matérn-5/2 ARD, MAP hyperparameters),
 * so the lengthscales of the failing region are learned rather than assumed. The probability that a
 * trial at x runs is P(c(x) >= 0) = Phi((mu(x) - t) / sigma(x)), t the standardized label midpoint:
 * 1/2 far from every trial when half of them fail, the feasible share's pull where fewer do, and
 * vanishing next to a failure (sigma shrinks there, mu sits at the failure's label). The objective's
 * GP never sees a failure: a made-up value would bend its picture of the landscape next to the
 * failing region's edge, where the best feasible points often are.
 */
export class FeasibilityModel {
  readonly params: KernelParams;
  /** P(runs): the latent above the standardized label halfway between a failure and a run. */
  private readonly runs: ThresholdProbability;

  private constructor(gp: GaussianProcess, threshold: number) {
    this.params = gp.params;
    this.runs = new ThresholdProbability(gp, threshold, 1);
  }

  /** Fits on points that ran (`ran[i]` true) and points that failed; needs at least one of each. */
  static fit(xs: readonly Float64Array[], ran: readonly boolean[], options: FeasibilityFitOptions): FeasibilityModel {
    const n = xs.length;
    const labels = ran.map((r) => (r ? 1 : -1));
    let mean = 0;
    for (const l of labels) mean += l / n;
    let variance = 0;
    for (const l of labels) variance += (l - mean) ** 2 / n;
    const std = Math.sqrt(variance) || 1;
    const ys = Float64Array.from(labels, (l) => (l - mean) / std);
    // Two restarts while few trials: a failing region is often seen at first as one or two points, and
    // the fit must choose between "this corner" and "everywhere near"; one warm start is enough later.
    const params = fitKernel(xs, ys, { previous: options.previous, defaultStart: n < 40, randomStarts: n < 20 ? 2 : n < 40 ? 1 : 0, rng: options.rng, maxIterations: n < 40 || options.previous === undefined ? 200 : 10 });
    return new FeasibilityModel(new GaussianProcess(xs, ys, params), -mean / std);
  }

  /** log P(a trial at x runs without failing). */
  logProbability(x: Float64Array): number {
    return this.runs.logProbability(x);
  }

  /** log P and its gradient in x, written into `out` (threshold-probability.ts). */
  logProbabilityWithGradient(x: Float64Array, out: Float64Array): number {
    return this.runs.logProbabilityWithGradient(x, out);
  }
}
