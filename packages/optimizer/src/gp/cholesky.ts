import { NumericalFailureError } from "../errors.js";

/**
 * Lower Cholesky factors stored packed by rows: row i holds L[i][0..i] starting at i(i+1)/2.
 * Rows are contiguous, so the inner products of the factorization and of forward substitution run
 * over adjacent memory, and appending a row (a new observation, a constant-liar fantasy) is an append.
 * Hand-written over Float64Array because this is the hot path; cholesky.test.ts checks it against
 * ml-matrix.
 */
export class CholeskyFactor {
  private data: Float64Array;
  private size: number;
  /** The jitter that was added to the diagonal to make the matrix positive definite. */
  readonly jitter: number;

  private constructor(data: Float64Array, size: number, jitter: number) {
    this.data = data;
    this.size = size;
    this.jitter = jitter;
  }

  get n(): number {
    return this.size;
  }

  /** Packed view of L (read only by convention). */
  get packed(): Float64Array {
    return this.data;
  }

  /**
   * Factorizes a symmetric n x n matrix given row-major. Escalates the jitter (relative to the mean
   * diagonal) from 0 through 1e-10 ... 1e-4 until the factorization succeeds.
   */
  static factorize(a: Float64Array, n: number): CholeskyFactor {
    let meanDiag = 0;
    for (let i = 0; i < n; i++) meanDiag += a[i * n + i]!;
    meanDiag = n > 0 ? meanDiag / n : 1;
    for (const rel of JITTERS) {
      const jitter = rel * meanDiag;
      const data = new Float64Array(Math.max(16, (n * (n + 1)) / 2));
      if (factorInto(a, n, jitter, data)) return new CholeskyFactor(data, n, jitter);
    }
    throw new NumericalFailureError(`covariance matrix of size ${n} is not positive definite even with jitter ${JITTERS.at(-1)}`);
  }

  /**
   * Appends one row and column: `k` is the new column above the diagonal (length n), `c` the new
   * diagonal entry (the same jitter is added). O(n^2).
   */
  append(k: ArrayLike<number>, c: number): void {
    const n = this.size;
    const row = Float64Array.from({ length: n }, (_, i) => k[i]!);
    this.forwardSolveInPlace(row);
    let d = c + this.jitter;
    for (let i = 0; i < n; i++) d -= row[i]! * row[i]!;
    // A fantasy identical to an existing point leaves d ~ 0; keep it tiny but positive.
    const diag = Math.sqrt(Math.max(d, 1e-12 * Math.max(c, 1e-300)));
    const start = (n * (n + 1)) / 2;
    const need = start + n + 1;
    if (need > this.data.length) {
      const grown = new Float64Array(Math.max(need, this.data.length * 2));
      grown.set(this.data.subarray(0, start));
      this.data = grown;
    }
    this.data.set(row, start);
    this.data[start + n] = diag;
    this.size = n + 1;
  }

  /** Solves L z = b in place. */
  forwardSolveInPlace(b: Float64Array): void {
    const L = this.data;
    const n = this.size;
    for (let i = 0, r = 0; i < n; i++, r += i) b[i] = (b[i]! - dotRange(L, r, b, 0, i)) / L[r + i]!;
  }

  /** Solves L^T z = b in place (column sweep so that L is still read by rows). */
  backSolveInPlace(b: Float64Array): void {
    const L = this.data;
    const n = this.size;
    for (let i = n - 1; i >= 0; i--) {
      const r = (i * (i + 1)) / 2;
      const zi = b[i]! / L[r + i]!;
      b[i] = zi;
      for (let j = 0; j < i; j++) b[j] = b[j]! - L[r + j]! * zi;
    }
  }

  /** Solves (L L^T) z = b, returning z. */
  solve(b: ArrayLike<number>): Float64Array {
    const z = Float64Array.from(b as ArrayLike<number>);
    this.forwardSolveInPlace(z);
    this.backSolveInPlace(z);
    return z;
  }

  logDeterminant(): number {
    let s = 0;
    for (let i = 0, r = 0; i < this.size; i++, r += i) s += Math.log(this.data[r + i]!);
    return 2 * s;
  }

  /** The full inverse (L L^T)^-1 as a row-major n x n matrix. O(n^3), used by the hyperparameter fit. */
  inverse(): Float64Array {
    const n = this.size;
    const L = this.data;
    // Row j of U = Linv^T is column j of Linv: the solution of L z = e_j, which is zero above j.
    // Forward substitution keeps both operands of every dot product contiguous.
    const U = new Float64Array(n * n);
    for (let j = 0; j < n; j++) {
      const row = j * n;
      for (let i = j, r = (j * (j + 1)) / 2; i < n; i++, r += i) {
        const s = i === j ? 1 : -dotRange(L, r + j, U, row + j, i - j);
        U[row + i] = s / L[r + i]!;
      }
    }
    // K^-1[a][b] = sum_{k >= max(a, b)} U[a][k] U[b][k].
    const out = new Float64Array(n * n);
    for (let a = 0; a < n; a++) {
      for (let b = 0; b <= a; b++) {
        const v = dotRange(U, a * n + a, U, b * n + a, n - a);
        out[a * n + b] = v;
        out[b * n + a] = v;
      }
    }
    return out;
  }
}

/**
 * sum_{k<len} a[ai + k] * b[bi + k] with four accumulators: V8 emits scalar code, so breaking the
 * dependency chain of one accumulator roughly doubles throughput on the O(n^3) and O(n^2) paths.
 */
export function dotRange(a: Float64Array, ai: number, b: Float64Array, bi: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < len; k += 4) {
    s0 += a[ai + k]! * b[bi + k]!;
    s1 += a[ai + k + 1]! * b[bi + k + 1]!;
    s2 += a[ai + k + 2]! * b[bi + k + 2]!;
    s3 += a[ai + k + 3]! * b[bi + k + 3]!;
  }
  for (; k < len; k++) s0 += a[ai + k]! * b[bi + k]!;
  return s0 + s1 + s2 + s3;
}

const JITTERS = [0, 1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4] as const;

function factorInto(a: Float64Array, n: number, jitter: number, L: Float64Array): boolean {
  for (let i = 0, ri = 0; i < n; i++, ri += i) {
    for (let j = 0, rj = 0; j <= i; j++, rj += j) {
      let s = a[i * n + j]! - dotRange(L, ri, L, rj, j);
      if (i === j) {
        s += jitter;
        if (!(s > 0)) return false;
        L[ri + i] = Math.sqrt(s);
      } else {
        L[ri + j] = s / L[rj + j]!;
      }
    }
  }
  return true;
}
