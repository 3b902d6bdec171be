import { CholeskyFactor } from "./cholesky.js";
import { MIN_NOISE, fromRaw } from "./kernel-params.js";
import { covarianceMatrix, matern52WithDerivR2 } from "./matern52.js";
import { logPrior } from "./prior.js";

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The negative log posterior of the kernel hyperparameters, -(log p(y | X, theta) + log p(theta)),
 * and its gradient with respect to the raw parameters, written into `grad`.
 *   log p(y|X) = -1/2 y^T K^-1 y - 1/2 log|K| - n/2 log 2 pi
 *   d/dtheta   =  1/2 tr((alpha alpha^T - K^-1) dK/dtheta),  alpha = K^-1 y
 * O(n^3) for the inverse plus O(n^2 d) for the traces.
 */
export function negLogPosterior(raw: Float64Array, xs: readonly Float64Array[], y: Float64Array, grad: Float64Array): number {
  const p = fromRaw(raw);
  const n = xs.length;
  const d = p.isl.length;
  const K = covarianceMatrix(xs, p);
  const chol = CholeskyFactor.factorize(K, n);
  const alpha = chol.solve(y);
  let fit = 0;
  for (let i = 0; i < n; i++) fit += y[i]! * alpha[i]!;
  const lml = -0.5 * fit - 0.5 * chol.logDeterminant() - n * HALF_LOG_2PI;

  // W = alpha alpha^T - K^-1, overwriting the inverse.
  const W = chol.inverse();
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) W[i * n + j] = alpha[i]! * alpha[j]! - W[i * n + j]!;

  const g = new Float64Array(d + 2);
  let traceW = 0;
  const mk = { m: 0, dm: 0 };
  for (let i = 0; i < n; i++) {
    traceW += W[i * n + i]!;
    g[d] += 0.5 * W[i * n + i]! * p.scale;
    const xi = xs[i]!;
    for (let j = 0; j < i; j++) {
      const xj = xs[j]!;
      let r2 = 0;
      for (let k = 0; k < d; k++) {
        const t = xi[k]! - xj[k]!;
        r2 += p.isl[k]! * t * t;
      }
      // Symmetric pair (i, j) and (j, i): the 1/2 of the trace cancels the factor 2.
      const w = W[i * n + j]!;
      matern52WithDerivR2(r2, mk);
      g[d] += w * p.scale * mk.m;
      const common = w * p.scale * mk.dm;
      for (let k = 0; k < d; k++) {
        const t = xi[k]! - xj[k]!;
        g[k] += common * p.isl[k]! * t * t;
      }
    }
  }
  g[d + 1] = 0.5 * traceW * (p.noise - MIN_NOISE);

  const pg = new Float64Array(d + 2);
  const lp = logPrior(p, pg);
  for (let k = 0; k < d + 2; k++) grad[k] = -(g[k]! + pg[k]!);
  return -(lml + lp);
}

