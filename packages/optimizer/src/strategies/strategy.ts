import type { Rng } from "../random/rng.js";
import type { SearchSpace } from "../space/search-space.js";

/** What a strategy sees: finished observations (internal values, lower is better) and pending points. */
export interface ProposalContext {
  readonly space: SearchSpace;
  readonly observations: readonly { readonly x: Float64Array; readonly y: number }[];
  readonly pending: readonly Float64Array[];
  /** Trials ever created, failed ones included: the position in the initial design. */
  readonly trialsCreated: number;
  readonly rng: Rng;
  /** Keys (see pointKey) of every point already asked, so suggestions stay distinct. */
  readonly taken: ReadonlySet<string>;
}

/** What the last proposal learned, for metrics and the convergence criterion (model-based strategies only). */
export interface ProposalDiagnostics {
  /** Seconds spent fitting the surrogate's hyperparameters. */
  fitSeconds?: number;
  /** Log expected improvement of the first point, in standardized output units. */
  bestLogEi?: number;
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

export function pointKey(x: ArrayLike<number>): string {
  return Array.from(x, (v) => v.toPrecision(15)).join(",");
}
