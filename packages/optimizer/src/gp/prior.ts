import { MIN_NOISE, type KernelParams } from "./kernel-params.js";

/**
 * Log prior over the kernel hyperparameters (up to a constant), the same family as Optuna's GPSampler:
 * - each inverse squared lengthscale: -(0.1 / isl + 0.1 isl), which keeps lengthscales away from both
 *   zero (overfitting) and infinity (ignoring a dimension) while staying flat around isl = 1;
 * - signal variance (outputs standardized, so ~1): Gamma(shape 2, rate 1);
 * - noise variance: Gamma(shape 1.1, rate 30), mean ~0.04, favouring near-noiseless fits.
 * Returns the value and its gradient with respect to the raw parameters (see kernel-params.ts).
 */
export function logPrior(p: KernelParams, grad: Float64Array): number {
  const d = p.isl.length;
  let lp = 0;
  for (let i = 0; i < d; i++) {
    const v = p.isl[i]!;
    lp -= 0.1 / v + 0.1 * v;
    grad[i] = 0.1 / v - 0.1 * v;
  }
  lp += Math.log(p.scale) - p.scale;
  grad[d] = 1 - p.scale;
  const noiseExcess = p.noise - MIN_NOISE;
  lp += 0.1 * Math.log(p.noise) - 30 * p.noise;
  grad[d + 1] = (0.1 / p.noise - 30) * noiseExcess;
  return lp;
}

