import { describe, expect, it } from "vitest";
import { median, medianRuleStops, type CurvePoint } from "./median-rule.js";

/** A learning curve (loss) that starts at `start` and decays towards `floor`. */
const curve = (start: number, floor: number, steps: number): CurvePoint[] => Array.from({ length: steps }, (_, i) => ({ step: i + 1, value: floor + (start - floor) / (i + 1) }));

describe("the median stopping rule", () => {
  const finished = [curve(2, 0.5, 10), curve(2, 0.4, 10), curve(2, 0.3, 10), curve(2, 0.6, 10), curve(2, 0.45, 10)];

  it("stops a trial worse than the median of the running averages at its step, and keeps a good one", () => {
    expect(medianRuleStops(curve(4, 1.5, 4), finished, "minimize")).toBe(true);
    expect(medianRuleStops(curve(1.5, 0.2, 4), finished, "minimize")).toBe(false);
  });

  it("keeps the best trial: the one that ends best is never stopped on the way", () => {
    const best = curve(2, 0.1, 10);
    for (let t = 1; t <= 10; t++) expect(medianRuleStops(best.slice(0, t), finished, "minimize")).toBe(false);
  });

  it("judges the running average by default; the best value so far or the last one on request", () => {
    const noisy = [...curve(1.5, 0.2, 3), { step: 4, value: 2.2 }];
    expect(medianRuleStops(noisy, finished, "minimize", { minTrials: 3, minStep: 1, judge: "best" })).toBe(false);
    expect(medianRuleStops(noisy, finished, "minimize", { minTrials: 3, minStep: 1, judge: "last" })).toBe(true);
  });

  it("waits for minStep and for minTrials finished curves that reach the step", () => {
    const bad = curve(4, 1.5, 10);
    const strict = { minTrials: 5, minStep: 3, judge: "average" } as const;
    expect(medianRuleStops(bad.slice(0, 2), finished, "minimize", strict)).toBe(false); // step 2 < minStep 3
    expect(medianRuleStops(bad.slice(0, 4), finished.slice(0, 4), "minimize", strict)).toBe(false); // 4 < minTrials 5
    const short = finished.map((c) => c.slice(0, 3)); // none reached step 4
    expect(medianRuleStops(bad.slice(0, 4), short, "minimize")).toBe(false);
    expect(medianRuleStops(bad.slice(0, 1), finished.slice(0, 3), "minimize")).toBe(true); // the defaults: 3 curves, any step
  });

  it("works the other way round when maximizing", () => {
    const acc = (c: CurvePoint[]) => c.map((p) => ({ step: p.step, value: 1 - p.value / 4 }));
    expect(medianRuleStops(acc(curve(4, 1.5, 4)), finished.map(acc), "maximize")).toBe(true);
    expect(medianRuleStops(acc(curve(1.5, 0.2, 4)), finished.map(acc), "maximize")).toBe(false);
  });

  it("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
