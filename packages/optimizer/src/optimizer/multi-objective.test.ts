import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors.js";
import { hypervolume } from "../pareto/hypervolume.js";
import type { Params } from "../space/parameter-spec.js";
import { createOptimizer } from "./optimizer.js";
import type { OptimizerOptions } from "./optimizer-options.js";
import { answerAsk } from "./remote-ask.js";

const SPACE = { u: { type: "continuous", min: 0, max: 1 }, v: { type: "continuous", min: 0, max: 1 } } as const;
const MO = { space: SPACE, objectives: ["minimize", "maximize"], constraints: 1, seed: 3 } as const satisfies OptimizerOptions;

// BoTorch's BraninCurrin on [0,1]^2, both minimized.
function braninCurrin(p: Params): [number, number] {
  const u = p.u as number;
  const v = p.v as number;
  const x1 = 15 * u - 5;
  const x2 = 15 * v;
  const branin = (x2 - (5.1 / (4 * Math.PI ** 2)) * x1 * x1 + (5 / Math.PI) * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x1) + 10;
  const currin = (1 - Math.exp(-1 / (2 * v))) * ((2300 * u ** 3 + 1900 * u ** 2 + 2092 * u + 60) / (100 * u ** 3 + 500 * u ** 2 + 4 * u + 20));
  return [branin, currin];
}
// Two objectives in their own directions (the second maximized) and one constraint, u + v <= 1.5.
const outcome = (p: Params) => ({ values: [(p.u as number) ** 2 + (p.v as number), 1 - (p.u as number) + (p.v as number) ** 2], constraints: [(p.u as number) + (p.v as number) - 1.5] });

function run(options: OptimizerOptions, trials: number, q = 1) {
  const opt = createOptimizer(options);
  for (let done = 0; done < trials; ) {
    for (const s of opt.ask(q)) {
      const o = outcome(s.params);
      opt.tell(s.id, o.values, { constraints: o.constraints });
      done++;
    }
  }
  return opt;
}

describe("options", () => {
  it("take exactly one of objective and objectives, and constraints as an integer >= 0", () => {
    expect(() => createOptimizer({ space: SPACE } as never)).toThrow(/objective: expected exactly one of/);
    expect(() => createOptimizer({ space: SPACE, objective: "minimize", objectives: ["minimize"] })).toThrow(InvalidArgumentError);
    expect(() => createOptimizer({ space: SPACE, objectives: [] })).toThrow(/objectives: expected a non-empty array/);
    expect(() => createOptimizer({ space: SPACE, objectives: ["minimize", "up" as never] })).toThrow(/objectives\[1\]: expected one of minimize \| maximize/);
    for (const bad of [-1, 1.5, "2"]) expect(() => createOptimizer({ space: SPACE, objective: "minimize", constraints: bad as never })).toThrow(/constraints: expected an integer >= 0/);
  });

  it("objectives of length one behave exactly like objective", () => {
    const a = createOptimizer({ space: SPACE, objective: "maximize", seed: 2 });
    const b = createOptimizer({ space: SPACE, objectives: ["maximize"], seed: 2 });
    for (let i = 0; i < 8; i++) {
      const [sa] = a.ask(1);
      const [sb] = b.ask(1);
      expect(sb).toEqual(sa);
      a.tell(sa!.id, braninCurrin(sa!.params)[1]);
      b.tell(sb!.id, [braninCurrin(sb!.params)[1]]);
    }
    expect(b.best()).toEqual(a.best());
    expect(b.exportObservations()).toEqual(a.exportObservations());
  });
});

describe("tell", () => {
  it("names the field and the arity on a wrong number of values or constraints", () => {
    const opt = createOptimizer(MO);
    const [s] = opt.ask(1);
    expect(() => opt.tell(s!.id, 1, { constraints: [0] })).toThrow("value: expected 2 values (objectives: minimize, maximize), got 1");
    expect(() => opt.tell(s!.id, [1, 2, 3], { constraints: [0] })).toThrow("value: expected 2 values (objectives: minimize, maximize), got 3");
    expect(() => opt.tell(s!.id, [1, NaN], { constraints: [0] })).toThrow(/value\[1\]: expected a finite number/);
    expect(() => opt.tell(s!.id, [1, 2])).toThrow(/constraints: expected an array of 1 constraint value/);
    expect(() => opt.tell(s!.id, [1, 2], { constraints: [0, 1] })).toThrow("constraints: expected 1 constraint value, got 2");
    expect(() => opt.tell(s!.id, [1, 2], { constraints: ["0" as never] })).toThrow(/constraints\[0\]: expected a finite number or null/);
    expect(opt.pendingCount).toBe(1);
    opt.tell(s!.id, [1, 2], { constraints: [null] });
    expect(() => createOptimizer({ space: SPACE, objective: "minimize" }).tell(0, 1, { constraints: [1] })).toThrow();
  });
});

describe("feasibility and the front", () => {
  it("a constraint never met: no best feasible trial, an empty front, and the asks still come", () => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", constraints: 1, seed: 1 });
    for (let i = 0; i < 12; i++) {
      const [s] = opt.ask(1);
      expect(s).toBeDefined();
      opt.tell(s!.id, braninCurrin(s!.params)[0], { constraints: [1 + (s!.params.u as number)] });
    }
    expect(opt.bestFeasible()).toBeUndefined();
    expect(opt.best()).toBeUndefined();
    expect(opt.paretoFront()).toEqual([]);
    expect(opt.ask(2)).toHaveLength(2);
  });

  it("a null constraint (not reported) makes the trial infeasible, not failed", () => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", constraints: 2, strategy: "random", seed: 1 });
    const [a, b] = opt.ask(2);
    opt.tell(a!.id, 1, { constraints: [-1, null] });
    opt.tell(b!.id, 5, { constraints: [-1, -0.5] });
    expect(opt.bestFeasible()).toEqual({ id: b!.id, params: b!.params, value: 5, constraints: [-1, -0.5] });
    expect(opt.best()?.id).toBe(b!.id);
    expect(opt.exportObservations().trials.find((t) => t.id === a!.id)).toMatchObject({ state: "completed", value: 1, constraints: [-1, null] });
  });

  it("paretoFront: the non-dominated feasible trials, values in the objectives' own directions; best() is undefined", () => {
    const opt = createOptimizer({ ...MO, strategy: "random" });
    const told = [
      { values: [1, 5], constraints: [0] }, // on the front (minimize 1, maximize 5)
      { values: [2, 5], constraints: [-1] }, // dominated by the first
      { values: [0.5, 1], constraints: [-1] }, // on the front
      { values: [0, 9], constraints: [0.1] }, // would dominate everything, but infeasible
      { values: [1, 5], constraints: [-2] }, // a duplicate of the first: on the front too
    ];
    const ids = opt.ask(told.length).map((s, i) => (opt.tell(s.id, told[i]!.values, { constraints: told[i]!.constraints }), s.id));
    expect(opt.paretoFront().map((t) => [t.id, t.values, t.constraints])).toEqual([
      [ids[0], [1, 5], [0]],
      [ids[2], [0.5, 1], [-1]],
      [ids[4], [1, 5], [-2]],
    ]);
    expect(opt.best()).toBeUndefined();
    expect(opt.bestFeasible()).toBeUndefined();
  });

  it.each(["random", "grid"] as const)("%s accepts objectives and constraints and keeps the front", (strategy) => {
    const opt = run({ ...MO, strategy }, 9);
    expect(opt.paretoFront().length).toBeGreaterThan(0);
    for (const t of opt.paretoFront()) expect(t.constraints![0]).toBeLessThanOrEqual(0);
  });
});

describe("state travels", () => {
  it("export and import round-trip values and constraints; the restored optimizer asks the same", () => {
    const opt = run(MO, 10);
    const [pending] = opt.ask(1);
    const data = structuredClone(opt.exportObservations());
    expect(data.version).toBe(3);
    expect(data.trials[0]).toMatchObject({ state: "completed", values: expect.any(Array), constraints: expect.any(Array) });
    const copy = createOptimizer(MO);
    copy.importObservations(data);
    copy.restoreState(structuredClone(opt.exportState()));
    expect(copy.exportObservations()).toEqual(data);
    expect(copy.paretoFront()).toEqual(opt.paretoFront());
    expect(copy.ask(2)).toEqual(opt.ask(2));
    expect(pending).toBeDefined();
  });

  it("import checks values and constraints against the options", () => {
    const opt = createOptimizer(MO);
    expect(() => opt.importObservations([{ params: { u: 0.1, v: 0.2 }, state: "completed", value: 1, constraints: [0] }])).toThrow(/observations\[0\]\.values: expected an array of 2 values/);
    expect(() => opt.importObservations([{ params: { u: 0.1, v: 0.2 }, state: "completed", values: [1, 2] }])).toThrow(/observations\[0\]\.constraints/);
    expect(() => opt.importObservations([{ params: { u: 0.1, v: 0.2 }, state: "failed", constraints: [0] }])).toThrow(/completed trial only/);
  });

  it("askRequest, answerAsk and adoptAnswer suggest bit for bit what the optimizer's own asks do", () => {
    const local = createOptimizer(MO);
    const remote = createOptimizer(MO);
    for (let round = 0; round < 7; round++) {
      const own = local.ask(2);
      const adopted = remote.adoptAnswer(structuredClone(answerAsk(structuredClone(remote.askRequest(2)))));
      expect(JSON.stringify(adopted)).toBe(JSON.stringify(own));
      expect(JSON.stringify(remote.exportState())).toBe(JSON.stringify(local.exportState()));
      const o = outcome(own[0]!.params);
      local.tell(own[0]!.id, o.values, { constraints: o.constraints });
      remote.tell(adopted[0]!.id, o.values, { constraints: o.constraints });
    }
    expect(remote.lastAsk).toEqual(local.lastAsk);
  });
});

describe("the bayesian strategy with several objectives", () => {
  it("stopped trials (taken as failures) and a batch of four: distinct, spread-out suggestions", () => {
    const opt = run(MO, 8);
    const [s] = opt.ask(1);
    opt.tellStopped(s!.id, { value: 3 });
    const batch = opt.ask(4).map((b) => [b.params.u as number, b.params.v as number]);
    let closest = Infinity;
    for (let i = 0; i < 4; i++) for (let j = 0; j < i; j++) closest = Math.min(closest, Math.hypot(batch[i]![0]! - batch[j]![0]!, batch[i]![1]! - batch[j]![1]!));
    expect(closest).toBeGreaterThan(0.01);
  });

  it("beats random search on BraninCurrin's hypervolume (reference 18, 6), on each of two seeds", () => {
    const hv = (strategy: "bayesian" | "random", seed: number): number => {
      const opt = createOptimizer({ space: SPACE, objectives: ["minimize", "minimize"], strategy, seed });
      const points: number[][] = [];
      for (let i = 0; i < 20; i++) {
        const [s] = opt.ask(1);
        const y = braninCurrin(s!.params);
        points.push(y);
        opt.tell(s!.id, y);
      }
      expect(hypervolume(opt.paretoFront().map((t) => t.values), [18, 6])).toBeCloseTo(hypervolume(points, [18, 6]), 10);
      return hypervolume(points, [18, 6]);
    };
    for (const seed of [1, 2]) expect(hv("bayesian", seed)).toBeGreaterThan(hv("random", seed) + 5);
  });
});
