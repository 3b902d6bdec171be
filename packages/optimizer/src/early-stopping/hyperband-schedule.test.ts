import { describe, expect, it } from "vitest";
import { createOptimizer } from "../optimizer/optimizer.js";
import { HyperbandSchedule, type PlannedTrial } from "./hyperband-schedule.js";

const space = { x: { type: "continuous" as const, min: -2, max: 2 } };
const make = (modelBased: boolean) => {
  const optimizer = createOptimizer({ space, objective: "minimize", strategy: "random", seed: 1 });
  return new HyperbandSchedule({ hyperband: { minResource: 1, maxResource: 9, reductionFactor: 3 }, objective: "minimize", space, seed: 1, modelBased }, optimizer);
};
const loss = (p: PlannedTrial) => ((p.params.x as number) - 0.5) ** 2;

describe("HyperbandSchedule", () => {
  it("hands out unique trial ids; a promotion reuses its configuration's parameters at the next budget", () => {
    const s = make(false);
    const planned: PlannedTrial[] = [];
    for (let i = 0; i < 3; i++) planned.push(s.next()!);
    expect(planned.map((p) => p.rung)).toEqual([0, 0, 0]);
    for (const p of planned) s.finished(p, loss(p));
    const promoted = s.next()!;
    const best = planned.reduce((a, b) => (loss(a) < loss(b) ? a : b));
    expect(promoted).toMatchObject({ configId: best.configId, rung: 1, resource: 3, params: best.params });
    expect(new Set([...planned, promoted].map((p) => p.id)).size).toBe(4);
  });

  it("model-based: once a rung has 2(d+2) results, new configurations come from the GP, distinct and inside the space", () => {
    const run = (modelBased: boolean) => {
      const s = make(modelBased);
      const fresh: number[] = [];
      for (let i = 0; i < 40; i++) {
        const p = s.next()!;
        if (p.rung === 0) fresh.push(p.params.x as number);
        s.finished(p, loss(p));
      }
      return fresh;
    };
    const model = run(true);
    const random = run(false);
    expect(model.slice(0, 6)).toEqual(random.slice(0, 6)); // before any rung has 6 results: the same random draws
    expect(model).not.toEqual(random);
    expect(new Set(model).size).toBe(model.length);
    expect(model.every((x) => x >= -2 && x <= 2)).toBe(true);
  });

  it("a schedule rebuilt from its trials (a restart) makes the same next decision", () => {
    const s = make(false);
    const trials: { p: PlannedTrial; value: number }[] = [];
    for (let i = 0; i < 7; i++) {
      const p = s.next()!;
      s.finished(p, loss(p));
      trials.push({ p, value: loss(p) });
    }
    const optimizer = createOptimizer({ space, objective: "minimize", strategy: "random", seed: 1 });
    optimizer.importObservations(trials.map(({ p, value }) => ({ id: p.id, params: p.params, state: "completed" as const, value })));
    const again = new HyperbandSchedule({ hyperband: { minResource: 1, maxResource: 9, reductionFactor: 3 }, objective: "minimize", space, seed: 1, modelBased: false }, optimizer);
    for (const { p, value } of trials) {
      again.restoreTrial(p);
      again.finished(p, value);
    }
    const next = s.next()!;
    const replayed = again.next()!;
    expect(replayed.rung).toBe(next.rung);
    expect(replayed.resource).toBe(next.resource);
    if (next.rung > 0) expect(replayed.configId).toBe(next.configId);
  });
});
