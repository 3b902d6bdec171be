import { describe, expect, it } from "vitest";
import { downsample, packCurves } from "./curves.js";
import type { Curve } from "./types.js";

const curve = (trialId: number, earlyStopped: boolean, points: [number, number][]): Curve => ({ trialId, status: earlyStopped ? "Stopped" : "Completed", earlyStopped, points });

describe("packCurves", () => {
  it("packs each style's curves into flat arrays separated by NaN, with the extent", () => {
    const p = packCurves([curve(1, false, [[1, 5], [2, 4]]), curve(2, true, [[1, 6]]), curve(3, false, [[3, 1]]), curve(4, false, [])]);
    expect(Array.from(p.normal.xs)).toEqual([1, 2, NaN, 3, NaN]);
    expect(Array.from(p.normal.ys)).toEqual([5, 4, NaN, 1, NaN]);
    expect(p.normal.curves).toBe(2);
    expect(Array.from(p.earlyStopped.xs)).toEqual([1, NaN]);
    expect(p.earlyStopped.curves).toBe(1);
    expect(p.count).toBe(3);
    expect([p.xMin, p.xMax, p.yMin, p.yMax]).toEqual([1, 3, 1, 6]);
  });
  // How fast is bench:dashboard's to say (the 10,000-trial page), not a timed test's on a shared machine.
  it("packs 10,000 curves of 100 points, each followed by its gap", () => {
    const curves = Array.from({ length: 10_000 }, (_, i) => curve(i, i % 3 === 0, Array.from({ length: 100 }, (_, s) => [s, 1 / (s + 1) + i * 1e-5] as [number, number])));
    const p = packCurves(curves);
    expect(p.count).toBe(10_000);
    expect(p.normal.xs.length + p.earlyStopped.xs.length).toBe(10_000 * 101);
  });
  it("has a unit extent when there is nothing to draw", () => {
    const p = packCurves([]);
    expect([p.count, p.xMin, p.xMax]).toEqual([0, 0, 1]);
  });
});

describe("downsample", () => {
  it("returns short series unchanged", () => {
    const pts: [number, number][] = [[0, 1], [1, 2]];
    expect(downsample(pts, 10)).toEqual(pts);
  });
  it("keeps the first, the last and a spike, within the budget", () => {
    const pts: [number, number][] = Array.from({ length: 1000 }, (_, i) => [i, i === 500 ? 100 : 0]);
    const out = downsample(pts, 50);
    expect(out.length).toBe(50);
    expect(out[0]).toEqual([0, 0]);
    expect(out[49]).toEqual([999, 0]);
    expect(out.some(([x, y]) => x === 500 && y === 100)).toBe(true);
    for (let i = 1; i < out.length; i++) expect(out[i]![0]).toBeGreaterThan(out[i - 1]![0]);
  });
});
