/**
 * Seeded pseudo-random numbers: xoshiro128** (Blackman and Vigna), seeded through splitmix32 so that
 * nearby seeds give unrelated streams. Pure 32-bit integer arithmetic: the same seed gives the same
 * numbers bit for bit on every platform. Never use Math.random in the maths.
 */
export interface Rng {
  /** Uniform in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** A new generator whose stream is independent of this one's continuation. */
  fork(): Rng;
  /** The generator's position, to continue it elsewhere with rngFromState (a restart). */
  state(): RngState;
}

/** Where a generator is: its xoshiro128** words and the spare of the last Box-Muller pair. */
export interface RngState {
  words: [number, number, number, number];
  spareNormal?: number;
}

export function createRng(seed: number): Rng {
  let x = seed >>> 0;
  const splitmix = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  // Mix the high part of seeds beyond 2^32 too, so 1 and 2^32 + 1 differ.
  x = (x ^ Math.floor(Math.abs(seed) / 4294967296)) >>> 0;
  return fromState([splitmix(), splitmix(), splitmix(), splitmix() | 1]);
}

/** A generator that continues exactly where the one whose state() this is stood. */
export function rngFromState(state: RngState): Rng {
  return fromState(state.words, state.spareNormal);
}

function fromState(s: readonly number[], spare?: number): Rng {
  let [a, b, c, d] = s as [number, number, number, number];
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  let spareNormal: number | undefined = spare;
  const rng: Rng = {
    next() {
      const hi = nextU32() >>> 5; // 27 bits
      const lo = nextU32() >>> 6; // 26 bits
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    int(n) {
      return Math.floor(rng.next() * n);
    },
    normal() {
      if (spareNormal !== undefined) {
        const v = spareNormal;
        spareNormal = undefined;
        return v;
      }
      let u = 0;
      while (u === 0) u = rng.next();
      const v = rng.next();
      const r = Math.sqrt(-2 * Math.log(u));
      spareNormal = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    fork() {
      return fromState([nextU32(), nextU32(), nextU32(), nextU32() | 1]);
    },
    state() {
      return { words: [a, b, c, d], ...(spareNormal === undefined ? {} : { spareNormal }) };
    },
  };
  return rng;
}

function rotl(v: number, k: number): number {
  return ((v << k) | (v >>> (32 - k))) >>> 0;
}
