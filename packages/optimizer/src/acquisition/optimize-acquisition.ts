import type { FeasibilityModel } from "../feasibility/feasibility-model.js";
import type { GaussianProcess } from "../gp/gaussian-process.js";
import { minimizeLbfgs } from "../optim/lbfgs.js";
import { scrambledHalton } from "../random/halton.js";
import type { Rng } from "../random/rng.js";
import type { EncodedParameter, SearchSpace } from "../space/search-space.js";
import { Acquisition, feasibilityPart, logEiPart } from "./acquisition.js";
import { logExpectedImprovement } from "./log-ei.js";

export interface AcquisitionOptions {
  /** Best (lowest) standardized observation: the incumbent EI improves on. */
  best: number;
  rng: Rng;
  /** Quasi-random candidates screened before refinement. */
  candidates: number;
  /** Candidates refined by local search. */
  localSearches: number;
  /**
   * Where trials fail: the acquisition becomes log EI + log P(the trial runs), EI times the
   * probability of feasibility, as constrained Bayesian optimization weighs it (feasibility-model.ts).
   */
  feasibility?: FeasibilityModel | undefined;
}

export interface AcquisitionResult {
  x: Float64Array;
  /** The acquisition maximized: log EI, plus log P(feasible) with a feasibility model. */
  value: number;
}

/** The refined maxima, best first, and every screened candidate, best first (the fallback pool). */
export interface AcquisitionSearch {
  results: AcquisitionResult[];
  candidates: AcquisitionResult[];
}

/**
 * Maximizes log EI (plus log P(feasible) when a feasibility model is given) over the mixed space:
 * screens scrambled-Halton candidates, then refines the best few by alternating L-BFGS on the
 * continuous coordinates with exhaustive or stepped sweeps over each integer and categorical
 * parameter. Discrete parameters only ever take real values, so nothing is rounded after the fact.
 * The screened candidates come back too: when every refined maximum repeats a tried configuration,
 * the best new candidate is still a point the acquisition rates.
 */
export function optimizeAcquisition(gp: GaussianProcess, space: SearchSpace, o: AcquisitionOptions): AcquisitionSearch {
  return searchAcquisition(logEiAcquisition(gp, o), space, o);
}

/** log EI, plus log P(the trial runs) with a feasibility model: the single-objective acquisition. */
export function logEiAcquisition(gp: GaussianProcess, o: Pick<AcquisitionOptions, "best" | "feasibility">): Acquisition {
  return new Acquisition([logEiPart(gp, o.best), ...(o.feasibility ? [feasibilityPart(o.feasibility)] : [])], gp.dims);
}

/** The search of optimizeAcquisition for any acquisition (several objectives, constraints: acquisition.ts). */
export function searchAcquisition(
  acq: Acquisition,
  space: SearchSpace,
  o: Pick<AcquisitionOptions, "rng" | "candidates" | "localSearches"> & { warmStarts?: readonly Float64Array[] },
): AcquisitionSearch {
  const units = scrambledHalton(o.candidates, space.parameters.length, o.rng);
  const candidates = units.map((u) => space.fromParameterUnits(u)).map((x) => ({ x, value: acq.value(x) }));
  candidates.sort((a, b) => b.value - a.value);
  // Warm starts (the incumbents, as Optuna's GPSampler does) are refined besides the best candidates:
  // a local search from the best point so far is what closes the last digits of a minimum.
  const starts = [...candidates.slice(0, o.localSearches), ...(o.warmStarts ?? []).map((x) => ({ x, value: acq.value(x) }))];
  const results = starts.map((s) => localSearch(space, s, acq));
  results.sort((a, b) => b.value - a.value);
  return { results, candidates };
}

/** The two parts of the acquisition at x, for diagnostics: log EI and log P(feasible) (0 without a model). */
export function acquisitionParts(gp: GaussianProcess, o: Pick<AcquisitionOptions, "best" | "feasibility">, x: Float64Array): { logEi: number; logFeasibility: number } {
  return { logEi: logExpectedImprovement(gp.predict(x), o.best), logFeasibility: o.feasibility ? o.feasibility.logProbability(x) : 0 };
}

function localSearch(space: SearchSpace, start: AcquisitionResult, acq: Acquisition): AcquisitionResult {
  let current = start;
  const continuous = space.parameters.filter((p) => p.kind === "continuous").map((p) => p.offset);
  const discrete = space.parameters.filter((p) => p.kind !== "continuous");
  for (let round = 0; round < 6; round++) {
    if (continuous.length > 0) current = refineContinuous(current, continuous, acq);
    let improved = false;
    for (const p of discrete) {
      const next = sweepDiscrete(space, p, current, acq);
      if (next.value > current.value + 1e-12) {
        current = next;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return current;
}

function refineContinuous(start: AcquisitionResult, coords: number[], acq: Acquisition): AcquisitionResult {
  const dims = start.x.length;
  const x = Float64Array.from(start.x);
  const full = new Float64Array(dims);
  const objective = (sub: Float64Array, grad: Float64Array): number => {
    coords.forEach((c, i) => (x[c] = sub[i]!));
    const value = acq.valueWithGradient(x, full);
    coords.forEach((c, i) => (grad[i] = -full[c]!));
    return -value;
  };
  const r = minimizeLbfgs(objective, coords.map((c) => start.x[c]!), {
    lower: new Float64Array(coords.length),
    upper: new Float64Array(coords.length).fill(1),
    maxIterations: 60,
    gradientTolerance: 1e-5,
    relativeTolerance: 1e-9,
  });
  if (!(-r.value > start.value)) return start;
  const out = Float64Array.from(start.x);
  coords.forEach((c, i) => (out[c] = r.x[i]!));
  return { x: out, value: -r.value };
}

/** Tries the other values of one discrete parameter: all of them when few, else steps of 1, 2, 4... */
function sweepDiscrete(space: SearchSpace, p: EncodedParameter, current: AcquisitionResult, acq: Acquisition): AcquisitionResult {
  let bestFound = current;
  for (const option of discreteNeighbours(space, p, current.x)) {
    const value = acq.value(option);
    if (value > bestFound.value) bestFound = { x: option, value };
  }
  return bestFound;
}

function discreteNeighbours(space: SearchSpace, p: EncodedParameter, x: Float64Array): Float64Array[] {
  const out: Float64Array[] = [];
  if (p.kind === "categorical") {
    for (let i = 0; i < p.values.length; i++) {
      if (x[p.offset + i] === 1) continue;
      const y = Float64Array.from(x);
      y.fill(0, p.offset, p.offset + p.values.length);
      y[p.offset + i] = 1;
      out.push(y);
    }
    return out;
  }
  if (p.kind !== "integer") return out;
  const current = space.decode(x)[p.name] as number;
  const span = p.max - p.min;
  const values = new Set<number>();
  if (span <= 32) for (let v = p.min; v <= p.max; v++) values.add(v);
  else for (let step = 1; step <= span; step *= 2) values.add(current - step).add(current + step);
  values.delete(current);
  for (const v of values) {
    if (v < p.min || v > p.max) continue;
    const params = space.decode(x);
    params[p.name] = v;
    out.push(space.encode(params));
  }
  return out;
}
