import { describe, expect, it } from "vitest";
import { describeConstraint, objectiveLabel, paretoFront, paretoIds, scatterData, stepAlign, withFront } from "./pareto.js";
import type { Objective, Trial } from "./types.js";

const trial = (trialId: number, values: number[] | undefined, extra: Partial<Trial> = {}): Trial => ({
  trialId,
  status: "Completed",
  params: {},
  attempt: 1,
  createdUnixMs: 0,
  earlyStopped: false,
  ...(values ? { values, objective: values[0] } : {}),
  ...extra,
});
const min2: Objective[] = [{ metric: "loss", type: "minimize" }, { metric: "latency", type: "minimize" }];
const ids = (ts: readonly Trial[]) => ts.map((t) => t.trialId);

/** A seeded generator (mulberry32), so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the Pareto front", () => {
  it("hand cases: a staircase, a dominated point, ties in one objective, duplicates", () => {
    const ts = [
      trial(0, [1, 5]),
      trial(1, [2, 3]),
      trial(2, [4, 1]),
      trial(3, [3, 4]), // dominated by #1
      trial(4, [2, 4]), // ties #1 on loss, worse latency: dominated
      trial(5, [4, 1]), // a duplicate of #2: neither dominates the other
    ];
    expect(ids(paretoFront(ts, min2))).toEqual([0, 1, 2, 5]);
  });

  it("maximize objectives flip the comparison", () => {
    const objs: Objective[] = [{ metric: "acc", type: "maximize" }, { metric: "latency", type: "minimize" }];
    const ts = [trial(0, [0.9, 10]), trial(1, [0.8, 5]), trial(2, [0.7, 8]), trial(3, [0.95, 20])];
    expect(ids(paretoFront(ts, objs))).toEqual([0, 1, 3]);
    const both: Objective[] = [{ metric: "a", type: "maximize" }, { metric: "b", type: "maximize" }];
    expect(ids(paretoFront([trial(0, [1, 1]), trial(1, [2, 2]), trial(2, [3, 0])], both))).toEqual([1, 2]);
  });

  it("leaves out infeasible trials (even one that would dominate) and trials without every value", () => {
    const ts = [
      trial(0, [0, 0], { feasible: false }),
      trial(1, [1, 2], { feasible: true }),
      trial(2, [2, 1]),
      trial(3, [3, 3]),
      trial(4, undefined, { status: "Running" }),
      trial(5, [0.5, NaN]),
      trial(6, [0.5]),
      trial(7, [0.1, 0.1], { status: "Failed" }),
    ];
    expect(ids(paretoFront(ts, min2))).toEqual([1, 2]);
    expect([...paretoIds([trial(0, [0, 0], { feasible: false })], min2)]).toEqual([]);
  });

  it("three objectives: a trial best in one only is on the front", () => {
    const objs: Objective[] = [...min2, { metric: "size", type: "minimize" }];
    const ts = [trial(0, [1, 1, 9]), trial(1, [2, 2, 1]), trial(2, [2, 2, 2]), trial(3, [9, 9, 0])];
    expect(ids(paretoFront(ts, objs))).toEqual([0, 1, 3]);
  });

  it("sets each trial's pareto flag to the front given, keeping unchanged trials as they are", () => {
    const ts = [trial(0, [1, 2], { pareto: true }), trial(1, [2, 1], { pareto: false })];
    const out = withFront(ts, new Set([1]));
    expect(out.map((t) => t.pareto)).toEqual([false, true]);
    const same = withFront(out, new Set([1]));
    expect(same).toBe(out);
  });

  it("builds the scatter's series sorted by x, with the staircase through the shown objectives' front", () => {
    const ts = [trial(0, [3, 1]), trial(1, [1, 3]), trial(2, [2, 2]), trial(3, [3, 3]), trial(4, [0.5, 0.5], { feasible: false })];
    const d = scatterData(ts, min2, 0, 1, paretoIds(ts, min2));
    expect(d.x).toEqual([0.5, 1, 2, 3, 3]);
    expect(ids(d.trials)).toEqual([4, 1, 2, 0, 3]);
    expect(d.front).toEqual([null, 3, 2, 1, null]);
    expect(d.others).toEqual([null, null, null, null, 3]);
    expect(d.infeasible).toEqual([0.5, null, null, null, null]);
    expect(d.line).toEqual([null, 3, 2, 1, null]);
    expect(d.counts).toEqual({ others: 1, front: 3, infeasible: 1, line: 3 });
    // swapped axes
    expect(scatterData(ts, min2, 1, 0, paretoIds(ts, min2)).x).toEqual([0.5, 1, 2, 3, 3]);
  });

  it("labels objectives and constraints", () => {
    expect(objectiveLabel({ metric: "loss", type: "minimize" })).toBe("loss (minimize)");
    expect(describeConstraint({ metric: "size", max: 10 })).toBe("size <= 10");
    expect(describeConstraint({ metric: "size", min: 1 })).toBe("size >= 1");
    expect(describeConstraint({ metric: "size", min: 1, max: 10 })).toBe("1 <= size <= 10");
    expect(stepAlign("minimize")).toBe(1);
    expect(stepAlign("maximize")).toBe(-1);
  });

  it("is fast enough for a live page: 10,000 trials, two objectives", () => {
    const r = rng(3);
    const ts = Array.from({ length: 10_000 }, (_, i) => trial(i, [r(), r()]));
    const t0 = performance.now();
    const front = paretoFront(ts, min2);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(front.length).toBeGreaterThan(0);
  });
});
