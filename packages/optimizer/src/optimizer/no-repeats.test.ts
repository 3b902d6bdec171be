import { describe, expect, it } from "vitest";
import { SearchSpace } from "../space/search-space.js";
import type { Params } from "../space/parameter-spec.js";
import { createOptimizer, type Optimizer, type Suggestion } from "./optimizer.js";
import type { StrategyName } from "./optimizer-options.js";

const SPACE = {
  lr: { type: "continuous", min: 1e-5, max: 1, scaling: "log" },
  dropout: { type: "continuous", min: 0, max: 0.5 },
  layers: { type: "integer", min: 1, max: 8 },
  act: { type: "categorical", values: ["relu", "tanh"] },
} as const;
const f = (p: Params): number => (Math.log10(p.lr as number) + 2.5) ** 2 + 4 * ((p.dropout as number) - 0.1) ** 2 + 0.1 * ((p.layers as number) - 5) ** 2 + (p.act === "tanh" ? 0 : 0.3);

/**
 * Independent of TriedPoints: continuous coordinates within 1e-4 of the range (the documented
 * tolerance, written out so that a weaker one in the code fails here), discrete values equal.
 */
const TOLERANCE = 1e-4;
function repeatsOf(spec: object, suggestions: readonly Params[]): number {
  const space = new SearchSpace(spec);
  let repeats = 0;
  suggestions.forEach((p, i) => {
    const x = space.encode(p);
    const near = suggestions.slice(0, i).some((q) => {
      const y = space.encode(q);
      return space.parameters.every((d) => (d.kind === "continuous" ? Math.abs(x[d.offset]! - y[d.offset]!) <= TOLERANCE : p[d.name] === q[d.name]));
    });
    if (near) repeats++;
  });
  return repeats;
}

type Outcome = "tell" | "fail" | "infrastructure" | "stop";
/**
 * Runs `rounds` asks of size q, keeping `inFlight` of each batch pending to the next round, and ends
 * each finished trial as `outcome(i)` says. Returns every suggestion in order.
 */
function drive(opt: Optimizer, rounds: number, q: number, outcome: (i: number, s: Suggestion) => Outcome): Params[] {
  const seen: Params[] = [];
  let pending: Suggestion[] = [];
  let i = 0;
  for (let r = 0; r < rounds; r++) {
    const batch = opt.ask(q);
    seen.push(...batch.map((s) => s.params));
    const all = [...pending, ...batch];
    // The oldest finish; the newest one stays pending into the next ask.
    pending = all.slice(-1);
    for (const s of all.slice(0, -1)) {
      const o = outcome(i++, s);
      if (o === "tell") opt.tell(s.id, f(s.params));
      else if (o === "fail") opt.tellFailure(s.id);
      else if (o === "infrastructure") opt.tellFailure(s.id, { infrastructure: true });
      else opt.tellStopped(s.id, { value: f(s.params) + 1, step: 2 });
    }
  }
  return seen;
}

describe("no suggestion repeats a tried configuration", () => {
  const cases: [string, (i: number, s: Suggestion) => Outcome][] = [
    // Every other trial fails for a reason of its configuration.
    ["training failures", (i) => (i % 2 ? "fail" : "tell")],
    // Infrastructure failures leave the model as it was: without the rule its maximum stays put and
    // the same point comes back (issue #16's 23 asks of one point out of 30).
    ["infrastructure failures", (i) => (i < 6 ? "tell" : "infrastructure")],
    // Stopped trials, with stopped trials told nothing to the model.
    ["early stops", (i) => (i < 6 ? "tell" : i % 3 ? "stop" : "tell")],
  ];
  for (const strategy of ["bayesian", "random", "grid"] as StrategyName[]) {
    for (const [name, outcome] of cases) {
      it(`${strategy}, ${name}, trials pending, mixed space (log-continuous, continuous, integer, categorical)`, () => {
        const opt = createOptimizer({ space: { ...SPACE, dropout: { ...SPACE.dropout, gridPoints: 3 } }, objective: "minimize", strategy, seed: 3, stoppedTrials: "ignore" });
        const seen = drive(opt, 14, 2, outcome);
        expect(seen.length).toBe(28);
        expect(repeatsOf(SPACE, seen)).toBe(0);
      });
    }
  }

  it("the check itself sees a repeat 1e-7 away (the test above can fail)", () => {
    const p = { lr: 0.01, dropout: 0.2, layers: 3, act: "tanh" };
    expect(repeatsOf(SPACE, [p, { ...p, lr: 0.01 * (1 + 1e-7) }])).toBe(1);
    expect(repeatsOf(SPACE, [p, { ...p, layers: 4 }])).toBe(0);
  });

  it("isRepeat says whether params repeat a known trial", () => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", seed: 1 });
    const [s] = opt.ask(1);
    expect(opt.isRepeat(s!.params)).toBe(true);
    expect(opt.isRepeat({ ...s!.params, layers: s!.params.layers === 1 ? 2 : 1 })).toBe(false);
  });
});

describe("a small discrete space, fully enumerated", () => {
  const small = { act: { type: "categorical", values: ["relu", "tanh", "gelu"] }, layers: { type: "integer", min: 1, max: 3 } } as const;
  for (const strategy of ["bayesian", "random", "grid"] as StrategyName[]) {
    it(`${strategy}: suggests each of the 9 configurations once, under failures, stops and pending trials, then says it is used up`, () => {
      const opt = createOptimizer({ space: small, objective: "minimize", strategy, seed: 2 });
      const seen: Params[] = [];
      let pending: Suggestion[] = [];
      for (let r = 0; r < 12; r++) {
        const batch = opt.ask(2);
        seen.push(...batch.map((s) => s.params));
        const all = [...pending, ...batch];
        pending = all.slice(-1);
        all.slice(0, -1).forEach((s, i) => {
          if ((r + i) % 3 === 0) opt.tellFailure(s.id);
          else if ((r + i) % 3 === 1) opt.tellStopped(s.id);
          else opt.tell(s.id, (s.params.layers as number) + (s.params.act === "tanh" ? 0 : 1));
        });
      }
      expect(seen.length).toBe(9);
      expect(new Set(seen.map((p) => JSON.stringify(p))).size).toBe(9);
      expect(opt.ask(3)).toEqual([]);
    });
  }
});
