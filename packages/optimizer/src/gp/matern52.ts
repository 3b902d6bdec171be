import type { KernelParams } from "./kernel-params.js";

const SQRT5 = Math.sqrt(5);

/** m(r) for the Matérn-5/2 correlation, given r^2. */
export function matern52(r2: number): number {
  const r = Math.sqrt(r2);
  return (1 + SQRT5 * r + (5 / 3) * r2) * Math.exp(-SQRT5 * r);
}

/** dm / d(r^2) = -(5/6)(1 + sqrt5 r) exp(-sqrt5 r); finite at r = 0, so no special case is needed. */
export function matern52DerivR2(r2: number): number {
  const r = Math.sqrt(r2);
  return (-5 / 6) * (1 + SQRT5 * r) * Math.exp(-SQRT5 * r);
}

/** m(r) and dm/d(r^2) together, sharing the exponential. */
export function matern52WithDerivR2(r2: number, out: { m: number; dm: number }): void {
  const r = Math.sqrt(r2);
  const e = Math.exp(-SQRT5 * r);
  out.m = (1 + SQRT5 * r + (5 / 3) * r2) * e;
  out.dm = (-5 / 6) * (1 + SQRT5 * r) * e;
}

export function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>, isl: Float64Array): number {
  let s = 0;
  for (let d = 0; d < isl.length; d++) {
    const t = a[d]! - b[d]!;
    s += isl[d]! * t * t;
  }
  return s;
}

/** The n x n covariance of the training inputs, noise included, row-major. */
export function covarianceMatrix(xs: readonly Float64Array[], p: KernelParams): Float64Array {
  const n = xs.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    K[i * n + i] = p.scale + p.noise;
    for (let j = 0; j < i; j++) {
      const v = p.scale * matern52(squaredDistance(xs[i]!, xs[j]!, p.isl));
      K[i * n + j] = v;
      K[j * n + i] = v;
    }
  }
  return K;
}
