// Optimization history: each completed trial's objective, in trial order, and the best so far (over the
// feasible trials only, when the job has constraints: an infeasible trial is never the best).

import type { Direction, Trial } from "./types.js";

export interface History {
  /** trial ids (x), ascending */
  x: number[];
  /** objective of each completed trial */
  y: number[];
  /** best objective of the feasible trials up to and including each point (null before the first one) */
  best: (number | null)[];
  /** whether each point's trial is infeasible (outside the job's constraints) */
  infeasible: boolean[];
}

export function completedWithObjective(trials: readonly Trial[]): Trial[] {
  return trials.filter((t) => t.status === "Completed" && typeof t.objective === "number" && Number.isFinite(t.objective));
}

export function historySeries(trials: readonly Trial[], direction: Direction): History {
  const done = completedWithObjective(trials).sort((a, b) => a.trialId - b.trialId);
  const x: number[] = [];
  const y: number[] = [];
  const best: (number | null)[] = [];
  const infeasible: boolean[] = [];
  let b = direction === "minimize" ? Infinity : -Infinity;
  for (const t of done) {
    const v = t.objective!;
    const bad = t.feasible === false;
    if (!bad) b = direction === "minimize" ? Math.min(b, v) : Math.max(b, v);
    x.push(t.trialId);
    y.push(v);
    best.push(Number.isFinite(b) ? b : null);
    infeasible.push(bad);
  }
  return { x, y, best, infeasible };
}

/** A log scale needs every value above zero. */
export function canUseLogScale(values: readonly number[]): boolean {
  return values.length > 0 && values.every((v) => v > 0);
}
