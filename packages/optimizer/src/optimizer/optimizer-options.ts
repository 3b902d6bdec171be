import type { Liar } from "../batching/constant-liar.js";
import { InvalidArgumentError } from "../errors.js";
import type { SpaceSpec } from "../space/parameter-spec.js";
import { STOPPED_POLICIES, type StoppedPolicy } from "../strategies/stopped-trials.js";

export const OBJECTIVES = ["minimize", "maximize"] as const;
export type Objective = (typeof OBJECTIVES)[number];
export const STRATEGIES = ["bayesian", "random", "grid"] as const;
export type StrategyName = (typeof STRATEGIES)[number];
export const LIARS = ["believer", "min", "mean", "max"] as const;

export interface OptimizerOptions {
  space: SpaceSpec;
  /** The one objective's direction. Exactly one of `objective` and `objectives` is given. */
  objective?: Objective;
  /**
   * Several objectives, each with its direction: tell() then takes one value per objective, and
   * paretoFront() gives the non-dominated trials. A list of one behaves exactly like `objective`.
   */
  objectives?: readonly Objective[];
  /**
   * How many outcome constraints each completed trial reports with tell(id, value, { constraints }):
   * a trial is feasible when every value is <= 0 (Optuna's convention). Default 0.
   */
  constraints?: number;
  strategy?: StrategyName;
  /** Same seed, same suggestions, bit for bit. Default 0. */
  seed?: number;
  /**
   * What pending trials pretend to have returned: "believer" (the model's mean there, the default) or
   * a constant lie, the min, mean or max of the values seen.
   */
  batch?: { liar?: Liar };
  /**
   * What an early-stopped trial (tellStopped) tells the bayesian strategy's model: "median" (the
   * default: the completed trials' median, the bound the stop implies), "pessimistic" (the worse of
   * its last value and that median), "last-value", "worst", "as-failure" or "ignore"
   * (strategies/stopped-trials.ts, measured in docs/benchmarks.md).
   */
  stoppedTrials?: StoppedPolicy;
  /** Size of the quasi-random initial design of the bayesian strategy; default max(5, parameters + 1). */
  initialTrials?: number;
  /**
   * The caller's clock in milliseconds (performance.now, say), used only to time the kernel fit for
   * lastAsk.fitSeconds: the maths reads no clock of its own.
   */
  clock?: () => number;
}

const OPTION_FIELDS = ["space", "objective", "objectives", "constraints", "strategy", "seed", "batch", "stoppedTrials", "initialTrials", "clock"];

/** Checks options from untrusted callers; the space itself is checked by SearchSpace. */
export function validateOptions(o: unknown): asserts o is OptimizerOptions {
  if (o === null || typeof o !== "object") throw new InvalidArgumentError("options", "an object", o);
  const r = o as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!OPTION_FIELDS.includes(key)) throw new InvalidArgumentError(key, `a known option (${OPTION_FIELDS.join(", ")})`, key);
  }
  if ((r.objective === undefined) === (r.objectives === undefined)) {
    throw new InvalidArgumentError(r.objective === undefined ? "objective" : "objectives", `exactly one of objective (${OBJECTIVES.join(" | ")}) and objectives (a non-empty array of them)`, r.objective ?? r.objectives);
  }
  if (r.objective !== undefined) oneOf("objective", r.objective, OBJECTIVES);
  if (r.objectives !== undefined) {
    if (!Array.isArray(r.objectives) || r.objectives.length === 0) throw new InvalidArgumentError("objectives", `a non-empty array of ${OBJECTIVES.join(" | ")}`, r.objectives);
    r.objectives.forEach((o: unknown, i) => oneOf(`objectives[${i}]`, o, OBJECTIVES));
  }
  if (r.constraints !== undefined && !(Number.isSafeInteger(r.constraints) && (r.constraints as number) >= 0)) {
    throw new InvalidArgumentError("constraints", "an integer >= 0 (how many constraint values each trial reports)", r.constraints);
  }
  if (r.strategy !== undefined) oneOf("strategy", r.strategy, STRATEGIES);
  if (r.stoppedTrials !== undefined) oneOf("stoppedTrials", r.stoppedTrials, STOPPED_POLICIES);
  if (r.seed !== undefined && !(Number.isSafeInteger(r.seed) && (r.seed as number) >= 0)) {
    throw new InvalidArgumentError("seed", "a non-negative integer", r.seed);
  }
  if (r.initialTrials !== undefined && !(Number.isInteger(r.initialTrials) && (r.initialTrials as number) >= 1)) {
    throw new InvalidArgumentError("initialTrials", "an integer >= 1", r.initialTrials);
  }
  if (r.clock !== undefined && typeof r.clock !== "function") throw new InvalidArgumentError("clock", "a function returning milliseconds", r.clock);
  if (r.batch !== undefined) {
    if (r.batch === null || typeof r.batch !== "object") throw new InvalidArgumentError("batch", "an object { liar }", r.batch);
    const liar = (r.batch as Record<string, unknown>).liar;
    if (liar !== undefined) oneOf("batch.liar", liar, LIARS);
  }
}

function oneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (!allowed.includes(value as string)) throw new InvalidArgumentError(field, `one of ${allowed.join(" | ")}`, value);
}


/** The objectives' directions, from either option. */
export function directionsOf(options: Pick<OptimizerOptions, "objective" | "objectives">): Objective[] {
  return options.objectives ? [...options.objectives] : [options.objective!];
}
