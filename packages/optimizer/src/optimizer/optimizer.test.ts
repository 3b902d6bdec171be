import { describe, expect, it } from "vitest";
import { createOptimizer } from "./optimizer.js";
import type { OptimizerOptions } from "./optimizer-options.js";

const SPACE = {
  lr: { type: "continuous", min: 1e-5, max: 1, scaling: "log" },
  layers: { type: "integer", min: 1, max: 8 },
  act: { type: "categorical", values: ["relu", "tanh"] },
} as const;
const objective = (p: Record<string, unknown>): number =>
  (Math.log10(p.lr as number) + 2.5) ** 2 + 0.1 * ((p.layers as number) - 5) ** 2 + (p.act === "tanh" ? 0 : 0.3);

function run(options: OptimizerOptions, rounds: number, q: number) {
  const opt = createOptimizer(options);
  const seen: unknown[] = [];
  for (let r = 0; r < rounds; r++) {
    const batch = opt.ask(q);
    seen.push(...batch);
    for (const s of batch) opt.tell(s.id, objective(s.params));
  }
  return { opt, seen };
}

describe("createOptimizer", () => {
  it.each(["bayesian", "random", "grid"] as const)("%s: the same seed gives the same suggestions, bit for bit", (strategy) => {
    const a = run({ space: SPACE, objective: "minimize", strategy, seed: 11 }, 5, 2).seen;
    const b = run({ space: SPACE, objective: "minimize", strategy, seed: 11 }, 5, 2).seen;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("different seeds give different suggestions", () => {
    const a = run({ space: SPACE, objective: "minimize", seed: 1 }, 1, 3).seen;
    const b = run({ space: SPACE, objective: "minimize", seed: 2 }, 1, 3).seen;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });

  it("finds a good mixed configuration (log-continuous, integer, categorical) in 30 trials", () => {
    const { opt } = run({ space: SPACE, objective: "minimize", seed: 4 }, 15, 2);
    const best = opt.best()!;
    expect(best.value).toBeLessThan(0.15);
    expect(best.params.act).toBe("tanh");
  });

  it("maximizes when asked to", () => {
    const opt = createOptimizer({ space: SPACE, objective: "maximize", seed: 2 });
    for (let i = 0; i < 20; i++) {
      const [s] = opt.ask(1);
      opt.tell(s!.id, -objective(s!.params));
    }
    expect(opt.best()!.value).toBeGreaterThan(-0.3);
  });

  it("uses max(5, parameters + 1) quasi-random points before the model, or initialTrials", () => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", seed: 1, initialTrials: 3 });
    expect(opt.ask(3)).toHaveLength(3);
  });

  it("grid enumerates every combination once, then returns fewer", () => {
    const opt = createOptimizer({
      space: { a: { type: "categorical", values: ["x", "y"] }, k: { type: "integer", min: 1, max: 3 }, c: { type: "continuous", min: 0, max: 1, gridPoints: 2 } },
      objective: "minimize",
      strategy: "grid",
    });
    const all = opt.ask(20);
    expect(all).toHaveLength(12);
    expect(new Set(all.map((s) => JSON.stringify(s.params))).size).toBe(12);
    expect(all[0]!.params).toEqual({ a: "x", k: 1, c: 0 });
    expect(all[11]!.params).toEqual({ a: "y", k: 3, c: 1 });
  });

  it("random suggestions stay inside the space", () => {
    const { seen } = run({ space: SPACE, objective: "minimize", strategy: "random", seed: 9 }, 1, 50);
    for (const s of seen as { params: Record<string, number | string> }[]) {
      expect(s.params.lr as number).toBeGreaterThanOrEqual(1e-5);
      expect(Number.isInteger(s.params.layers)).toBe(true);
    }
  });
});

describe("bad calls throw typed errors", () => {
  const opt = createOptimizer({ space: SPACE, objective: "minimize", seed: 1 });
  const [a, b] = opt.ask(2);

  it("unknown id", () => expect(() => opt.tell(999, 1)).toThrowError(expect.objectContaining({ code: "UNKNOWN_TRIAL", trialId: 999 })));
  it("NaN and infinite values", () => {
    expect(() => opt.tell(a!.id, Number.NaN)).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "value" }));
    expect(() => opt.tell(a!.id, Infinity)).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "value" }));
  });
  it("a second tell", () => {
    opt.tell(a!.id, 1);
    expect(() => opt.tell(a!.id, 2)).toThrowError(expect.objectContaining({ code: "TRIAL_ALREADY_FINISHED" }));
    opt.tellFailure(b!.id);
    expect(() => opt.tellFailure(b!.id)).toThrowError(expect.objectContaining({ code: "TRIAL_ALREADY_FINISHED", state: "failed" }));
  });
  it("n < 1 or not an integer", () => {
    expect(() => opt.ask(0)).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "n" }));
    expect(() => opt.ask(1.5)).toThrowError(expect.objectContaining({ field: "n" }));
  });
  it("bad options name the field and the allowed values", () => {
    expect(() => createOptimizer({ space: SPACE, objective: "min" as never })).toThrow(/objective: expected one of minimize \| maximize/);
    expect(() => createOptimizer({ space: SPACE, objective: "minimize", strategy: "tpe" as never })).toThrow(/strategy/);
    expect(() => createOptimizer({ space: SPACE, objective: "minimize", batch: { liar: "median" as never } })).toThrow(/batch\.liar/);
    expect(() => createOptimizer({ space: { x: { type: "continuous", min: 1, max: 0 } }, objective: "minimize" })).toThrowError(
      expect.objectContaining({ code: "INVALID_SPACE", parameter: "x" }),
    );
  });
});

describe("export and import", () => {
  it("a restarted optimizer carries on: observations kept, pending trials adopted, ids never reused", () => {
    const { opt } = run({ space: SPACE, objective: "minimize", seed: 6 }, 4, 2);
    const running = opt.ask(2);
    const restarted = createOptimizer({ space: SPACE, objective: "minimize", seed: 6 });
    restarted.importObservations(JSON.parse(JSON.stringify(opt.exportObservations())));
    expect(restarted.best()).toEqual(opt.best());
    expect(restarted.pendingCount).toBe(2);
    restarted.tell(running[0]!.id, 0.5);
    const next = restarted.ask(3);
    const ids = restarted.exportObservations().trials.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.min(...next.map((s) => s.id))).toBeGreaterThan(running[1]!.id);
  });

  it.each([
    ["bayesian", 2],
    ["bayesian", 12],
    ["random", 3],
    ["grid", 3],
  ] as const)("%s after %i rounds: observations and exportState restored, the next suggestions are the uninterrupted ones", (strategy, rounds) => {
    const options = { space: SPACE, objective: "minimize", strategy, seed: 21 } as const;
    const { opt } = run(options, rounds, 2);
    const running = opt.ask(1);
    const restarted = createOptimizer(options);
    restarted.importObservations(JSON.parse(JSON.stringify(opt.exportObservations())));
    restarted.restoreState(JSON.parse(JSON.stringify(opt.exportState())));
    for (const o of [opt, restarted]) o.tell(running[0]!.id, objective(running[0]!.params));
    for (let r = 0; r < 3; r++) {
      const a = opt.ask(2);
      const b = restarted.ask(2);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      for (const s of a) {
        opt.tell(s.id, objective(s.params));
        restarted.tell(s.id, objective(s.params));
      }
    }
    // Without the state the same observations give other suggestions (the test can fail). Not for grid
    // (the cursor skips tried points anyway) nor random: a generator replayed from the seed redraws the
    // tried points, which the no-repeat rule skips, and ends where the restored state stands.
    if (strategy === "bayesian") {
      const bare = createOptimizer(options);
      bare.importObservations(opt.exportObservations());
      const withState = createOptimizer(options);
      withState.importObservations(opt.exportObservations());
      withState.restoreState(opt.exportState());
      expect(JSON.stringify(bare.ask(2))).not.toBe(JSON.stringify(withState.ask(2)));
    }
  });

  it("restoreState rejects what exportState never gave", () => {
    expect(() => createOptimizer({ space: SPACE, objective: "minimize" }).restoreState({ version: 2 } as never)).toThrow(/state: expected/);
  });

  it("warm-starts from another job's observations (fresh ids) and rejects bad records", () => {
    const { opt } = run({ space: SPACE, objective: "minimize", seed: 8 }, 5, 2);
    const child = createOptimizer({ space: SPACE, objective: "minimize", seed: 9 });
    const parent = opt.exportObservations().trials.map(({ params, state, value }) => ({ params, state, value }));
    expect(child.importObservations(parent)).toEqual(parent.map((_, i) => i));
    expect(() => child.importObservations([{ params: { lr: 5, layers: 1, act: "relu" }, state: "completed", value: 1 }])).toThrow(/params\.lr/);
    expect(() => child.importObservations([{ id: 0, params: parent[0]!.params, state: "completed", value: 1 }])).toThrow(/observations\[0\]\.id/);
    expect(() => child.importObservations([{ params: parent[0]!.params, state: "completed" }])).toThrow(/observations\[0\]\.value/);
  });
});
