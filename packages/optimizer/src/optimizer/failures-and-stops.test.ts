import { describe, expect, it } from "vitest";
import type { Params } from "../space/parameter-spec.js";
import { REPEAT_TOLERANCE } from "../space/tried-points.js";
import { createOptimizer, type ObservationRecord, type Optimizer } from "./optimizer.js";
import type { OptimizerOptions } from "./optimizer-options.js";
import { answerAsk } from "./remote-ask.js";

// Branin on [-5, 10] x [0, 15] (lower is better).
const SPACE = { x: { type: "continuous", min: -5, max: 10 }, y: { type: "continuous", min: 0, max: 15 } } as const;
const branin = (p: Params): number => {
  const x = p.x as number;
  const y = p.y as number;
  return (y - (5.1 / (4 * Math.PI ** 2)) * x * x + (5 / Math.PI) * x - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x) + 10;
};
const OPTIONS: OptimizerOptions = { space: SPACE, objective: "minimize", seed: 4 };

/** 10 trials told (one at a time), enough for the GP to have a clear maximum of EI. */
function warmed(options: OptimizerOptions = OPTIONS): Optimizer {
  const opt = createOptimizer(options);
  for (let i = 0; i < 10; i++) {
    const [s] = opt.ask(1);
    opt.tell(s!.id, branin(s!.params));
  }
  return opt;
}

/** An optimizer rebuilt from another's export and suggestion state, as the coordinator's replay does. */
function rebuilt(from: Optimizer, records: readonly ObservationRecord[] = from.exportObservations().trials, options: OptimizerOptions = OPTIONS): Optimizer {
  const o = createOptimizer(options);
  o.importObservations(JSON.parse(JSON.stringify(records)) as ObservationRecord[]);
  o.restoreState(JSON.parse(JSON.stringify(from.exportState())));
  return o;
}

describe("an infrastructure failure leaves the model unchanged", () => {
  it("somewhere away from the next suggestion: the next suggestions are the same, bit for bit, as without it", () => {
    const base = warmed();
    const elsewhere = { x: 9.5, y: 14.5 };
    const records = base.exportObservations().trials;
    const withInfra = rebuilt(base, [...records, { params: elsewhere, state: "failed", infrastructure: true }]);
    const without = rebuilt(base, records);
    const withTraining = rebuilt(base, [...records, { params: elsewhere, state: "failed" }]);
    const a = withInfra.ask(2).map((s) => s.params);
    const b = without.ask(2).map((s) => s.params);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(withInfra.lastAsk.bestLogFeasibility).toBeUndefined();
    // The same record as a training failure does teach the model (so the comparison above can fail).
    expect(JSON.stringify(withTraining.ask(2).map((s) => s.params))).not.toBe(JSON.stringify(b));
    expect(withTraining.lastAsk.bestLogFeasibility).toBeLessThanOrEqual(0);
  });

  it("at the point the model wants most: the next suggestion is another of its maxima, never the point again", () => {
    const base = warmed();
    const records = base.exportObservations().trials;
    const without = rebuilt(base, records);
    const wanted = without.ask(1)[0]!.params;
    // The same history and state, with an infrastructure failure exactly where the model would ask next.
    const withInfra = rebuilt(base, [...records, { params: wanted, state: "failed", infrastructure: true }]);
    const next = withInfra.ask(1)[0]!.params;
    const step = Math.max(Math.abs((next.x as number) - (wanted.x as number)) / 15, Math.abs((next.y as number) - (wanted.y as number)) / 15);
    expect(step).toBeGreaterThan(REPEAT_TOLERANCE);
    // No feasibility model was built, and the model rates its choice below the one it may not repeat.
    expect(withInfra.lastAsk.bestLogFeasibility).toBeUndefined();
    expect(withInfra.lastAsk.bestLogEi!).toBeLessThanOrEqual(without.lastAsk.bestLogEi!);
  });
});

describe("training failures teach the feasibility model", () => {
  it("after failures in the region the model wants, the suggestions leave it", () => {
    // Every trial with x > 2.5 fails: two of Branin's three minima are there.
    const run = (teach: boolean) => {
      const opt = createOptimizer({ ...OPTIONS, seed: 1 });
      let failed = 0;
      for (let i = 0; i < 25; i++) {
        const [s] = opt.ask(1);
        if ((s!.params.x as number) > 2.5) {
          failed++;
          opt.tellFailure(s!.id, { infrastructure: !teach });
        } else opt.tell(s!.id, branin(s!.params));
      }
      return { failed, best: opt.best()!.value };
    };
    const taught = run(true);
    const untaught = run(false);
    expect(taught.failed).toBeLessThan(untaught.failed);
    expect(taught.failed).toBeLessThanOrEqual(10);
    // The feasible optimum is 0.397887 at (-pi, 12.275).
    expect(taught.best).toBeLessThan(1);
  });
});

describe("stopped trials", () => {
  it("told as stopped (default policy, the median), they steer the search to fewer stopped trials than when ignored", () => {
    // Issue #16's case: once 5 trials completed, a trial above their median is stopped, unvalued.
    const run = (stoppedTrials: "median" | "ignore" | undefined, seed: number) => {
      const opt = createOptimizer({ ...OPTIONS, seed, ...(stoppedTrials ? { stoppedTrials } : {}) });
      const completed: number[] = [];
      let stopped = 0;
      for (let i = 0; i < 25; i++) {
        const [s] = opt.ask(1);
        const v = branin(s!.params);
        const sorted = [...completed].sort((a, b) => a - b);
        const median = sorted.length % 2 ? sorted[sorted.length >> 1]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
        if (completed.length >= 5 && v > median) {
          stopped++;
          opt.tellStopped(s!.id);
        } else {
          completed.push(v);
          opt.tell(s!.id, v);
        }
      }
      return { stopped, best: opt.best()!.value };
    };
    for (const seed of [0, 1]) {
      const told = run(undefined, seed);
      const ignored = run("ignore", seed);
      expect(told.stopped).toBeLessThan(ignored.stopped);
      expect(told.best).toBeLessThan(ignored.best);
    }
  });
});

describe("export and import keep failure and stopped information", () => {
  function mixedHistory(): Optimizer {
    const opt = warmed();
    const batch = opt.ask(4);
    opt.tellFailure(batch[0]!.id);
    opt.tellFailure(batch[1]!.id, { infrastructure: true });
    opt.tellStopped(batch[2]!.id, { value: branin(batch[2]!.params) + 5, step: 3 });
    opt.tellStopped(batch[3]!.id);
    return opt;
  }

  it("records carry the kind of failure and the stopped trial's value and step; a replay suggests the same", () => {
    const opt = mixedHistory();
    const exported = opt.exportObservations();
    expect(exported.version).toBe(2);
    const tail = exported.trials.slice(-4).map(({ state, value, step, infrastructure }) => ({ state, value, step, infrastructure }));
    expect(tail[0]).toEqual({ state: "failed", value: undefined, step: undefined, infrastructure: undefined });
    expect(tail[1]).toEqual({ state: "failed", value: undefined, step: undefined, infrastructure: true });
    expect(tail[2]).toMatchObject({ state: "stopped", step: 3 });
    expect(tail[2]!.value).toBeTypeOf("number");
    expect(tail[3]).toEqual({ state: "stopped", value: undefined, step: undefined, infrastructure: undefined });
    const replay = rebuilt(opt);
    for (let r = 0; r < 3; r++) {
      const a = opt.ask(2);
      const b = replay.ask(2);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      for (const s of a) {
        opt.tellFailure(s.id);
        replay.tellFailure(s.id);
      }
    }
    expect(JSON.stringify(replay.exportState())).toBe(JSON.stringify(opt.exportState()));
  });

  it("a replay that loses the information suggests otherwise (the test above can fail)", () => {
    const opt = mixedHistory();
    const lossy = opt.exportObservations().trials.map((t) => (t.state === "stopped" ? { ...t, state: "failed" as const, value: undefined, step: undefined } : t));
    const replay = rebuilt(opt, lossy);
    expect(JSON.stringify(replay.ask(2))).not.toBe(JSON.stringify(opt.ask(2)));
  });

  it("answerAsk on another thread suggests what the local ask does, failures and stops included", () => {
    const local = mixedHistory();
    const remote = rebuilt(local);
    const answer = structuredClone(answerAsk(structuredClone(remote.askRequest(3))));
    const adopted = remote.adoptAnswer(answer);
    expect(JSON.stringify(adopted)).toBe(JSON.stringify(local.ask(3)));
  });

  it("adoptAnswer leaves out a suggestion that repeats a trial imported since the request", () => {
    const opt = mixedHistory();
    const answer = answerAsk(opt.askRequest(2));
    opt.importObservations([{ params: answer.suggestions[0]!.params, state: "completed", value: 1 }]);
    const taken = opt.adoptAnswer(answer);
    expect(taken.map((s) => JSON.stringify(s.params))).toEqual([JSON.stringify(answer.suggestions[1]!.params)]);
  });
});

describe("bad calls", () => {
  const opt = createOptimizer(OPTIONS);
  const [a, b, c] = opt.ask(3);
  it("tellFailure and tellStopped name the bad field", () => {
    expect(() => opt.tellFailure(a!.id, { infrastructure: "yes" as never })).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "infrastructure" }));
    expect(() => opt.tellStopped(a!.id, { value: Number.NaN })).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "value" }));
    expect(() => opt.tellStopped(a!.id, { step: -1 })).toThrowError(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "step" }));
    opt.tellStopped(b!.id, { value: 1, step: 2 });
    expect(() => opt.tellStopped(b!.id)).toThrowError(expect.objectContaining({ code: "TRIAL_ALREADY_FINISHED", state: "stopped" }));
    opt.tellFailure(c!.id, { infrastructure: true });
    expect(() => opt.tell(c!.id, 1)).toThrowError(expect.objectContaining({ code: "TRIAL_ALREADY_FINISHED", state: "failed" }));
  });
  it("imported records with the new fields in the wrong place are rejected by field", () => {
    const o = createOptimizer(OPTIONS);
    expect(() => o.importObservations([{ params: { x: 0, y: 0 }, state: "completed", value: 1, infrastructure: true }])).toThrow(/observations\[0\]\.infrastructure/);
    expect(() => o.importObservations([{ params: { x: 0, y: 0 }, state: "failed", step: 2 }])).toThrow(/observations\[0\]\.step/);
    expect(() => o.importObservations([{ params: { x: 0, y: 0 }, state: "failed", infrastructure: 1 as never }])).toThrow(/observations\[0\]\.infrastructure/);
    expect(o.importObservations([{ params: { x: 0, y: 0 }, state: "completed", value: 1, infrastructure: false }])).toEqual([0]);
    expect(() => o.importObservations([{ params: { x: 0, y: 0 }, state: "stopped", value: Number.NaN }])).toThrow(/observations\[0\]\.value/);
    expect(() => o.importObservations([{ params: { x: 0, y: 0 }, state: "done" as never }])).toThrow(/pending \| completed \| failed \| stopped/);
  });
  it("an unknown stoppedTrials policy is named", () => {
    expect(() => createOptimizer({ ...OPTIONS, stoppedTrials: "mean" as never })).toThrow(/stoppedTrials: expected one of median \| pessimistic/);
  });
});
