import { nonDominated } from "@hyperfleet/optimizer";
import type { JobSpec } from "./job-spec.js";

// What a job optimizes and within which bounds, read off its spec; the optimizer's conventions (a
// constraint value c is satisfied when c <= 0, as in Optuna) are made here, once.

export type ObjectiveSpec = JobSpec["objective"];

/** The job's objectives in order: `objectives`, or the single `objective`. */
export function objectivesOf(spec: JobSpec): readonly ObjectiveSpec[] {
  return spec.objectives ?? [spec.objective];
}

/** Several objectives: the job's answer is a Pareto front, not one best trial. */
export function multiObjective(spec: JobSpec): boolean {
  return objectivesOf(spec).length > 1;
}

/** One bound of a constraint: each is a constraint of its own for the optimizer. */
export interface ConstraintBound {
  metric: string;
  kind: "max" | "min";
  bound: number;
}

/** The spec's constraints as one bound each ({metric, min, max} gives two). */
export function constraintBounds(spec: JobSpec): readonly ConstraintBound[] {
  return (spec.constraints ?? []).flatMap((c) => [
    ...(c.max === undefined ? [] : [{ metric: c.metric, kind: "max" as const, bound: c.max }]),
    ...(c.min === undefined ? [] : [{ metric: c.metric, kind: "min" as const, bound: c.min }]),
  ]);
}

/** The metrics the constraints read, each once, in the spec's order. */
export function constrainedMetrics(spec: JobSpec): string[] {
  return [...new Set((spec.constraints ?? []).map((c) => c.metric))];
}

/**
 * Each bound's value in the optimizer's convention (satisfied when <= 0): metric − max, min − metric;
 * null where the metric was not reported (infeasible, not failed).
 */
export function constraintValues(spec: JobSpec, metrics: Readonly<Record<string, number | null>>): (number | null)[] {
  return constraintBounds(spec).map((b) => {
    const v = metrics[b.metric];
    if (v === undefined || v === null) return null;
    return b.kind === "max" ? v - b.bound : b.bound - v;
  });
}

/** Within every bound, each metric reported. A job without constraints has every trial feasible. */
export function feasible(spec: JobSpec, metrics: Readonly<Record<string, number | null>> | undefined): boolean {
  return constraintValues(spec, metrics ?? {}).every((c) => c !== null && c <= 0);
}

/** How a constraint reads: "latency_ms <= 20", "10 <= size_mb <= 50". */
export function describeConstraint(c: NonNullable<JobSpec["constraints"]>[number]): string {
  if (c.min !== undefined && c.max !== undefined) return `${c.min} <= ${c.metric} <= ${c.max}`;
  return c.max !== undefined ? `${c.metric} <= ${c.max}` : `${c.metric} >= ${c.min}`;
}

/**
 * The Pareto set: of the trials given (each with its objectives' values, in the spec's order), the
 * indices of those no other one dominates (better or equal in every objective, better in one).
 */
export function paretoIndices(spec: JobSpec, values: readonly (readonly number[])[]): number[] {
  const signs = objectivesOf(spec).map((o) => (o.type === "minimize" ? 1 : -1));
  return nonDominated(values.map((v) => v.map((x, i) => x * signs[i]!)));
}
