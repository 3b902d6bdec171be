import { acquisitionParts, optimizeAcquisition, searchAcquisition } from "../acquisition/optimize-acquisition.js";
import { lieValue, type InternalLiar } from "../batching/constant-liar.js";
import { FeasibilityModel } from "../feasibility/feasibility-model.js";
import { fitKernel } from "../gp/fit-kernel.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { scrambledHalton } from "../random/halton.js";
import { rngFromState, type Rng, type RngState } from "../random/rng.js";
import { freshRandomPoint } from "./fresh-point.js";
import { OutputModels, type OutputData, type OutputFits } from "./output-models.js";
import { powerTransform, shiftToWorst } from "./output-transform.js";
import { imputeStopped, type StoppedPolicy } from "./stopped-trials.js";
import type { ProposalContext, ProposalDiagnostics, Strategy, StrategyState } from "./strategy.js";

export interface BayesianOptions {
  initialTrials: number;
  /** Objectives (1 unless several) and outcome constraints (0 unless some): more of either switches to output-models.ts. */
  objectives?: number;
  constraints?: number;
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
  /** The last fits of the output models (several objectives or constraints), one per output. */
  private lastOutputFits: OutputFits | undefined;
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
    if ((this.options.objectives ?? 1) > 1 || (this.options.constraints ?? 0) > 0) return this.proposeWithOutputs(n, context, out, accept, fresh, tried);

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

  /**
   * Several objectives or outcome constraints (output-models.ts): the models fitted on the completed
   * trials (stopped ones as the policy says for one objective; as failures with several, below), then
   * one acquisition search per suggestion, each chosen point a believer fantasy for the next.
   */
  private proposeWithOutputs(n: number, context: ProposalContext, out: Float64Array[], accept: (x: Float64Array) => void, fresh: () => Float64Array | undefined, tried: ProposalContext["tried"]): Float64Array[] {
    const data = this.outputData(context);
    if (data.xs.length < 2) {
      while (out.length < n) {
        const x = fresh();
        if (x === undefined) break;
        accept(x);
      }
      return out;
    }
    const several = (this.options.objectives ?? 1) > 1;
    const clock = this.options.clock;
    const fitStarted = clock?.();
    const previous = this.lastOutputFits ?? { objectives: [], constraints: [] };
    const fit = (xs: readonly Float64Array[], ys: Float64Array, last: KernelParams | undefined): KernelParams => fitOutput(xs, ys, last, context.rng);
    // With several objectives a stopped trial's one reported value fits no objective vector: it teaches the failure model instead.
    const stoppedAsFailures = several ? this.options.stopped !== "ignore" : this.options.stopped === "as-failure";
    const ran = [...context.observations.map((o) => o.x), ...(stoppedAsFailures ? [] : context.stopped.map((s) => s.x))];
    const failed = [...context.failures, ...(stoppedAsFailures ? context.stopped.map((s) => s.x) : [])];
    const feasibility = failed.length === 0 || ran.length === 0 ? undefined : this.fitFeasibility(ran, failed, context);
    const models = new OutputModels(data, fit, previous, this.options.liar, feasibility);
    this.lastOutputFits = models.fits;
    if (clock && fitStarted !== undefined) this.diagnostics.fitSeconds = (clock() - fitStarted) / 1000;
    for (const x of [...context.pending, ...out]) models.addPending(x);
    while (out.length < n) {
      const acquisition = models.acquisition();
      const search = searchAcquisition(acquisition, context.space, {
        rng: context.rng,
        // Each candidate costs one posterior per output: screen as many as one GP would at sqrt(outputs) times the data.
        candidates: candidateCount(models.size * Math.sqrt(models.outputs)),
        localSearches: models.size > 300 ? 4 : models.size > 64 ? 6 : 8,
        warmStarts: warmStarts(models.incumbents, WARM_STARTS, context.rng),
      });
      const found = search.results.find((r) => !tried.has(r.x)) ?? search.candidates.find((r) => !tried.has(r.x));
      if (found && this.diagnostics.bestLogEi === undefined && this.diagnostics.bestLogFeasibility === undefined) {
        const parts = acquisition.split(found.x);
        if (parts.objective !== undefined) this.diagnostics.bestLogEi = parts.objective;
        if (parts.feasibility !== undefined) this.diagnostics.bestLogFeasibility = parts.feasibility;
      }
      const chosen = found?.x ?? fresh();
      if (chosen === undefined) break;
      accept(chosen);
      if (out.length < n) models.addPending(chosen);
    }
    return out;
  }

  /** Completed trials with every objective and constraint; with one objective, stopped ones as the policy imputes them (no constraint values). */
  private outputData(context: ProposalContext): OutputData {
    const m = this.options.objectives ?? 1;
    const k = this.options.constraints ?? 0;
    const obs = context.observations;
    const xs = obs.map((o) => o.x);
    const objectives = Array.from({ length: m }, (_, j) => obs.map((o) => (m === 1 ? o.y : o.ys![j]!)));
    const constraints = Array.from({ length: k }, (_, c) => obs.map((o) => o.cs?.[c] ?? null));
    if (m === 1) {
      for (const s of imputeStopped(this.options.stopped, objectives[0]!, context.stopped)) {
        xs.push(s.x);
        objectives[0]!.push(s.y);
        for (const cs of constraints) cs.push(null);
      }
    }
    return { xs, objectives, constraints };
  }

  private fitFeasibility(ran: readonly Float64Array[], failed: readonly Float64Array[], context: ProposalContext): FeasibilityModel {
    const model = FeasibilityModel.fit([...ran, ...failed], [...ran.map(() => true), ...failed.map(() => false)], { previous: this.lastFeasibilityFit, rng: context.rng });
    this.lastFeasibilityFit = model.params;
    return model;
  }

  exportState(): StrategyState {
    const fit = this.lastFit;
    const feasibility = this.lastFeasibilityFit;
    const outputs = this.lastOutputFits;
    return {
      ...(this.designSeed ? { designSeed: this.designSeed } : {}),
      ...(fit ? { lastFit: serializeFit(fit) } : {}),
      ...(feasibility ? { lastFeasibilityFit: serializeFit(feasibility) } : {}),
      ...(outputs
        ? { lastOutputFits: { objectives: outputs.objectives.map((f) => (f ? serializeFit(f) : null)), constraints: outputs.constraints.map((f) => (f ? serializeFit(f) : null)) } }
        : {}),
    };
  }

  restoreState(state: StrategyState): void {
    const { designSeed, lastFit, lastFeasibilityFit, lastOutputFits } = state as {
      designSeed?: RngState;
      lastFit?: SerializedFit;
      lastFeasibilityFit?: SerializedFit;
      lastOutputFits?: { objectives: (SerializedFit | null)[]; constraints: (SerializedFit | null)[] };
    };
    this.designSeed = designSeed;
    this.design = undefined;
    this.lastFit = lastFit && deserializeFit(lastFit);
    this.lastFeasibilityFit = lastFeasibilityFit && deserializeFit(lastFeasibilityFit);
    this.lastOutputFits = lastOutputFits && {
      objectives: lastOutputFits.objectives.map((f) => (f ? deserializeFit(f) : undefined)),
      constraints: lastOutputFits.constraints.map((f) => (f ? deserializeFit(f) : undefined)),
    };
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
    this.lastFit = fitOutput(xs, ys, this.lastFit, rng);
    return this.lastFit;
  }
}

/** MAP kernel hyperparameters of one output, warm-started from its last fit. */
function fitOutput(xs: readonly Float64Array[], ys: Float64Array, previous: KernelParams | undefined, rng: Rng): KernelParams {
  const n = xs.length;
  const subset = n <= FIT_SUBSET_CAP ? undefined : fitSubset(ys, FIT_SUBSET_CAP);
  const fitXs = subset ? subset.map((i) => xs[i]!) : xs;
  const fitYs = subset ? Float64Array.from(subset, (i) => ys[i]!) : ys;
  // Fewer restarts as n grows: the warm start is already close and each start costs O(n^3). From
  // 40 observations on, a warm start takes at most 10 L-BFGS steps per ask: the fit then tracks the
  // optimum across asks instead of converging again after every observation.
  const randomStarts = n < 20 ? 2 : n < 40 ? 1 : 0;
  const maxIterations = n < 40 || previous === undefined ? 200 : 10;
  return fitKernel(fitXs, fitYs, { previous, defaultStart: n < 40, randomStarts, rng, maxIterations });
}

/**
 * Candidates screened per acquisition: 2048 (as Optuna) up to 64 points, then fewer as the O(n^2)
 * cost of each posterior variance grows, keeping the screening near a fixed amount of work (it is
 * half of a tell+ask at n = 100); 256 at least.
 */
function candidateCount(n: number): number {
  return Math.max(256, Math.min(2048, Math.round(2048 * (64 / Math.max(n, 64)) ** 2)));
}

/** Local searches started from incumbents per acquisition search (several objectives: a seeded draw of the front). */
const WARM_STARTS = 2;

function warmStarts(incumbents: readonly Float64Array[], k: number, rng: Rng): Float64Array[] {
  if (incumbents.length <= k) return [...incumbents];
  const pool = [...incumbents];
  const out: Float64Array[] = [];
  while (out.length < k) out.push(pool.splice(rng.int(pool.length), 1)[0]!);
  return out;
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
