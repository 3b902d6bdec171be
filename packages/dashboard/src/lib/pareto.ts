// Several objectives and constraints, as the page shows them: the Pareto front computed here from the
// trials' `values` and `feasible` (the server's per-trial `pareto` is as of that trial's last change, so a
// live page recomputes it whenever the trials change), the 2-D scatter's series, labels.
//
// A trial counts when it completed with a finite value for every objective and is not infeasible. It is on
// the front when no other counted trial dominates it: at least as good in every objective and better in
// one. Equal trials (duplicates) do not dominate each other: both are on the front.

import { nonDominated } from "@hyperfleet/optimizer";
import type { Constraint, Direction, Objective, Trial } from "./types.js";

/** Each objective's value of a completed trial, or undefined when it lacks one (or one is not finite). */
export function objectiveValues(t: Trial, count: number): number[] | undefined {
  if (t.status !== "Completed") return undefined;
  const v = count === 1 && t.values === undefined ? (t.objective === undefined ? undefined : [t.objective]) : t.values;
  if (!v || v.length < count) return undefined;
  for (let i = 0; i < count; i++) if (typeof v[i] !== "number" || !Number.isFinite(v[i])) return undefined;
  return v.length === count ? v : v.slice(0, count);
}

/** Infeasible: a completed trial the server marked outside its constraints. */
export const isInfeasible = (t: Trial): boolean => t.feasible === false;

const sign = (d: Direction): number => (d === "minimize" ? 1 : -1);

/** The trials on the front, in trial order. */
export function paretoFront(trials: readonly Trial[], objectives: readonly Objective[]): Trial[] {
  const n = objectives.length;
  const signs = objectives.map((o) => sign(o.type));
  const counted: Trial[] = [];
  const points: number[][] = [];
  for (const t of trials) {
    if (isInfeasible(t)) continue;
    const v = objectiveValues(t, n);
    if (!v) continue;
    counted.push(t);
    points.push(v.map((x, i) => x * signs[i]!));
  }
  return nonDominated(points).map((i) => counted[i]!).sort((a, b) => a.trialId - b.trialId);
}

/** The ids of the trials on the front. */
export function paretoIds(trials: readonly Trial[], objectives: readonly Objective[]): Set<number> {
  return new Set(paretoFront(trials, objectives).map((t) => t.trialId));
}

/**
 * The trials with `pareto` as of now (several objectives): a trial object changes only where its flag
 * does, so the grid, its sort and the CSV see the front that the plots draw.
 */
export function withFront(trials: readonly Trial[], front: ReadonlySet<number>): Trial[] {
  let changed = false;
  const out = trials.map((t) => {
    const on = front.has(t.trialId);
    if (t.pareto === on) return t;
    changed = true;
    return { ...t, pareto: on };
  });
  return changed ? out : (trials as Trial[]);
}

export interface ScatterData {
  /** the trials drawn, by x ascending (uPlot's x must be sorted) */
  trials: Trial[];
  x: number[];
  /** feasible trials off the front (null elsewhere) */
  others: (number | null)[];
  /** trials on the front */
  front: (number | null)[];
  /** infeasible trials */
  infeasible: (number | null)[];
  /** the staircase through the front of the two objectives shown (null elsewhere; drawn with gaps spanned) */
  line: (number | null)[];
  /** how many points each series has */
  counts: { others: number; front: number; infeasible: number; line: number };
}

/**
 * The 2-D scatter of objectives `ix` (x) and `iy` (y): every completed trial with both values, split into
 * feasible, front (`front`: the ids on the full front) and infeasible, and the staircase line through the
 * non-dominated feasible points of these two objectives (the front itself when there are two).
 */
export function scatterData(trials: readonly Trial[], objectives: readonly Objective[], ix: number, iy: number, front: ReadonlySet<number>): ScatterData {
  const n = objectives.length;
  const pts: { t: Trial; x: number; y: number }[] = [];
  for (const t of trials) {
    const v = objectiveValues(t, n);
    if (v) pts.push({ t, x: v[ix]!, y: v[iy]! });
  }
  pts.sort((a, b) => a.x - b.x || a.y - b.y || a.t.trialId - b.t.trialId);
  const sx = sign(objectives[ix]!.type);
  const sy = sign(objectives[iy]!.type);
  const feasibleIdx = pts.flatMap((p, i) => (isInfeasible(p.t) ? [] : [i]));
  const onLine = new Set(nonDominated(feasibleIdx.map((i) => [pts[i]!.x * sx, pts[i]!.y * sy])).map((k) => feasibleIdx[k]!));
  const out: ScatterData = { trials: [], x: [], others: [], front: [], infeasible: [], line: [], counts: { others: 0, front: 0, infeasible: 0, line: 0 } };
  pts.forEach((p, i) => {
    const bad = isInfeasible(p.t);
    const on = !bad && front.has(p.t.trialId);
    out.trials.push(p.t);
    out.x.push(p.x);
    out.others.push(!bad && !on ? p.y : null);
    out.front.push(on ? p.y : null);
    out.infeasible.push(bad ? p.y : null);
    out.line.push(onLine.has(i) ? p.y : null);
    if (bad) out.counts.infeasible++;
    else if (on) out.counts.front++;
    else out.counts.others++;
    if (onLine.has(i)) out.counts.line++;
  });
  return out;
}

/**
 * How the staircase steps between two front points sorted by x: it holds a point's y until the next x
 * (uPlot's stepped `align: 1`) when x is minimized, and takes the next point's y from the previous x
 * (`align: -1`) when x is maximized: the boundary of the region the front dominates.
 */
export const stepAlign = (x: Direction): 1 | -1 => (x === "minimize" ? 1 : -1);

/** "loss (minimize)" */
export const objectiveLabel = (o: Objective): string => `${o.metric} (${o.type})`;

/** "size <= 10", "size >= 1", "1 <= size <= 10" (as the coordinator writes them). */
export function describeConstraint(c: Constraint): string {
  if (c.min !== undefined && c.max !== undefined) return `${c.min} <= ${c.metric} <= ${c.max}`;
  return c.max !== undefined ? `${c.metric} <= ${c.max}` : `${c.metric} >= ${c.min}`;
}
