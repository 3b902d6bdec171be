import { optimizeAcquisition } from "../acquisition/optimize-acquisition.js";
import { lieValue, type InternalLiar } from "../batching/constant-liar.js";
import { fitKernel } from "../gp/fit-kernel.js";
import { GaussianProcess } from "../gp/gaussian-process.js";
import type { KernelParams } from "../gp/kernel-params.js";
import { scrambledHalton } from "../random/halton.js";
import { rngFromState, type Rng, type RngState } from "../random/rng.js";
import { pointKey, type ProposalContext, type ProposalDiagnostics, type Strategy, type StrategyState } from "./strategy.js";
import { powerTransform, shiftToWorst } from "./output-transform.js";

export interface BayesianOptions {
  initialTrials: number;
  liar: InternalLiar;
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

/**
 * GP Bayesian optimization: a scrambled-Halton initial design, then log EI maximized over a GP with
 * MAP-fitted Matérn-5/2 ARD hyperparameters on power-transformed outputs; pending trials enter the GP
 * as fantasies (Kriging believer or a constant liar).
 */
export class BayesianStrategy implements Strategy {
  private readonly options: BayesianOptions;
  private design: Float64Array[] | undefined;
  /** The generator the initial design was drawn from, kept so a restored strategy draws the same design. */
  private designSeed: RngState | undefined;
  private lastFit: KernelParams | undefined;
  diagnostics: ProposalDiagnostics = {};

  constructor(options: BayesianOptions) {
    this.options = options;
  }

  propose(n: number, context: ProposalContext): Float64Array[] {
    this.diagnostics = {};
    const out: Float64Array[] = [];
    const taken = new Set(context.taken);
    const accept = (x: Float64Array): void => {
      out.push(x);
      taken.add(pointKey(x));
    };
    while (out.length < n && context.trialsCreated + out.length < this.options.initialTrials) {
      accept(this.designPoint(context, context.trialsCreated + out.length));
    }
    if (out.length === n) return out;
    if (context.observations.length < 2) {
      while (out.length < n) accept(randomPoint(context, context.rng, taken));
      return out;
    }

    const { xs, ys } = this.trainingData(context);
    const liar = this.options.liar;
    const constantLie = liar === "believer" ? 0 : lieValue(liar, ys);
    const clock = this.options.clock;
    const fitStarted = clock?.();
    const gp = new GaussianProcess(xs, ys, this.fit(xs, ys, context.rng));
    if (clock && fitStarted !== undefined) this.diagnostics.fitSeconds = (clock() - fitStarted) / 1000;
    const lie = (x: Float64Array): number => (liar === "believer" ? gp.predict(x).mean : constantLie);
    for (const x of [...context.pending, ...out]) gp.addFantasy(x, lie(x));
    let best = Infinity;
    for (const y of ys) best = Math.min(best, y);
    while (out.length < n) {
      const results = optimizeAcquisition(gp, context.space, {
        best,
        rng: context.rng,
        candidates: candidateCount(gp.size),
        localSearches: gp.size > 300 ? 4 : gp.size > 64 ? 6 : 8,
      });
      const found = results.find((r) => !taken.has(pointKey(r.x)));
      this.diagnostics.bestLogEi ??= found?.logEi;
      const chosen = found?.x ?? randomPoint(context, context.rng, taken);
      accept(chosen);
      if (out.length < n) gp.addFantasy(chosen, lie(chosen));
    }
    return out;
  }

  exportState(): StrategyState {
    const fit = this.lastFit;
    return {
      ...(this.designSeed ? { designSeed: this.designSeed } : {}),
      ...(fit ? { lastFit: { isl: Array.from(fit.isl), scale: fit.scale, noise: fit.noise } } : {}),
    };
  }

  restoreState(state: StrategyState): void {
    const { designSeed, lastFit } = state as { designSeed?: RngState; lastFit?: { isl: number[]; scale: number; noise: number } };
    this.designSeed = designSeed;
    this.design = undefined;
    this.lastFit = lastFit && { isl: Float64Array.from(lastFit.isl), scale: lastFit.scale, noise: lastFit.noise };
  }

  private designPoint(context: ProposalContext, index: number): Float64Array {
    if (!this.design) {
      const rng = this.designSeed ? rngFromState(this.designSeed) : context.rng.fork();
      this.designSeed ??= rng.state();
      this.design = scrambledHalton(this.options.initialTrials, context.space.parameters.length, rng).map((u) => context.space.fromParameterUnits(u));
    }
    return this.design[index]!;
  }

  private trainingData(context: ProposalContext): { xs: Float64Array[]; ys: Float64Array } {
    const xs = context.observations.map((o) => o.x);
    const raw = context.observations.map((o) => o.y);
    return { xs, ys: shiftToWorst(powerTransform(raw)) };
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

function randomPoint(context: ProposalContext, rng: Rng, taken: ReadonlySet<string>): Float64Array {
  const dims = context.space.parameters.length;
  let x = context.space.fromParameterUnits(Array.from({ length: dims }, () => rng.next()));
  for (let tries = 0; tries < 100 && taken.has(pointKey(x)); tries++) {
    x = context.space.fromParameterUnits(Array.from({ length: dims }, () => rng.next()));
  }
  return x;
}
