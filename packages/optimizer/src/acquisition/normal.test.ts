import { describe, expect, it } from "vitest";
import { logCdf, logH } from "./normal.js";

// Reference values computed with mpmath at 50 digits (rounded to doubles): log(phi(z) + z * ncdf(z)) and log(ncdf(z)).
const LOG_H: [number, number][] = [
  [5, 1.6094379231264313],
  [1, 0.08002621884930694],
  [0, -0.9189385332046728],
  [-0.5, -1.6205162643873199],
  [-1, -2.4851210257126413],
  [-2, -4.768783523917114],
  [-4, -11.849061577550662],
  [-5, -16.74430116266099],
  [-6, -22.578879392169796],
  [-10, -55.55312203612235],
  [-30, -457.724653760598],
  [-100, -5010.12957880025],
  [-1e5, -5000000023.94479],
];
const LOG_CDF: [number, number][] = [
  [3, -0.0013508099647481938],
  [0, -0.6931471805599453],
  [-2, -3.783184333682032],
  [-10, -53.23128515051247],
  [-40, -804.6084420137538],
];

describe("logH", () => {
  it.each(LOG_H)("matches mpmath at z = %d", (z, expected) => {
    expect(logH(z)).toBeCloseTo(expected, 10);
    expect(Math.abs((logH(z) - expected) / expected)).toBeLessThan(1e-11);
  });

  it("is finite and strictly increasing from z = -1e150 to z = 40", () => {
    let previous = -Infinity;
    for (let e = 150; e >= -3; e -= 0.25) {
      const z = -(10 ** e);
      const v = logH(z);
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(previous);
      previous = v;
    }
    for (let z = 0; z <= 40; z += 0.01) {
      const v = logH(z);
      expect(v).toBeGreaterThan(previous);
      previous = v;
    }
  });
});

describe("logCdf", () => {
  it.each(LOG_CDF)("matches mpmath at z = %d", (z, expected) => {
    expect(Math.abs((logCdf(z) - expected) / expected)).toBeLessThan(1e-11);
  });
});
