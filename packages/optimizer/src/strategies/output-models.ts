import { Acquisition, feasibilityPart, logEiPart, type AcquisitionPart } from "../acquisition/acquisition.js";
import { LogEhvi } from "../acquisition/log-ehvi.js";
import { lieValue, type InternalLiar } from "../batching/constant-liar.js";
import { ConstraintModel } from "../feasibility/constraint-model.js";
import type { FeasibilityModel } from "../feasibility/feasibility-model.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { improvementBoxes } from "../pareto/improvement-boxes.js";
import { powerTransform, shiftToWorst } from "./output-transform.js";

/** The training data of every output: objectives (internal, lower is better) and constraints (null: not reported). */
export interface OutputData {
  xs: Float64Array[];
  /** objectives[j][i]: objective j of point i. */
  objectives: number[][];
  /** constraints[k][i], null where point i did not report constraint k (stopped or imputed points). */
  constraints: (number | null)[][];
}

export interface OutputFits {
  objectives: (KernelParams | undefined)[];
  constraints: (KernelParams | undefined)[];
}

/**
 * The margin of the hypervolume reference point beyond the worst observed value of each objective,
 * as a share of the observed range, in the GP's (warped, shifted) units: BoTorch's heuristic (nadir
 * plus 10% of the range). Close enough that the front's extremes still earn hypervolume, far enough
 * that a point slightly worse than all on one objective and better on another still counts.
 */
export const REFERENCE_MARGIN = 0.1;

/**
 * Where the objectives' GPs put their prior mean with several objectives: halfway from the mean of the
 * (warped, standardized) values to the worst one. A single objective's GP sits at the worst value
 * (output-transform.ts), which keeps log EI out of far corners; with several objectives the front's
 * ends often lie in such corners (BraninCurrin's low-Currin end at u = 0, v = 1), and a prior at the
 * worst value never looked there on 1 of 6 seeds (hypervolume 0.87, 0.96 otherwise), while a prior at
 * the mean spread DTLZ2's points too thinly (median 0.72 against 0.81). Halfway: 0.955-0.968 on
 * BraninCurrin and median 0.75 on DTLZ2 (6 seeds each, docs/benchmarks.md).
 */
export const SEVERAL_OBJECTIVES_PRIOR_SHIFT = 0.5;

/**
 * The lowest Yeo-Johnson lambda of the objectives' warp with several objectives: 1, the identity, so
 * the warp may still spread out a skewed objective's bad end or squeeze its good one, but never
 * compresses a tail of bad values (lambda < 1, log-like at 0). That compression is what a single
 * objective wants (Rosenbrock, output-transform.ts), but with several objectives the front's pieces
 * lie in separate basins that have to be found, not refined: log-warped, Branin's smooth quadratic
 * valley becomes a thin, sharp one whose continuation the GP cannot extrapolate from points on its
 * walls, so it grows confident that the walls' neighbourhood is bad. With the full range (lambda down
 * to -2; Branin's goes to -1.9 by trial 40) BraninCurrin never found the basin of Branin's minimum
 * (0.40 at Currin 5.7) on 9 of seeds 0-29 (normalized hypervolume 0.88-0.89); with lambda >= 0.5 or
 * >= 0.75 on 4 and 3; with lambda >= 1 on none (worst 0.925, median 0.946 against 0.958), while DTLZ2
 * (median 0.765, worst 0.670) and ZDT1 (0.996, 0.996) gained a little (docs/benchmarks.md). The GP's
 * evidence, for the record, favours the log warp on Branin: this bound is about exploration, not fit.
 */
export const SEVERAL_OBJECTIVES_LOWEST_LAMBDA = 1;

/**
 * The surrogates of a job with several objectives or outcome constraints: one GP per objective
 * (power-transformed and shifted to the worst value, as the single-objective GP), one GP per
 * constraint (constraint-model.ts), on the same inputs, plus the failure model when trials fail.
 * The acquisition is log EHVI over the feasible front (several objectives) or log EI below the best
 * feasible value (one), plus the log probability that every constraint holds and the trial runs;
 * before any trial is feasible, that log probability alone. Pending trials enter every model as its
 * own posterior mean (Kriging believer), and a pending point the constraint models believe feasible
 * joins the front with its believed values, so the next point of a batch looks elsewhere.
 */
export class OutputModels {
  readonly fits: OutputFits;
  private readonly gps: GaussianProcess[];
  private readonly constraintModels: (ConstraintModel | undefined)[];
  private readonly feasibility: FeasibilityModel | undefined;
  private readonly front: number[][];
  private readonly reference: number[];
  private readonly best: number;
  /** The inputs of the feasible front (several objectives) or of the best feasible point (one). */
  readonly incumbents: Float64Array[];
  private readonly lies: (number | undefined)[];
  private readonly dims: number;

  constructor(data: OutputData, fit: (xs: readonly Float64Array[], ys: Float64Array, previous: KernelParams | undefined) => KernelParams, previous: OutputFits, liar: InternalLiar, feasibility: FeasibilityModel | undefined) {
    this.dims = data.xs[0]!.length;
    const several = data.objectives.length > 1;
    const share = several ? SEVERAL_OBJECTIVES_PRIOR_SHIFT : 1;
    const transformed = data.objectives.map((raw) => shiftToWorst(several ? powerTransform(raw, SEVERAL_OBJECTIVES_LOWEST_LAMBDA) : powerTransform(raw), share));
    this.gps = transformed.map((ys, j) => new GaussianProcess(data.xs, ys, fit(data.xs, ys, previous.objectives[j])));
    this.constraintModels = data.constraints.map((cs, k) => {
      const reported = cs.flatMap((c, i) => (c === null ? [] : [i]));
      if (reported.length === 0) return undefined;
      const xs = reported.map((i) => data.xs[i]!);
      return ConstraintModel.fit(xs, reported.map((i) => cs[i]!), (ys) => fit(xs, ys, previous.constraints[k]));
    });
    this.fits = { objectives: this.gps.map((g) => g.params), constraints: this.constraintModels.map((c, k) => c?.params ?? previous.constraints[k]) };
    this.feasibility = feasibility;
    // With no model of feasibility at all (every constraint unreported, no failure), every point counts.
    const judged = feasibility !== undefined || this.constraintModels.some((c) => c !== undefined);
    const feasible = data.xs.map((_, i) => !judged || data.constraints.every((cs) => cs[i] !== null && cs[i]! <= 0));
    const points = data.xs.map((_, i) => transformed.map((ys) => ys[i]!));
    this.front = points.filter((_, i) => feasible[i]);
    // The reference: the worst value of each objective seen (0 after the shift), plus a margin of the range.
    this.reference = transformed.map((ys) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const y of ys) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      return hi + REFERENCE_MARGIN * (hi - lo || 1);
    });
    this.best = this.front.reduce((b, p) => Math.min(b, p[0]!), Infinity);
    const feasibleXs = data.xs.filter((_, i) => feasible[i]);
    this.incumbents = transformed.length > 1 ? feasibleXs : feasibleXs.filter((_, i) => this.front[i]![0] === this.best).slice(0, 1);
    this.lies = transformed.map((ys) => (liar === "believer" ? undefined : lieValue(liar, ys)));
  }

  /** Adds a pending (or already chosen) point to every model as a fantasy. */
  addPending(x: Float64Array): void {
    const values = this.gps.map((gp, j) => this.lies[j] ?? gp.predict(x).mean);
    const believedFeasible = this.constraintModels.every((c) => c === undefined || c.believedFeasible(x));
    this.gps.forEach((gp, j) => gp.addFantasy(x, values[j]!));
    for (const c of this.constraintModels) c?.addBelief(x);
    if (this.gps.length > 1 && believedFeasible && this.front.length > 0) this.front.push(values);
  }

  get size(): number {
    return this.gps[0]!.size;
  }

  /** The GPs evaluated per candidate point. */
  get outputs(): number {
    return this.gps.length + this.constraintModels.filter(Boolean).length + (this.feasibility ? 1 : 0);
  }

  acquisition(): Acquisition {
    const feasibility: AcquisitionPart[] = [
      ...this.constraintModels.flatMap((c) => (c ? [feasibilityPart(c)] : [])),
      ...(this.feasibility ? [feasibilityPart(this.feasibility)] : []),
    ];
    const anyFeasible = this.front.length > 0;
    // No feasible trial yet: find one first, by the probability of feasibility alone.
    if (!anyFeasible && feasibility.length > 0) return new Acquisition(feasibility, this.dims);
    const objective: AcquisitionPart =
      this.gps.length === 1
        ? logEiPart(this.gps[0]!, this.best)
        : new LogEhvi(this.gps, improvementBoxes(this.front, this.reference));
    return new Acquisition([objective, ...feasibility], this.dims);
  }
}
