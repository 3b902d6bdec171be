import type { GaussianProcess } from "../gp/gaussian-process.js";
import { logExpectedImprovement, logExpectedImprovementWithGradient } from "./log-ei.js";

/**
 * One additive term of a log-space acquisition: log EI, log EHVI, or the log probability that a
 * trial is feasible. `kind` says which half of the diagnostics it belongs to.
 */
export interface AcquisitionPart {
  readonly kind: "objective" | "feasibility";
  value(x: Float64Array): number;
  /** The value, and its gradient in x written into `out` (length: the encoded dimensions). */
  valueWithGradient(x: Float64Array, out: Float64Array): number;
}

/** What optimize-acquisition maximizes: the sum of its parts (a product of the factors, in log space). */
export class Acquisition {
  readonly parts: readonly AcquisitionPart[];
  private readonly scratch: Float64Array;

  constructor(parts: readonly AcquisitionPart[], dims: number) {
    if (parts.length === 0) throw new Error("an acquisition needs at least one part");
    this.parts = parts;
    this.scratch = new Float64Array(dims);
  }

  value(x: Float64Array): number {
    // Starting from the first part rather than 0 keeps a one-part sum bit for bit equal to that part.
    let v = this.parts[0]!.value(x);
    for (let i = 1; i < this.parts.length; i++) v += this.parts[i]!.value(x);
    return v;
  }

  valueWithGradient(x: Float64Array, out: Float64Array): number {
    let v = this.parts[0]!.valueWithGradient(x, out);
    for (let i = 1; i < this.parts.length; i++) {
      v += this.parts[i]!.valueWithGradient(x, this.scratch);
      for (let d = 0; d < out.length; d++) out[d] = out[d]! + this.scratch[d]!;
    }
    return v;
  }

  /** The objective and feasibility halves at x, for diagnostics (0 for a half without parts). */
  split(x: Float64Array): { objective: number | undefined; feasibility: number | undefined } {
    let objective: number | undefined;
    let feasibility: number | undefined;
    for (const p of this.parts) {
      const v = p.value(x);
      if (p.kind === "objective") objective = (objective ?? 0) + v;
      else feasibility = (feasibility ?? 0) + v;
    }
    return { objective, feasibility };
  }
}

/** log EI below `best` (minimization) of one GP. */
export function logEiPart(gp: GaussianProcess, best: number): AcquisitionPart {
  const dMean = new Float64Array(gp.dims);
  const dVar = new Float64Array(gp.dims);
  return {
    kind: "objective",
    value: (x) => logExpectedImprovement(gp.predict(x), best),
    valueWithGradient: (x, out) => logExpectedImprovementWithGradient(gp.predictWithGradient(x, dMean, dVar), best, dMean, dVar, out),
  };
}

/** Anything with a log probability of feasibility and its gradient (feasibility-model.ts, constraint-model.ts). */
export interface LogProbabilityModel {
  logProbability(x: Float64Array): number;
  logProbabilityWithGradient(x: Float64Array, out: Float64Array): number;
}

export function feasibilityPart(model: LogProbabilityModel): AcquisitionPart {
  return { kind: "feasibility", value: (x) => model.logProbability(x), valueWithGradient: (x, out) => model.logProbabilityWithGradient(x, out) };
}
