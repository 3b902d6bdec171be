import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { MedianRuleIndex } from "./median-rule-index.js";
import { medianRuleStops, type CurvePoint, type MedianRuleOptions } from "./median-rule.js";

/** A noisy decaying curve of random length, in step order as workers report. */
function randomCurve(rng: ReturnType<typeof createRng>, maxSteps: number): CurvePoint[] {
  const steps = 1 + rng.int(maxSteps);
  const start = 1 + 3 * rng.next();
  const floor = rng.next();
  return Array.from({ length: steps }, (_, i) => ({ step: i + 1, value: floor + (start - floor) / (i + 1) + 0.1 * rng.normal() }));
}

describe("MedianRuleIndex", () => {
  // Property: whatever the order in which trials finish and are checked, the index decides exactly as
  // medianRuleStops over the same finished curves (the reference, median-rule.test.ts).
  it.each([
    ["minimize", { minTrials: 3, minStep: 1, judge: "average" }],
    ["maximize", { minTrials: 3, minStep: 1, judge: "average" }],
    ["minimize", { minTrials: 2, minStep: 3, judge: "best" }],
    ["maximize", { minTrials: 4, minStep: 2, judge: "last" }],
  ] as const)("%s %o: the same decision as medianRuleStops at every check", (objective, options: MedianRuleOptions) => {
    let stops = 0;
    let checks = 0;
    for (let seed = 0; seed < 20; seed++) {
      const rng = createRng(seed);
      const index = new MedianRuleIndex(objective, options);
      const finished: CurvePoint[][] = [];
      for (let event = 0; event < 150; event++) {
        if (rng.next() < 0.3) {
          const c = randomCurve(rng, 12);
          finished.push(c);
          index.addFinished(c);
        } else {
          const c = randomCurve(rng, 12);
          const expected = medianRuleStops(c, finished, objective, options);
          expect(index.stops(c)).toBe(expected);
          if (expected) stops++;
          checks++;
        }
      }
    }
    // The property is exercised on both answers.
    expect(stops).toBeGreaterThan(0);
    expect(stops).toBeLessThan(checks);
  });

  it("never stops before minTrials curves have reached the step", () => {
    const index = new MedianRuleIndex("minimize");
    index.addFinished([{ step: 1, value: 0 }]);
    index.addFinished([{ step: 1, value: 0 }, { step: 2, value: 0 }]);
    expect(index.stops([{ step: 1, value: 5 }])).toBe(false);
    index.addFinished([{ step: 1, value: 0 }]);
    expect(index.stops([{ step: 1, value: 5 }])).toBe(true);
    expect(index.stops([{ step: 1, value: 5 }, { step: 2, value: 5 }])).toBe(false);
  });
});
