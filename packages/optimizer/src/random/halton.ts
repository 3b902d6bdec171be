import type { Rng } from "./rng.js";

/**
 * Scrambled Halton sequence: a low-discrepancy point set in [0,1)^d. Each dimension uses its own prime
 * base with a random permutation of the digits (Braaten-Weller style, fixing 0 -> 0 is not required
 * because we also apply a random shift per dimension), which removes the correlation between high
 * dimensions that plain Halton suffers from. Seeded through `rng`, so reproducible.
 */
export function scrambledHalton(count: number, dim: number, rng: Rng): Float64Array[] {
  const bases = firstPrimes(dim);
  const perms = bases.map((b) => permutation(b, rng));
  const shifts = bases.map(() => rng.next());
  const points: Float64Array[] = [];
  // Skip a random offset into the sequence so different seeds do not share their first points.
  const offset = rng.int(1 << 12);
  for (let i = 0; i < count; i++) {
    const p = new Float64Array(dim);
    for (let j = 0; j < dim; j++) {
      const v = radicalInverse(i + 1 + offset, bases[j]!, perms[j]!) + shifts[j]!;
      p[j] = v >= 1 ? v - 1 : v;
    }
    points.push(p);
  }
  return points;
}

function radicalInverse(index: number, base: number, perm: Int32Array): number {
  let result = 0;
  let f = 1 / base;
  let i = index;
  while (i > 0) {
    result += perm[i % base]! * f;
    i = Math.floor(i / base);
    f /= base;
  }
  return result;
}

function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

export function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) {
    if (primes.every((p) => p * p > n || n % p !== 0)) primes.push(n);
  }
  return primes;
}
