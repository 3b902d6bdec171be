import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { standardize } from "../strategies/output-transform.js";
import { ThresholdProbability } from "./threshold-probability.js";

/**
 * One outcome constraint c(x) <= 0 (Optuna's convention), modelled by its own GP on the reported values
 * (Gardner et al. 2014; Optuna's and BoTorch's constrained GP samplers do the same): the values are
 * standardized (not warped: the threshold 0 must keep its place), and the probability that a trial at x
 * is feasible is P(c(x) <= 0) = Phi((t - mu(x)) / sigma(x)), t the standardized zero.
 */
export class ConstraintModel {
  readonly params: KernelParams;
  private readonly gp: GaussianProcess;
  private readonly threshold: number;
  /** P(met): the latent below the standardized zero. */
  private readonly met: ThresholdProbability;

  private constructor(gp: GaussianProcess, threshold: number) {
    this.gp = gp;
    this.params = gp.params;
    this.threshold = threshold;
    this.met = new ThresholdProbability(gp, threshold, -1);
  }

  /** `fit` chooses the kernel hyperparameters for the standardized values (the strategy's schedule of starts and subsets). */
  static fit(xs: readonly Float64Array[], values: readonly number[], fit: (ys: Float64Array) => KernelParams): ConstraintModel {
    const ys = standardize(values);
    const { mean, std } = moments(values);
    return new ConstraintModel(new GaussianProcess(xs, ys, fit(ys)), -mean / std);
  }

  /** The model's mean says the point is feasible (a believer's fantasy counts it on the front then). */
  believedFeasible(x: Float64Array): boolean {
    return this.gp.predict(x).mean <= this.threshold;
  }

  /** Appends a pending point at the model's own mean (Kriging believer): less uncertainty there, nothing else. */
  addBelief(x: Float64Array): void {
    this.gp.addFantasy(x, this.gp.predict(x).mean);
  }

  logProbability(x: Float64Array): number {
    return this.met.logProbability(x);
  }

  /** log P and its gradient in x, written into `out` (threshold-probability.ts). */
  logProbabilityWithGradient(x: Float64Array, out: Float64Array): number {
    return this.met.logProbabilityWithGradient(x, out);
  }
}

function moments(values: readonly number[]): { mean: number; std: number } {
  const n = values.length;
  let mean = 0;
  for (const v of values) mean += v / n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2 / n;
  return { mean, std: Math.sqrt(variance) || 1 };
}
