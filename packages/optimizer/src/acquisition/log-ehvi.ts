import type { GaussianProcess } from "../gp/gaussian-process.js";
import type { Box } from "../pareto/improvement-boxes.js";
import type { AcquisitionPart } from "./acquisition.js";
import { logCdf, logH, logPdf } from "./normal.js";

/**
 * log expected hypervolume improvement of independent normal predictions, one GP per objective
 * (minimization), exact for any number of objectives given a disjoint box decomposition of the
 * improvable region (improvement-boxes.ts; Yang et al. 2019 do the same with cells). For a box
 * [l, u], (u - max(l, Y))^+ = (u - Y)^+ - (l - Y)^+, and E[(b - Y)^+] = sigma h((b - mu) / sigma) with
 * h the log-ei.ts function, so
 *   EHVI = sum_boxes prod_j sigma_j (h(z_uj) - h(z_lj)),   z = (bound - mu_j) / sigma_j,
 * computed in log space (Ament et al. 2023's LogEHVI): log h is finite in the far tails, each
 * difference is log h(z_u) + log(1 - exp(log h(z_l) - log h(z_u))), and the boxes are summed with
 * log-sum-exp. The bound values are shared between boxes, so log h is evaluated once per distinct
 * bound per objective and each box adds table lookups.
 */
export class LogEhvi implements AcquisitionPart {
  readonly kind = "objective";
  private readonly gps: readonly GaussianProcess[];
  /** Per objective: the distinct finite bounds of the boxes. */
  private readonly bounds: Float64Array[];
  /** Per box, per objective: indices into bounds (lower -1 for -Infinity). */
  private readonly lowerIndex: Int32Array;
  private readonly upperIndex: Int32Array;
  private readonly boxCount: number;
  private readonly dMean: Float64Array[];
  private readonly dVar: Float64Array[];
  private readonly terms: Float64Array;

  constructor(gps: readonly GaussianProcess[], boxes: readonly Box[]) {
    const m = gps.length;
    this.gps = gps;
    this.boxCount = boxes.length;
    this.lowerIndex = new Int32Array(boxes.length * m);
    this.upperIndex = new Int32Array(boxes.length * m);
    this.bounds = [];
    for (let j = 0; j < m; j++) {
      const values = [...new Set(boxes.flatMap((b) => [b.lower[j]!, b.upper[j]!]).filter(Number.isFinite))].sort((a, b) => a - b);
      const index = new Map(values.map((v, i) => [v, i]));
      boxes.forEach((b, i) => {
        this.lowerIndex[i * m + j] = Number.isFinite(b.lower[j]!) ? index.get(b.lower[j]!)! : -1;
        this.upperIndex[i * m + j] = index.get(b.upper[j]!)!;
      });
      this.bounds.push(Float64Array.from(values));
    }
    const dims = gps[0]!.dims;
    this.dMean = gps.map(() => new Float64Array(dims));
    this.dVar = gps.map(() => new Float64Array(dims));
    this.terms = new Float64Array(boxes.length);
  }

  value(x: Float64Array): number {
    const m = this.gps.length;
    const logSigma = new Float64Array(m);
    const lh = this.gps.map((gp, j) => {
      const p = gp.predict(x);
      const sigma = Math.sqrt(p.variance);
      logSigma[j] = Math.log(sigma);
      return Float64Array.from(this.bounds[j]!, (b) => logH((b - p.mean) / sigma));
    });
    for (let i = 0; i < this.boxCount; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) {
        const l = this.lowerIndex[i * m + j]!;
        const hu = lh[j]![this.upperIndex[i * m + j]!]!;
        s += logSigma[j]! + (l < 0 ? hu : logDifference(hu, lh[j]![l]!));
      }
      this.terms[i] = s;
    }
    return logSumExp(this.terms);
  }

  /**
   * With T = sigma (h(z_u) - h(z_l)): d T / d mu = -(Phi(z_u) - Phi(z_l)) and d T / d sigma = phi(z_u) - phi(z_l)
   * (h' = Phi, h - z Phi = phi); each box's log term is a sum over objectives of log T, and the boxes are
   * weighted by their softmax share of the sum.
   */
  valueWithGradient(x: Float64Array, out: Float64Array): number {
    const m = this.gps.length;
    const preds = this.gps.map((gp, j) => gp.predictWithGradient(x, this.dMean[j]!, this.dVar[j]!));
    const sigma = preds.map((p) => Math.sqrt(p.variance));
    const z = preds.map((p, j) => Float64Array.from(this.bounds[j]!, (b) => (b - p.mean) / sigma[j]!));
    const lh = z.map((zs) => zs.map(logH));
    const byMean = new Float64Array(this.boxCount * m);
    const bySigma = new Float64Array(this.boxCount * m);
    for (let i = 0; i < this.boxCount; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) {
        const l = this.lowerIndex[i * m + j]!;
        const u = this.upperIndex[i * m + j]!;
        const zu = z[j]![u]!;
        const logT = Math.log(sigma[j]!) + (l < 0 ? lh[j]![u]! : logDifference(lh[j]![u]!, lh[j]![l]!));
        s += logT;
        const logCdfGap = l < 0 ? logCdf(zu) : logCdfDifference(zu, z[j]![l]!);
        byMean[i * m + j] = -Math.exp(logCdfGap - logT);
        bySigma[i * m + j] = Math.exp(logPdf(zu) - logT) - (l < 0 ? 0 : Math.exp(logPdf(z[j]![l]!) - logT));
      }
      this.terms[i] = s;
    }
    const total = logSumExp(this.terms);
    out.fill(0);
    for (let j = 0; j < m; j++) {
      let gMean = 0;
      let gSigma = 0;
      for (let i = 0; i < this.boxCount; i++) {
        const w = Math.exp(this.terms[i]! - total);
        gMean += w * byMean[i * m + j]!;
        gSigma += w * bySigma[i * m + j]!;
      }
      // d sigma / d variance = 1 / (2 sigma); a floored variance has a zero gradient (gaussian-process.ts).
      const gVar = gSigma / (2 * sigma[j]!);
      const dMean = this.dMean[j]!;
      const dVar = this.dVar[j]!;
      for (let d = 0; d < out.length; d++) out[d] = out[d]! + gMean * dMean[d]! + gVar * dVar[d]!;
    }
    return total;
  }
}

/** log(exp(a) - exp(b)) for b <= a, without cancellation when b is far below a. */
export function logDifference(a: number, b: number): number {
  const t = b - a;
  if (t === -Infinity) return a;
  return a + (t > -Math.LN2 ? Math.log(-Math.expm1(t)) : Math.log1p(-Math.exp(t)));
}

/** log(Phi(zu) - Phi(zl)) for zl < zu, from whichever tail keeps the difference exact. */
function logCdfDifference(zu: number, zl: number): number {
  return zl > 0 ? logDifference(logCdf(-zl), logCdf(-zu)) : logDifference(logCdf(zu), logCdf(zl));
}

export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i]! - max);
  return max + Math.log(sum);
}
