import { acquisitionParts, optimizeAcquisition } from "../acquisition/optimize-acquisition.js";
import { lieValue, type InternalLiar } from "../batching/constant-liar.js";
import { FeasibilityModel } from "../feasibility/feasibility-model.js";
import { fitKernel } from "../gp/fit-kernel.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { scrambledHalton } from "../random/halton.js";
import { rngFromState, type Rng, type RngState } from "../random/rng.js";
import { freshRandomPoint } from "./fresh-point.js";
import { powerTransform, shiftToWorst } from "./output-transform.js";
import { imputeStopped, type StoppedPolicy } from "./stopped-trials.js";
import type { ProposalContext, ProposalDiagnostics, Strategy, StrategyState } from "./strategy.js";

export interface BayesianOptions {
  initialTrials: number;
  liar: InternalLiar;
  /** What early-stopped trials tell the model (stopped-trials.ts). */
  stopped: StoppedPolicy;
  /** Milliseconds from the caller's clock, to time the kernel fit; no timing without one. */
  clock?: () => number;
}

/**
 * Observations used to fit the kernel hyperparameters are capped: the fit is O(n^3) per likelihood
 * evaluation and 10-15 evaluations are needed per ask, while the hyperparameters settle well before
 * n = 96. Beyond the cap the fit sees the best half and an even spread of the rest; the posterior
 * always uses every point.
 */
export const FIT_SUBSET_CAP = 96;

type SerializedFit = { isl: number[]; scale: number; noise: number };

/**
 * GP Bayesian optimization: a scrambled-Halton initial design, then log EI maximized over a GP with
 * MAP-fitted Matérn-5/2 ARD hyperparameters on power-transformed outputs; pending trials enter the GP
 * as fantasies (Kriging believer or a constant liar). Once a trial has failed for a reason of its
 * configuration, a second GP learns where trials fail and the acquisition becomes log EI + log
 * P(feasible) (feasibility-model.ts); early-stopped trials enter the objective's GP as the stopped
 * policy says (stopped-trials.ts). No suggestion repeats a tried configuration (tried-points.ts):
 * the best refined maximum that is new, else the best new screened candidate, else a random new point.
 */
export class BayesianStrategy implements Strategy {
  private readonly options: BayesianOptions;
  private design: Float64Array[] | undefined;
  /** The generator the initial design was drawn from, kept so a restored strategy draws the same design. */
  private designSeed: RngState | undefined;
  private lastFit: KernelParams | undefined;
  private lastFeasibilityFit: KernelParams | undefined;
  diagnostics: ProposalDiagnostics = {};

  constructor(options: BayesianOptions) {
    this.options = options;
  }

  propose(n: number, context: ProposalContext): Float64Array[] {
    this.diagnostics = {};
    const out: Float64Array[] = [];
    const tried = context.tried.clone();
    const accept = (x: Float64Array): void => {
      out.push(x);
      tried.add(x);
    };
    const fresh = (): Float64Array | undefined => freshRandomPoint(context.space, context.rng, tried);
    while (out.length < n && context.trialsCreated + out.length < this.options.initialTrials) {
      // A design point an imported trial already covers is replaced by a random new one.
      const design = this.designPoint(context, context.trialsCreated + out.length);
      const x = tried.has(design) ? fresh() : design;
      if (x === undefined) return out;
      accept(x);
    }
    if (out.length === n) return out;

    const { xs, ys, ran } = this.trainingData(context);
    if (xs.length < 2) {
      while (out.length < n) {
        const x = fresh();
        if (x === undefined) break;
        accept(x);
      }
      return out;
    }
    const liar = this.options.liar;
    const constantLie = liar === "believer" ? 0 : lieValue(liar, ys);
    const clock = this.options.clock;
    const fitStarted = clock?.();
    const gp = new GaussianProcess(xs, ys, this.fit(xs, ys, context.rng));
    const feasibility = this.feasibility(context, ran);
    if (clock && fitStarted !== undefined) this.diagnostics.fitSeconds = (clock() - fitStarted) / 1000;
    const lie = (x: Float64Array): number => (liar === "believer" ? gp.predict(x).mean : constantLie);
    for (const x of [...context.pending, ...out]) gp.addFantasy(x, lie(x));
    let best = Infinity;
    for (const y of ys) best = Math.min(best, y);
    while (out.length < n) {
      const search = optimizeAcquisition(gp, context.space, {
        best,
        rng: context.rng,
        candidates: candidateCount(gp.size),
        localSearches: gp.size > 300 ? 4 : gp.size > 64 ? 6 : 8,
        feasibility,
      });
      const found = search.results.find((r) => !tried.has(r.x)) ?? search.candidates.find((r) => !tried.has(r.x));
      if (found && this.diagnostics.bestLogEi === undefined) {
        if (feasibility) {
          const parts = acquisitionParts(gp, { best, feasibility }, found.x);
          this.diagnostics.bestLogEi = parts.logEi;
          this.diagnostics.bestLogFeasibility = parts.logFeasibility;
        } else this.diagnostics.bestLogEi = found.value;
      }
      const chosen = found?.x ?? fresh();
      if (chosen === undefined) break;
      accept(chosen);
      if (out.length < n) gp.addFantasy(chosen, lie(chosen));
    }
    return out;
  }

  exportState(): StrategyState {
    const fit = this.lastFit;
    const feasibility = this.lastFeasibilityFit;
    return {
      ...(this.designSeed ? { designSeed: this.designSeed } : {}),
      ...(fit ? { lastFit: serializeFit(fit) } : {}),
      ...(feasibility ? { lastFeasibilityFit: serializeFit(feasibility) } : {}),
    };
  }

  restoreState(state: StrategyState): void {
    const { designSeed, lastFit, lastFeasibilityFit } = state as { designSeed?: RngState; lastFit?: SerializedFit; lastFeasibilityFit?: SerializedFit };
    this.designSeed = designSeed;
    this.design = undefined;
    this.lastFit = lastFit && deserializeFit(lastFit);
    this.lastFeasibilityFit = lastFeasibilityFit && deserializeFit(lastFeasibilityFit);
  }

  private designPoint(context: ProposalContext, index: number): Float64Array {
    if (!this.design) {
      const rng = this.designSeed ? rngFromState(this.designSeed) : context.rng.fork();
      this.designSeed ??= rng.state();
      this.design = scrambledHalton(this.options.initialTrials, context.space.parameters.length, rng).map((u) => context.space.fromParameterUnits(u));
    }
    return this.design[index]!;
  }

  /** The objective's data (completed trials, then stopped ones as the policy imputes them) and every point that ran. */
  private trainingData(context: ProposalContext): { xs: Float64Array[]; ys: Float64Array; ran: Float64Array[] } {
    const completed = context.observations.map((o) => o.y);
    const imputed = imputeStopped(this.options.stopped, completed, context.stopped);
    const xs = [...context.observations.map((o) => o.x), ...imputed.map((o) => o.x)];
    const raw = [...completed, ...imputed.map((o) => o.y)];
    const ran = [...context.observations.map((o) => o.x), ...(this.options.stopped === "as-failure" ? [] : context.stopped.map((s) => s.x))];
    return { xs, ys: shiftToWorst(powerTransform(raw)), ran };
  }

  /**
   * The feasibility model, once a trial has failed for a reason of its configuration (and one has
   * run); undefined before, which leaves a job without failures exactly as it was.
   */
  private feasibility(context: ProposalContext, ran: readonly Float64Array[]): FeasibilityModel | undefined {
    const failed = [...context.failures, ...(this.options.stopped === "as-failure" ? context.stopped.map((s) => s.x) : [])];
    if (failed.length === 0 || ran.length === 0) return undefined;
    const model = FeasibilityModel.fit([...ran, ...failed], [...ran.map(() => true), ...failed.map(() => false)], { previous: this.lastFeasibilityFit, rng: context.rng });
    this.lastFeasibilityFit = model.params;
    return model;
  }

  private fit(xs: Float64Array[], ys: Float64Array, rng: Rng): KernelParams {
    const n = xs.length;
    const subset = n <= FIT_SUBSET_CAP ? undefined : fitSubset(ys, FIT_SUBSET_CAP);
    const fitXs = subset ? subset.map((i) => xs[i]!) : xs;
    const fitYs = subset ? Float64Array.from(subset, (i) => ys[i]!) : ys;
    // Fewer restarts as n grows: the warm start is already close and each start costs O(n^3). From
    // 40 observations on, a warm start takes at most 10 L-BFGS steps per ask: the fit then tracks the
    // optimum across asks instead of converging again after every observation.
    const randomStarts = n < 20 ? 2 : n < 40 ? 1 : 0;
    const maxIterations = n < 40 || this.lastFit === undefined ? 200 : 10;
    this.lastFit = fitKernel(fitXs, fitYs, { previous: this.lastFit, defaultStart: n < 40, randomStarts, rng, maxIterations });
    return this.lastFit;
  }
}

/**
 * Candidates screened per acquisition: 2048 (as Optuna) up to 64 points, then fewer as the O(n^2)
 * cost of each posterior variance grows, keeping the screening near a fixed amount of work (it is
 * half of a tell+ask at n = 100); 256 at least.
 */
function candidateCount(n: number): number {
  return Math.max(256, Math.min(2048, Math.round(2048 * (64 / Math.max(n, 64)) ** 2)));
}

function fitSubset(ys: Float64Array, cap: number): number[] {
  const order = Array.from(ys.keys()).sort((a, b) => ys[a]! - ys[b]! || a - b);
  const keep = order.slice(0, cap / 2);
  const rest = order.slice(cap / 2).sort((a, b) => a - b);
  const stride = rest.length / (cap - keep.length);
  for (let k = 0; k < cap - keep.length; k++) keep.push(rest[Math.floor(k * stride)]!);
  return keep;
}

function serializeFit(fit: KernelParams): SerializedFit {
  return { isl: Array.from(fit.isl), scale: fit.scale, noise: fit.noise };
}

function deserializeFit(fit: SerializedFit): KernelParams {
  return { isl: Float64Array.from(fit.isl), scale: fit.scale, noise: fit.noise };
}
