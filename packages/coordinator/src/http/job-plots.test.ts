import { describe, expect, it } from "vitest";
import { downsample } from "./job-plots.js";

const series = (values: number[]) => values.map((value, step) => ({ step, value, timestampUnixMs: step }));

describe("downsample", () => {
  it("keeps a short series whole, and of a long one the ends and each bucket's most extreme point", () => {
    expect(downsample(series([3, 2, 1]), 5)).toEqual([[0, 3], [1, 2], [2, 1]]);
    const long = series(Array.from({ length: 1000 }, (_, i) => (i === 500 ? 100 : 1 / (i + 1))));
    const out = downsample(long, 50);
    expect(out).toHaveLength(50);
    expect(out[0]).toEqual([0, 1]);
    expect(out.at(-1)).toEqual([999, 1 / 1000]);
    expect(out.some(([step, v]) => step === 500 && v === 100)).toBe(true); // the spike survives
    for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThan(out[i - 1]![0]); // steps in order
  });
});
