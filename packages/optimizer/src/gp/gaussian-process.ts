import { CholeskyFactor } from "./cholesky.js";
import type { KernelParams } from "./kernel-params.js";
import { covarianceMatrix } from "./matern52.js";

export interface Prediction {
  mean: number;
  /** Variance of the latent function (observation noise excluded). */
  variance: number;
}

const SQRT5 = Math.sqrt(5);

/**
 * GP posterior for fixed kernel hyperparameters. `addFantasy` appends a point with a made-up value
 * (the constant liar) in O(n^2) through a Cholesky row append, without refitting anything.
 * Training inputs live in one flat row-major buffer: prediction is the hot loop of the acquisition
 * search, and contiguous rows with monomorphic Float64Array code run about twice as fast there.
 */
export class GaussianProcess {
  readonly params: KernelParams;
  readonly dims: number;
  private inputs: Float64Array;
  private readonly ys: number[];
  private readonly chol: CholeskyFactor;
  private alpha: Float64Array;
  private buffer: Float64Array;

  constructor(xs: readonly Float64Array[], y: ArrayLike<number>, params: KernelParams) {
    this.params = params;
    this.dims = params.isl.length;
    this.inputs = new Float64Array(Math.max(xs.length, 8) * this.dims);
    xs.forEach((x, i) => this.inputs.set(x, i * this.dims));
    this.ys = Array.from(y);
    this.chol = CholeskyFactor.factorize(covarianceMatrix(xs, params), xs.length);
    this.alpha = this.chol.solve(this.ys);
    this.buffer = new Float64Array(xs.length);
  }

  get size(): number {
    return this.ys.length;
  }

  addFantasy(x: Float64Array, value: number): void {
    const n = this.size;
    this.chol.append(this.crossCovariance(x, new Float64Array(n)), this.params.scale + this.params.noise);
    if ((n + 1) * this.dims > this.inputs.length) {
      const grown = new Float64Array(this.inputs.length * 2);
      grown.set(this.inputs);
      this.inputs = grown;
    }
    this.inputs.set(x, n * this.dims);
    this.ys.push(value);
    this.alpha = this.chol.solve(this.ys);
    this.buffer = new Float64Array(n + 1);
  }

  /** k(x, x_i) for every training point, written into `out`. */
  crossCovariance(x: Float64Array, out: Float64Array): Float64Array {
    const { isl, scale } = this.params;
    const d = this.dims;
    const X = this.inputs;
    for (let i = 0, o = 0; i < out.length; i++, o += d) {
      let r2 = 0;
      for (let k = 0; k < d; k++) {
        const t = x[k]! - X[o + k]!;
        r2 += isl[k]! * t * t;
      }
      const r = Math.sqrt(5 * r2);
      out[i] = scale * (1 + r + (r * r) / 3) * Math.exp(-r);
    }
    return out;
  }

  predict(x: Float64Array): Prediction {
    const k = this.crossCovariance(x, this.buffer);
    let mean = 0;
    for (let i = 0; i < k.length; i++) mean += k[i]! * this.alpha[i]!;
    this.chol.forwardSolveInPlace(k);
    let explained = 0;
    for (let i = 0; i < k.length; i++) explained += k[i]! * k[i]!;
    return { mean, variance: Math.max(this.params.scale - explained, 1e-12 * this.params.scale) };
  }

  /** Like predict, and writes d mean / dx and d variance / dx into the two arrays. */
  predictWithGradient(x: Float64Array, dMean: Float64Array, dVariance: Float64Array): Prediction {
    const n = this.size;
    const d = this.dims;
    const { isl, scale } = this.params;
    const X = this.inputs;
    const k = new Float64Array(n);
    // dk_i/dx_d = scale * 2 m'(r^2) isl_d (x_d - x_i,d), with m'(r^2) = -(5/6)(1 + sqrt5 r) e^{-sqrt5 r}.
    const factor = new Float64Array(n);
    for (let i = 0, o = 0; i < n; i++, o += d) {
      let r2 = 0;
      for (let j = 0; j < d; j++) {
        const t = x[j]! - X[o + j]!;
        r2 += isl[j]! * t * t;
      }
      const r = SQRT5 * Math.sqrt(r2);
      const e = Math.exp(-r);
      k[i] = scale * (1 + r + (r * r) / 3) * e;
      factor[i] = 2 * scale * (-5 / 6) * (1 + r) * e;
    }
    let mean = 0;
    for (let i = 0; i < n; i++) mean += k[i]! * this.alpha[i]!;
    const v = k;
    this.chol.forwardSolveInPlace(v);
    let explained = 0;
    for (let i = 0; i < n; i++) explained += v[i]! * v[i]!;
    this.chol.backSolveInPlace(v); // v = K^-1 k
    dMean.fill(0);
    dVariance.fill(0);
    for (let i = 0, o = 0; i < n; i++, o += d) {
      const fa = factor[i]! * this.alpha[i]!;
      const fv = -2 * factor[i]! * v[i]!;
      for (let j = 0; j < d; j++) {
        const t = isl[j]! * (x[j]! - X[o + j]!);
        dMean[j] = dMean[j]! + fa * t;
        dVariance[j] = dVariance[j]! + fv * t;
      }
    }
    const floor = 1e-12 * scale;
    const variance = scale - explained;
    if (variance < floor) {
      dVariance.fill(0);
      return { mean, variance: floor };
    }
    return { mean, variance };
  }
}
