import type { Rng } from "../random/rng.js";
import type { SearchSpace } from "../space/search-space.js";
import type { TriedPoints } from "../space/tried-points.js";

/** An early-stopped trial as a strategy sees it: where it ran and its last value (internal), if reported. */
export interface StoppedObservation {
  readonly x: Float64Array;
  readonly y?: number;
  readonly step?: number;
}

/**
 * A completed trial: `y` the (first) objective, internal (lower is better); `ys` every objective,
 * internal, when there are several; `cs` the constraint values (<= 0 feasible, null not reported)
 * when the job has constraints.
 */
export interface Observation {
  readonly x: Float64Array;
  readonly y: number;
  readonly ys?: readonly number[];
  readonly cs?: readonly (number | null)[];
}

/** What a strategy sees: finished observations (internal values, lower is better) and pending points. */
export interface ProposalContext {
  readonly space: SearchSpace;
  readonly observations: readonly Observation[];
  readonly pending: readonly Float64Array[];
  /** Trials that failed for a reason of their configuration (not infrastructure failures): where trials fail. */
  readonly failures: readonly Float64Array[];
  /** Early-stopped trials: worse than the median rule's median at their last step. */
  readonly stopped: readonly StoppedObservation[];
  /** Trials ever created, failed ones included: the position in the initial design. */
  readonly trialsCreated: number;
  readonly rng: Rng;
  /**
   * Every configuration already asked (pending, completed, failed for any reason, stopped): a
   * suggestion must not be a repeat of one (tried-points.ts), nor of another in the same batch.
   */
  readonly tried: TriedPoints;
}

/** What the last proposal learned, for metrics and the convergence criterion (model-based strategies only). */
export interface ProposalDiagnostics {
  /** Seconds spent fitting the surrogate's hyperparameters. */
  fitSeconds?: number;
  /**
   * Log expected improvement of the first point, in standardized output units (without the feasibility
   * factor); log expected hypervolume improvement with several objectives; absent while no trial is feasible.
   */
  bestLogEi?: number;
  /**
   * Log probability that the first point's trial does not fail, by the feasibility model, and meets every
   * outcome constraint (absent without either).
   */
  bestLogFeasibility?: number;
}

/** A sampler in Optuna's sense: proposes up to n points of the unit cube (fewer when exhausted). */
export interface Strategy {
  propose(n: number, context: ProposalContext): Float64Array[];
  readonly diagnostics?: ProposalDiagnostics;
  /**
   * What the strategy carries from one proposal to the next beyond the observations (a design's
   * seed, a kernel fit to warm-start from, a grid cursor), as plain JSON; restoreState continues from it.
   */
  exportState?(): StrategyState;
  restoreState?(state: StrategyState): void;
}

export type StrategyState = Record<string, unknown>;
