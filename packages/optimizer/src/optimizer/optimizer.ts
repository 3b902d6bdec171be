import { toInternalLiar } from "../batching/constant-liar.js";
import { InvalidArgumentError, TrialAlreadyFinishedError, UnknownTrialError } from "../errors.js";
import { createRng, rngFromState, type Rng, type RngState } from "../random/rng.js";
import type { Params } from "../space/parameter-spec.js";
import { SearchSpace } from "../space/search-space.js";
import { REPEAT_TOLERANCE, TriedPoints } from "../space/tried-points.js";
import { BayesianStrategy } from "../strategies/bayesian-strategy.js";
import { GridStrategy } from "../strategies/grid-strategy.js";
import { RandomStrategy } from "../strategies/random-strategy.js";
import { DEFAULT_STOPPED_POLICY } from "../strategies/stopped-trials.js";
import type { Observation, ProposalDiagnostics, Strategy, StrategyState } from "../strategies/strategy.js";
import { nonDominated } from "../pareto/non-dominated.js";
import { directionsOf, validateOptions, type Objective, type OptimizerOptions, type StrategyName } from "./optimizer-options.js";

export const TRIAL_STATES = ["pending", "completed", "failed", "stopped"] as const;
export type TrialState = (typeof TRIAL_STATES)[number];

export interface Suggestion {
  id: number;
  params: Params;
}

/**
 * One trial as exported: enough to rebuild the optimizer after a restart or to warm-start another.
 * - completed: `value`, the objective;
 * - failed: `infrastructure: true` when the failure said nothing about the configuration (a lost
 *   worker, MAX_DELIVERIES, a container that never started): the model ignores it; without it the
 *   failure teaches the feasibility model where trials fail;
 * - stopped (early-stopped): `value`, the last objective value it reported, and `step`, when it was
 *   stopped, if known; the stopped policy decides what the model makes of it (stopped-trials.ts).
 * With several objectives a completed trial carries `values` (one per objective, in the objectives'
 * own directions) instead of `value`; with constraints it carries `constraints` (one per constraint,
 * <= 0 feasible, null when the metric was not reported: infeasible).
 * Every trial, whatever its state, counts as tried: no suggestion repeats it.
 */
export interface ObservationRecord {
  id?: number;
  params: Params;
  state: TrialState;
  value?: number;
  values?: number[];
  constraints?: (number | null)[];
  step?: number;
  infrastructure?: boolean;
}

/** What tell() learns besides the objective values. */
export interface TellOptions {
  /** One value per constraint the optimizer was created with: <= 0 feasible; null, not reported (infeasible). */
  constraints?: readonly (number | null)[];
}

/** A trial of the Pareto front: its objective values as told (the objectives' own directions). */
export interface ParetoTrial {
  id: number;
  params: Params;
  values: number[];
  /** Its constraint values, when the optimizer has constraints (all <= 0: only feasible trials are on the front). */
  constraints?: number[];
}

/** The best feasible trial of a single-objective job with constraints. */
export interface FeasibleTrial extends Suggestion {
  value: number;
  constraints: number[];
}

/** What a failure was: `infrastructure: true` when it says nothing about the configuration. */
export interface FailureOptions {
  /**
   * The trial failed for a reason outside its configuration (worker lost, MAX_DELIVERIES, container did
   * not start): the configuration counts as tried, and the model is left exactly as it was. Default
   * false: a training failure, which teaches the feasibility model.
   */
  infrastructure?: boolean;
}

/** What is known of an early-stopped trial. */
export interface StoppedOptions {
  /** The last objective value it reported before it was stopped. */
  value?: number;
  /** The step (epoch) of that value. */
  step?: number;
}

// `Array.isArray` narrows a readonly array to `any[]`, losing the record type; this keeps it.
function isRecordList(data: ExportedObservations | readonly ObservationRecord[]): data is readonly ObservationRecord[] {
  return Array.isArray(data);
}

/**
 * Version 2 added the "stopped" state and the `step` and `infrastructure` fields; a version-1 export
 * (states pending, completed, failed; every failure a training failure) imports unchanged. Version 3
 * (written by optimizers with several objectives or constraints only) added `values` and `constraints`.
 */
export interface ExportedObservations {
  version: 1 | 2 | 3;
  trials: ObservationRecord[];
}

/**
 * Everything besides the observations that decides the next suggestion: the generator's position
 * and the strategy's carried state. Plain JSON; with the same observations imported, an optimizer
 * restored from it suggests exactly what the exporting one would have.
 */
export interface OptimizerState {
  version: 1;
  rng: RngState;
  strategy?: StrategyState;
}

/**
 * Everything one ask needs, as plain data (structured-clone and JSON safe): another thread or process
 * answers it with answerAsk, and the optimizer that made it adopts the answer. The GP fit and the
 * acquisition search, tens of milliseconds, then run off the caller's event loop.
 */
export interface AskRequest {
  /** The optimizer's options, without the clock (a function does not cross threads). */
  options: Omit<OptimizerOptions, "clock">;
  observations: ObservationRecord[];
  state: OptimizerState;
  /** The id the next suggestion gets. */
  nextId: number;
  n: number;
}

export interface AskAnswer {
  suggestions: Suggestion[];
  /** The suggestion state after the ask, to adopt with the suggestions taken. */
  state: OptimizerState;
  diagnostics: ProposalDiagnostics;
}

interface Trial {
  id: number;
  params: Params;
  x: Float64Array;
  state: TrialState;
  /** The one objective's value (completed), or the last reported value (stopped). */
  value?: number;
  /** Every objective's value, with several objectives (completed). */
  values?: number[];
  constraints?: (number | null)[];
  step?: number;
  infrastructure?: boolean;
}

/** The ask/tell optimizer of the design (see ../shared design, "The optimizer's public API"). */
export class Optimizer {
  readonly space: SearchSpace;
  /** The (first) objective's direction. */
  readonly objective: Objective;
  /** Every objective's direction (one entry with `objective`). */
  readonly objectives: readonly Objective[];
  /** How many constraint values each completed trial reports. */
  readonly constraintCount: number;
  readonly strategyName: StrategyName;
  private readonly strategy: Strategy;
  private rng: Rng;
  private readonly trials = new Map<number, Trial>();
  private nextId = 0;
  private readonly options: Omit<OptimizerOptions, "clock">;
  /** The diagnostics of an adopted answer, until the next ask of this optimizer's own. */
  private adopted: ProposalDiagnostics | undefined;

  constructor(options: OptimizerOptions) {
    validateOptions(options);
    const { clock, ...plain } = options;
    void clock;
    this.options = structuredClone(plain);
    this.space = new SearchSpace(options.space);
    this.objectives = directionsOf(options);
    this.objective = this.objectives[0]!;
    this.constraintCount = options.constraints ?? 0;
    this.strategyName = options.strategy ?? "bayesian";
    this.rng = createRng(options.seed ?? 0);
    this.strategy = this.makeStrategy(options);
  }

  /**
   * Up to n suggestions, none a repeat of a tried configuration (pending, completed, failed or
   * stopped; tried-points.ts) nor of each other; pending trials are accounted for. Fewer than n only
   * when nothing new is left: a used-up grid, or a discrete space whose every configuration was tried.
   */
  ask(n = 1): Suggestion[] {
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("n", "an integer >= 1", n);
    this.adopted = undefined;
    const all = [...this.trials.values()];
    const tried = new TriedPoints(this.space, REPEAT_TOLERANCE, all.map((t) => t.x));
    const xs = this.strategy.propose(n, {
      space: this.space,
      observations: all.filter((t) => t.state === "completed").map((t) => this.observation(t)),
      pending: all.filter((t) => t.state === "pending").map((t) => t.x),
      failures: all.filter((t) => t.state === "failed" && !t.infrastructure).map((t) => t.x),
      stopped: all
        .filter((t) => t.state === "stopped")
        .map((t) => ({ x: t.x, ...(t.value === undefined ? {} : { y: this.internal(t.value) }), ...(t.step === undefined ? {} : { step: t.step }) })),
      trialsCreated: this.nextId,
      rng: this.rng,
      tried: tried.clone(),
    });
    const out: Suggestion[] = [];
    for (const proposed of xs) {
      // The model learns the point as the trial will run it (decoded, then encoded again): a restarted
      // optimizer, which reads only the parameters back, then sees exactly the same point.
      const params = this.space.decode(proposed);
      const x = this.space.encode(params);
      // The strategies never propose a repeat; this keeps the promise for any strategy.
      if (tried.has(x)) continue;
      tried.add(x);
      const trial: Trial = { id: this.nextId++, params, x, state: "pending" };
      this.trials.set(trial.id, trial);
      out.push({ id: trial.id, params: { ...trial.params } });
    }
    return out;
  }

  /** True when params lie within the repeat tolerance of a trial this optimizer knows (tried-points.ts). */
  isRepeat(params: Params): boolean {
    const x = this.space.encode(params);
    return new TriedPoints(this.space, REPEAT_TOLERANCE, [...this.trials.values()].map((t) => t.x)).has(x);
  }

  /** What the last ask learned: its surrogate fit time and best log EI (empty for model-free asks). */
  get lastAsk(): ProposalDiagnostics {
    return { ...(this.adopted ?? this.strategy.diagnostics) };
  }

  /** What ask(n) would need, as plain data, for answerAsk on another thread (remote-ask.ts). */
  askRequest(n = 1): AskRequest {
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("n", "an integer >= 1", n);
    return { options: this.options, observations: this.exportObservations().trials, state: this.exportState(), nextId: this.nextId, n };
  }

  /**
   * Takes the first `take` suggestions of an answer to this optimizer's askRequest, as if its own ask
   * had made them: they are pending, later ids follow them, and the suggestion state is the answer's.
   * Observations told since the request stay as told. A suggestion that repeats a trial added here
   * since the request (an import) is left out, so the no-repeat promise holds across threads too.
   * Returns the suggestions taken.
   */
  adoptAnswer(answer: AskAnswer, take = answer.suggestions.length): Suggestion[] {
    const tried = new TriedPoints(this.space, REPEAT_TOLERANCE, [...this.trials.values()].map((t) => t.x));
    const taken = answer.suggestions.slice(0, take).filter((s) => {
      const x = this.space.encode(s.params);
      if (tried.has(x)) return false;
      tried.add(x);
      return true;
    });
    this.importObservations(taken.map((s) => ({ id: s.id, params: s.params, state: "pending" })));
    this.restoreState(answer.state);
    this.adopted = { ...answer.diagnostics };
    return taken.map((s) => ({ id: s.id, params: { ...this.trials.get(s.id)!.params } }));
  }

  /** Later asks use ids from `nextId` on (an answer computed elsewhere continues the caller's ids). */
  skipIdsBelow(nextId: number): void {
    this.nextId = Math.max(this.nextId, nextId);
  }

  /**
   * Records a finished trial's objective value: a number with one objective, one value per objective
   * (in their order) with several; with constraints, `options.constraints` has one value per
   * constraint (<= 0 feasible, null not reported: the trial is then infeasible, not failed).
   */
  tell(id: number, value: number | readonly number[], options: TellOptions = {}): void {
    const trial = this.pendingTrial(id);
    const values = this.checkValues("value", value);
    if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "an object { constraints? }", options);
    const constraints = this.checkConstraints("constraints", options.constraints);
    trial.state = "completed";
    if (this.objectives.length === 1) trial.value = values[0]!;
    else trial.values = values;
    if (constraints) trial.constraints = constraints;
  }

  /**
   * Records a failed trial: no value, no longer pending, never suggested again. A training failure
   * (the default) teaches the feasibility model that trials fail there; `{ infrastructure: true }`
   * leaves the model exactly as it was (the same next suggestions, the point itself excepted).
   */
  tellFailure(id: number, options: FailureOptions = {}): void {
    if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "an object { infrastructure? }", options);
    if (options.infrastructure !== undefined && typeof options.infrastructure !== "boolean") {
      throw new InvalidArgumentError("infrastructure", "a boolean", options.infrastructure);
    }
    const trial = this.pendingTrial(id);
    trial.state = "failed";
    if (options.infrastructure) trial.infrastructure = true;
  }

  /**
   * Records an early-stopped trial ("worse than the median at step t"): never suggested again, and
   * the model learns from it as the `stoppedTrials` option says (default "median": the objective's GP
   * takes it as the completed trials' median, the bound the stop implies; stopped-trials.ts).
   */
  tellStopped(id: number, options: StoppedOptions = {}): void {
    if (options === null || typeof options !== "object") throw new InvalidArgumentError("options", "an object { value?, step? }", options);
    const { value, step } = options;
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value))) throw new InvalidArgumentError("value", "a finite number", value);
    if (step !== undefined && !(typeof step === "number" && Number.isFinite(step) && step >= 0)) throw new InvalidArgumentError("step", "a finite number >= 0", step);
    const trial = this.pendingTrial(id);
    trial.state = "stopped";
    if (value !== undefined) trial.value = value;
    if (step !== undefined) trial.step = step;
  }

  get pendingCount(): number {
    let n = 0;
    for (const t of this.trials.values()) if (t.state === "pending") n++;
    return n;
  }

  /**
   * The best completed trial so far, or undefined; with constraints the best feasible one; with several
   * objectives always undefined (there is no one best: see paretoFront).
   */
  best(): (Suggestion & { value: number }) | undefined {
    const best = this.bestFeasible();
    return best && { id: best.id, params: best.params, value: best.value };
  }

  /**
   * The best feasible completed trial of a single-objective job (every constraint value <= 0; without
   * constraints, the best completed one, constraints []), or undefined; undefined with several objectives.
   */
  bestFeasible(): FeasibleTrial | undefined {
    if (this.objectives.length > 1) return undefined;
    let best: Trial | undefined;
    for (const t of this.trials.values()) {
      if (t.state === "completed" && this.feasible(t) && (best === undefined || this.internal(t.value!) < this.internal(best.value!))) best = t;
    }
    return best && { id: best.id, params: { ...best.params }, value: best.value!, constraints: (best.constraints ?? []) as number[] };
  }

  /**
   * The non-dominated feasible completed trials (no other feasible trial is at least as good on every
   * objective and better on one; trials with equal values are all kept), in the order they were created,
   * values as told. With one objective: the best feasible trials. Empty while no trial is feasible.
   */
  paretoFront(): ParetoTrial[] {
    const candidates = [...this.trials.values()].filter((t) => t.state === "completed" && this.feasible(t)).sort((a, b) => a.id - b.id);
    const points = candidates.map((t) => this.valuesOf(t).map((v, j) => this.internal(v, j)));
    return nonDominated(points).map((i) => {
      const t = candidates[i]!;
      return { id: t.id, params: { ...t.params }, values: this.valuesOf(t), ...(t.constraints ? { constraints: t.constraints as number[] } : {}) };
    });
  }

  exportObservations(): ExportedObservations {
    return {
      version: this.objectives.length > 1 || this.constraintCount > 0 ? 3 : 2,
      trials: [...this.trials.values()].map((t) => ({
        id: t.id,
        params: { ...t.params },
        state: t.state,
        ...(t.value === undefined ? {} : { value: t.value }),
        ...(t.values === undefined ? {} : { values: [...t.values] }),
        ...(t.constraints === undefined ? {} : { constraints: [...t.constraints] }),
        ...(t.step === undefined ? {} : { step: t.step }),
        ...(t.infrastructure ? { infrastructure: true } : {}),
      })),
    };
  }

  /**
   * Adds trials from an export (a restart) or from another job (a warm start). Records keep their id
   * when it is free; records without one get a fresh id. Later asks never reuse an imported id.
   */
  importObservations(data: ExportedObservations | readonly ObservationRecord[]): number[] {
    const records = isRecordList(data) ? data : data.trials;
    // Checked as `unknown`: the data may come straight from JSON, and narrowing `records` itself would make it any[].
    if (!Array.isArray(records as unknown)) throw new InvalidArgumentError("observations", "an array of records or { version: 1 | 2 | 3, trials }", data);
    const staged = records.map((r, i) => this.checkRecord(r, i));
    return staged.map((t) => {
      const id = t.id ?? this.nextId;
      this.trials.set(id, { ...t, id });
      this.nextId = Math.max(this.nextId, id + 1);
      return id;
    });
  }

  private checkRecord(r: ObservationRecord, i: number): Omit<Trial, "id"> & { id?: number } {
    const field = `observations[${i}]`;
    if (r === null || typeof r !== "object") throw new InvalidArgumentError(field, "an object { id?, params, state, value?, values?, constraints?, step?, infrastructure? }", r);
    if (!(TRIAL_STATES as readonly string[]).includes(r.state)) throw new InvalidArgumentError(`${field}.state`, TRIAL_STATES.join(" | "), r.state);
    let values: number[] | undefined;
    if (r.state === "completed") {
      // One objective: `value` (or `values` of length one); several: `values`.
      if (this.objectives.length === 1 && r.values === undefined && !(typeof r.value === "number" && Number.isFinite(r.value))) {
        throw new InvalidArgumentError(`${field}.value`, "a finite number for a completed trial", r.value);
      }
      values = this.checkValues(`${field}.values`, this.objectives.length === 1 && r.values === undefined ? r.value! : r.values);
    } else if (r.values !== undefined) throw new InvalidArgumentError(`${field}.values`, "nothing: values are for a completed trial only", r.values);
    if (r.state !== "completed" && r.constraints !== undefined) throw new InvalidArgumentError(`${field}.constraints`, "nothing: constraints are for a completed trial only", r.constraints);
    const constraints = r.state === "completed" ? this.checkConstraints(`${field}.constraints`, r.constraints) : undefined;
    if (r.state === "stopped" && r.value !== undefined && !(typeof r.value === "number" && Number.isFinite(r.value))) {
      throw new InvalidArgumentError(`${field}.value`, "a finite number or nothing for a stopped trial", r.value);
    }
    if (r.step !== undefined && (r.state !== "stopped" || !(typeof r.step === "number" && Number.isFinite(r.step) && r.step >= 0))) {
      throw new InvalidArgumentError(`${field}.step`, "a finite number >= 0, on a stopped trial only", r.step);
    }
    if (r.infrastructure !== undefined && (typeof r.infrastructure !== "boolean" || (r.infrastructure && r.state !== "failed"))) {
      throw new InvalidArgumentError(`${field}.infrastructure`, "a boolean, true on a failed trial only", r.infrastructure);
    }
    if (r.id !== undefined && (!Number.isSafeInteger(r.id) || r.id < 0 || this.trials.has(r.id))) {
      throw new InvalidArgumentError(`${field}.id`, "a non-negative integer not already in use", r.id);
    }
    const x = this.space.encode(r.params);
    return {
      id: r.id,
      params: this.space.decode(x),
      x,
      state: r.state,
      ...(values === undefined ? (r.value === undefined ? {} : { value: r.value }) : this.objectives.length === 1 ? { value: values[0]! } : { values }),
      ...(constraints ? { constraints } : {}),
      ...(r.step === undefined ? {} : { step: r.step }),
      ...(r.infrastructure ? { infrastructure: true } : {}),
    };
  }

  /** The suggestion state (not the observations: exportObservations has those). */
  exportState(): OptimizerState {
    const strategy = this.strategy.exportState?.();
    return { version: 1, rng: this.rng.state(), ...(strategy ? { strategy } : {}) };
  }

  /** Continues from an exportState() of an optimizer with the same options (after importObservations). */
  restoreState(state: OptimizerState): void {
    if (state?.version !== 1 || !Array.isArray(state.rng?.words) || state.rng.words.length !== 4) {
      throw new InvalidArgumentError("state", "an exportState() value { version: 1, rng, strategy? }", state);
    }
    this.rng = rngFromState(state.rng);
    if (state.strategy) this.strategy.restoreState?.(state.strategy);
  }

  private pendingTrial(id: number): Trial {
    const trial = this.trials.get(id);
    if (trial === undefined) throw new UnknownTrialError(id);
    if (trial.state !== "pending") throw new TrialAlreadyFinishedError(id, trial.state);
    return trial;
  }

  /** Internal values are minimized. */
  private internal(value: number, objective = 0): number {
    return this.objectives[objective] === "minimize" ? value : -value;
  }

  private valuesOf(t: Trial): number[] {
    return t.values ? [...t.values] : [t.value!];
  }

  private feasible(t: Trial): boolean {
    return this.constraintCount === 0 || (t.constraints !== undefined && t.constraints.every((c) => c !== null && c <= 0));
  }

  /** A completed trial as the strategies see it (strategy.ts). */
  private observation(t: Trial): Observation {
    const y = this.internal(t.values ? t.values[0]! : t.value!);
    return {
      x: t.x,
      y,
      ...(t.values ? { ys: t.values.map((v, j) => this.internal(v, j)) } : {}),
      ...(t.constraints ? { cs: t.constraints } : {}),
    };
  }

  /** One finite value per objective, as a number (one objective) or an array (any). */
  private checkValues(field: string, value: unknown): number[] {
    const m = this.objectives.length;
    const arity = `${m} value${m === 1 ? "" : "s"} (objective${m === 1 ? "" : "s"}: ${this.objectives.join(", ")})`;
    if (typeof value === "number") {
      if (m !== 1) throw new InvalidArgumentError(field, arity, 1);
      if (!Number.isFinite(value)) throw new InvalidArgumentError(field, "a finite number", value);
      return [value];
    }
    if (!Array.isArray(value)) throw new InvalidArgumentError(field, m === 1 ? "a finite number" : `an array of ${arity}`, value);
    if (value.length !== m) throw new InvalidArgumentError(field, arity, value.length);
    value.forEach((v: unknown, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidArgumentError(`${field}[${j}]`, `a finite number (objective ${j}, ${this.objectives[j]})`, v);
    });
    return [...(value as number[])];
  }

  /** One finite number or null per constraint; undefined when the optimizer has none. */
  private checkConstraints(field: string, constraints: unknown): (number | null)[] | undefined {
    const k = this.constraintCount;
    if (k === 0) {
      if (constraints === undefined || (Array.isArray(constraints) && constraints.length === 0)) return undefined;
      throw new InvalidArgumentError(field, "no constraint values (the optimizer was created with constraints: 0)", constraints);
    }
    const expected = `an array of ${k} constraint value${k === 1 ? "" : "s"} (numbers, <= 0 feasible, or null when not reported)`;
    if (!Array.isArray(constraints)) throw new InvalidArgumentError(field, expected, constraints);
    if (constraints.length !== k) throw new InvalidArgumentError(field, `${k} constraint value${k === 1 ? "" : "s"}`, constraints.length);
    constraints.forEach((c: unknown, i) => {
      if (c !== null && !(typeof c === "number" && Number.isFinite(c))) throw new InvalidArgumentError(`${field}[${i}]`, "a finite number or null (not reported)", c);
    });
    return [...(constraints as (number | null)[])];
  }

  private makeStrategy(options: OptimizerOptions): Strategy {
    switch (this.strategyName) {
      case "random":
        return new RandomStrategy();
      case "grid":
        return new GridStrategy(this.space);
      case "bayesian":
        return new BayesianStrategy({
          objectives: this.objectives.length,
          constraints: this.constraintCount,
          initialTrials: options.initialTrials ?? defaultInitialTrials(this.space.parameters.length, this.objectives.length),
          liar: toInternalLiar(options.batch?.liar ?? "believer", this.objective),
          stopped: options.stoppedTrials ?? DEFAULT_STOPPED_POLICY,
          ...(options.clock ? { clock: options.clock } : {}),
        });
    }
  }
}

/**
 * max(5, parameters + 1) quasi-random trials before the model; with several objectives
 * max(8, 2 (parameters + 1)), BoTorch's 2 (d + 1) with a floor: the front's ends must both be in
 * sight before EHVI can weigh them (BraninCurrin: normalized hypervolume 0.00 to 0.87 on its worst of
 * 6 seeds after 5 initial trials, 0.95 after 8; DTLZ2: median 0.52 after 7, 0.72 after 14; docs/benchmarks.md).
 */
export function defaultInitialTrials(parameters: number, objectives: number): number {
  return objectives > 1 ? Math.max(8, 2 * (parameters + 1)) : Math.max(5, parameters + 1);
}

export function createOptimizer(options: OptimizerOptions): Optimizer {
  return new Optimizer(options);
}
