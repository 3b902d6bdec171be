import { HyperfleetError } from "../errors.js";
import { minimizeLbfgs } from "../optim/lbfgs.js";
import type { Rng } from "../random/rng.js";
import { defaultKernelParams, fromRaw, toRaw, type KernelParams } from "./kernel-params.js";
import { negLogPosterior } from "./marginal-likelihood.js";

export interface FitKernelOptions {
  /** The previous fit, used as the first start (warm start). */
  previous?: KernelParams | undefined;
  /** Extra random starts besides the previous fit. */
  randomStarts: number;
  /** Also start from the default hyperparameters (always done when there is no previous fit). */
  defaultStart: boolean;
  rng: Rng;
  /** L-BFGS iterations per start: a warm start one observation later needs only a few. */
  maxIterations?: number;
}

// Box on the raw parameters: lengthscales from ~0.003 to ~300 (the cube is [0,1]), signal variance
// 1e-3..1e3 of the standardized output, noise up to ~10. Keeps every start numerically sane.
const RAW_BOUNDS = { isl: [Math.log(1e-5), Math.log(1e5)], scale: [Math.log(1e-3), Math.log(1e3)], noise: [Math.log(1e-12), Math.log(10)] } as const;

/**
 * Maximum a posteriori kernel hyperparameters: L-BFGS on the negative log posterior from several
 * starts (warm start, default, random), keeping the best. Inputs are the cube points and the
 * standardized outputs.
 */
export function fitKernel(xs: readonly Float64Array[], y: Float64Array, options: FitKernelOptions): KernelParams {
  const dims = xs[0]!.length;
  const starts: Float64Array[] = [];
  if (options.previous && options.previous.isl.length === dims) starts.push(toRaw(options.previous));
  if (options.defaultStart || starts.length === 0) starts.push(toRaw(defaultKernelParams(dims)));
  for (let s = 0; s < options.randomStarts; s++) {
    const raw = toRaw(defaultKernelParams(dims));
    for (let d = 0; d < dims; d++) raw[d] = raw[d]! + 1.5 * options.rng.normal();
    raw[dims] = raw[dims]! + 0.5 * options.rng.normal();
    starts.push(raw);
  }
  const lower = new Float64Array(dims + 2).fill(RAW_BOUNDS.isl[0]);
  const upper = new Float64Array(dims + 2).fill(RAW_BOUNDS.isl[1]);
  [lower[dims], upper[dims]] = RAW_BOUNDS.scale;
  [lower[dims + 1], upper[dims + 1]] = RAW_BOUNDS.noise;

  const objective = (raw: Float64Array, grad: Float64Array): number => {
    try {
      return negLogPosterior(raw, xs, y, grad);
    } catch (err) {
      if (err instanceof HyperfleetError) return Infinity;
      throw err;
    }
  };
  let best: { x: Float64Array; value: number } | undefined;
  for (const start of starts) {
    const r = minimizeLbfgs(objective, start, {
      lower,
      upper,
      maxIterations: options.maxIterations ?? 200,
      gradientTolerance: 1e-2,
      relativeTolerance: 1e-7,
    });
    if (best === undefined || r.value < best.value) best = r;
  }
  return best && Number.isFinite(best.value) ? fromRaw(best.x) : (options.previous ?? defaultKernelParams(dims));
}
