import { CholeskyDecomposition, Matrix, inverse } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { CholeskyFactor } from "./cholesky.js";
import { defaultKernelParams } from "./kernel-params.js";
import { covarianceMatrix } from "./matern52.js";

function randomCovariance(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const xs = Array.from({ length: n }, () => Float64Array.from({ length: 3 }, () => rng.next()));
  return covarianceMatrix(xs, defaultKernelParams(3));
}
function toMatrix(a: Float64Array, n: number): Matrix {
  return new Matrix(Array.from({ length: n }, (_, i) => Array.from(a.subarray(i * n, (i + 1) * n))));
}

// The hand-written Float64Array kernels are checked against ml-matrix, the general-purpose reference.
describe("CholeskyFactor agrees with ml-matrix", () => {
  const n = 40;
  const A = randomCovariance(n, 1);
  const ours = CholeskyFactor.factorize(A, n);
  const theirs = new CholeskyDecomposition(toMatrix(A, n)).lowerTriangularMatrix;

  it("has the same factor", () => {
    for (let i = 0, r = 0; i < n; i++, r += i) {
      for (let j = 0; j <= i; j++) expect(ours.packed[r + j]).toBeCloseTo(theirs.get(i, j), 10);
    }
  });

  it("solves and inverts the same", () => {
    const b = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
    const x = ours.solve(b);
    const ref = new CholeskyDecomposition(toMatrix(A, n)).solve(Matrix.columnVector(Array.from(b)));
    for (let i = 0; i < n; i++) expect(x[i]).toBeCloseTo(ref.get(i, 0), 8);
    const inv = ours.inverse();
    const refInv = inverse(toMatrix(A, n));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(inv[i * n + j]).toBeCloseTo(refInv.get(i, j), 6);
  });

  it("computes log |A| as the sum of log eigenvalues would", () => {
    const lu = toMatrix(A, n);
    const diag = new CholeskyDecomposition(lu).lowerTriangularMatrix.diag();
    expect(ours.logDeterminant()).toBeCloseTo(2 * diag.reduce((s, v) => s + Math.log(v), 0), 9);
  });
});

describe("CholeskyFactor.append", () => {
  it("gives the factor of the bordered matrix", () => {
    const n = 12;
    const A = randomCovariance(n, 2);
    const head = new Float64Array((n - 1) * (n - 1));
    for (let i = 0; i < n - 1; i++) for (let j = 0; j < n - 1; j++) head[i * (n - 1) + j] = A[i * n + j]!;
    const grown = CholeskyFactor.factorize(head, n - 1);
    grown.append(Array.from({ length: n - 1 }, (_, j) => A[(n - 1) * n + j]!), A[n * n - 1]!);
    const full = CholeskyFactor.factorize(A, n);
    for (let k = 0; k < (n * (n + 1)) / 2; k++) expect(grown.packed[k]).toBeCloseTo(full.packed[k]!, 12);
  });
});

describe("escalating jitter", () => {
  it("factorizes a singular matrix by adding the smallest jitter that works", () => {
    const n = 3;
    const ones = new Float64Array(n * n).fill(1); // rank one
    const f = CholeskyFactor.factorize(ones, n);
    expect(f.jitter).toBeGreaterThan(0);
    expect(f.jitter).toBeLessThanOrEqual(1e-4);
  });

  it("throws a typed, retryable error when no jitter helps", () => {
    const bad = Float64Array.of(1, 2, 2, 1); // indefinite: eigenvalues 3 and -1
    expect(() => CholeskyFactor.factorize(bad, 2)).toThrowError(expect.objectContaining({ code: "NUMERICAL_FAILURE", retryable: true }));
  });
});
