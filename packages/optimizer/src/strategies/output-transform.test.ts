import { describe, expect, it } from "vitest";
import { powerTransform, shiftToWorst, standardize, yeoJohnson } from "./output-transform.js";

describe("output transforms", () => {
  it("standardize gives zero mean and unit variance, and zeros for a constant series", () => {
    const z = standardize([1, 2, 3, 4]);
    expect(z.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    expect(z.reduce((s, v) => s + v * v, 0) / 4).toBeCloseTo(1, 12);
    expect(Array.from(standardize([5, 5, 5]))).toEqual([0, 0, 0]);
  });

  it("Yeo-Johnson matches its definition on both sides and is the identity at lambda 1", () => {
    // ((y + 1)^0.5 - 1) / 0.5 at y = 3 is 2; -((1 - y)^(2 - 0.5) - 1) / 1.5 at y = -3 is -(8 - 1) / 1.5.
    expect(yeoJohnson(3, 0.5)).toBeCloseTo(2, 12);
    expect(yeoJohnson(-3, 0.5)).toBeCloseTo(-7 / 1.5, 12);
    expect(yeoJohnson(3, 0)).toBeCloseTo(Math.log(4), 12);
    expect(yeoJohnson(-3, 2)).toBeCloseTo(-Math.log(4), 12);
    for (const y of [-2, -0.5, 0, 0.7, 4]) expect(yeoJohnson(y, 1)).toBeCloseTo(y, 12);
  });

  it("keeps the order of values and pulls in a heavy tail of bad values", () => {
    // Values spread over four decades, as Rosenbrock's are.
    const raw = Array.from({ length: 9 }, (_, i) => 10 ** (i / 2));
    const t = powerTransform(raw);
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
    const z = standardize(raw);
    // The five best values span a sliver of the range after standardization alone, a real share of
    // it after the warp: the GP can tell good configurations apart again.
    const share = (v: Float64Array): number => (v[4]! - v[0]!) / (v[8]! - v[0]!);
    expect(share(z)).toBeLessThan(0.01);
    expect(share(t)).toBeGreaterThan(5 * share(z));
  });

  it("with lambda kept >= 1 (several objectives) leaves a heavy tail of bad values as it is", () => {
    const raw = Array.from({ length: 9 }, (_, i) => 10 ** (i / 2));
    const z = standardize(raw);
    const t = powerTransform(raw, 1);
    // lambda >= 1 cannot compress the bad tail: this series' best lambda in [1, 4] is the identity.
    for (let i = 0; i < raw.length; i++) expect(t[i]!).toBeCloseTo(z[i]!, 4);
  });

  it("shiftToWorst puts the worst value at zero and keeps the differences", () => {
    expect(Array.from(shiftToWorst(Float64Array.of(-2, 1, 0.5)))).toEqual([-3, 0, -0.5]);
  });
});
