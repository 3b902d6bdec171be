import type { Prediction } from "../gp/gaussian-process.js";
import { logCdf, logH, logPdf } from "./normal.js";

/**
 * log expected improvement below `best` (minimization) of a normal prediction:
 *   EI = sigma h(z), z = (best - mean) / sigma, so log EI = log sigma + log h(z),
 * finite for any z because log h is computed directly in the tails.
 */
export function logExpectedImprovement(p: Prediction, best: number): number {
  const sigma = Math.sqrt(p.variance);
  return Math.log(sigma) + logH((best - p.mean) / sigma);
}

/**
 * log EI and its gradient through the posterior mean and variance:
 *   d log EI / d mean     = -Phi(z) / (sigma h(z))
 *   d log EI / d variance =  phi(z) / (2 sigma^2 h(z))
 * with the ratios taken in log space so that they stay finite where h(z) underflows.
 */
export function logExpectedImprovementWithGradient(
  p: Prediction,
  best: number,
  dMean: Float64Array,
  dVariance: Float64Array,
  out: Float64Array,
): number {
  const sigma = Math.sqrt(p.variance);
  const z = (best - p.mean) / sigma;
  const lh = logH(z);
  const cdfOverH = Math.exp(logCdf(z) - lh);
  const pdfOverH = Math.exp(logPdf(z) - lh);
  const byMean = -cdfOverH / sigma;
  const byVariance = pdfOverH / (2 * p.variance);
  for (let d = 0; d < out.length; d++) out[d] = byMean * dMean[d]! + byVariance * dVariance[d]!;
  return Math.log(sigma) + lh;
}
