// Optimization history: each completed trial's objective, in trial order, and the best so far.

import type { Direction, Trial } from "./types.js";

export interface History {
  /** trial ids (x), ascending */
  x: number[];
  /** objective of each completed trial */
  y: number[];
  /** best objective up to and including each point */
  best: number[];
}

export function completedWithObjective(trials: readonly Trial[]): Trial[] {
  return trials.filter((t) => t.status === "Completed" && typeof t.objective === "number" && Number.isFinite(t.objective));
}

export function historySeries(trials: readonly Trial[], direction: Direction): History {
  const done = completedWithObjective(trials).sort((a, b) => a.trialId - b.trialId);
  const x: number[] = [];
  const y: number[] = [];
  const best: number[] = [];
  let b = direction === "minimize" ? Infinity : -Infinity;
  for (const t of done) {
    const v = t.objective!;
    b = direction === "minimize" ? Math.min(b, v) : Math.max(b, v);
    x.push(t.trialId);
    y.push(v);
    best.push(b);
  }
  return { x, y, best };
}

/** A log scale needs every value above zero. */
export function canUseLogScale(values: readonly number[]): boolean {
  return values.length > 0 && values.every((v) => v > 0);
}
