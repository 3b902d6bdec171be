// Filtering and sorting for the jobs table and the trials grid. Pure, so the grid and CSV export see the
// same rows.

import type { JobSummary, Trial } from "./types.js";

export type SortDir = "asc" | "desc";

export interface Sort {
  key: string;
  dir: SortDir;
}

/** Numbers before strings, missing values last in either direction. */
export function compareValues(a: unknown, b: unknown): number {
  const am = a === undefined || a === null || (typeof a === "number" && Number.isNaN(a));
  const bm = b === undefined || b === null || (typeof b === "number" && Number.isNaN(b));
  if (am || bm) return am && bm ? 0 : am ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return text(a).localeCompare(text(b), undefined, { numeric: true });
}

function text(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

export function sortBy<T>(rows: readonly T[], get: (row: T) => unknown, dir: SortDir): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, v: get(row), i }));
  keyed.sort((x, y) => {
    const xm = x.v === undefined || x.v === null;
    const ym = y.v === undefined || y.v === null;
    if (xm !== ym) return xm ? 1 : -1; // missing last, whatever the direction
    return sign * compareValues(x.v, y.v) || x.i - y.i;
  });
  return keyed.map((k) => k.row);
}

// ---- jobs ----

export function jobField(job: JobSummary, key: string): unknown {
  switch (key) {
    case "progress":
      return job.limits.maxTrials > 0 ? job.trials / job.limits.maxTrials : 0;
    case "best":
      return job.bestObjective;
    case "created":
      return job.createdAt;
    case "tags":
      return Object.entries(job.tags ?? {}).map(([k, v]) => `${k}=${v}`).join(" ");
    default:
      return (job as unknown as Record<string, unknown>)[key];
  }
}

export function filterJobs(jobs: readonly JobSummary[], status: string, text: string): JobSummary[] {
  const q = text.trim().toLowerCase();
  return jobs.filter((j) => {
    if (status !== "" && j.status !== status) return false;
    if (q === "") return true;
    const hay = [j.jobId, j.name, j.strategy, j.resourceClass, j.objective?.metric, ...Object.entries(j.tags ?? {}).map(([k, v]) => `${k}=${v}`)]
      .join(" ")
      .toLowerCase();
    return hay.includes(q);
  });
}

export function sortJobs(jobs: readonly JobSummary[], sort: Sort): JobSummary[] {
  return sortBy(jobs, (j) => jobField(j, sort.key), sort.dir);
}

// ---- trials ----

/** An inclusive range on one column; a missing bound is open. */
export interface Range {
  min?: number;
  max?: number;
}

/**
 * A trial's number (or parameter value) by column key: "objective" (the first objective), "value:I" (the
 * I-th objective's value, several objectives), "constraint:METRIC" (a constrained metric), else a parameter.
 */
export function trialValue(t: Trial, key: string): number | string | undefined {
  if (key === "objective") return t.objective;
  if (key.startsWith("value:")) return t.values?.[Number(key.slice(6))];
  if (key.startsWith("constraint:")) return t.constraintMetrics?.[key.slice(11)] ?? undefined;
  return t.params[key];
}

export interface TrialFilter {
  status: string;
  /** ranges on parameters (by name), on "objective", and on the "value:I" and "constraint:METRIC" columns */
  ranges: Record<string, Range>;
  /** categorical parameters: the values kept (absent: all) */
  categories?: Record<string, readonly string[]>;
}

export function trialField(t: Trial, key: string): unknown {
  if (key.startsWith("param:")) return t.params[key.slice(6)];
  switch (key) {
    case "duration":
      return t.claimedUnixMs !== undefined && t.endedUnixMs !== undefined ? (t.endedUnixMs - t.claimedUnixMs) / 1000 : undefined;
    case "objective":
      return t.objective;
    default:
      if (key.startsWith("value:") || key.startsWith("constraint:")) return trialValue(t, key);
      return (t as unknown as Record<string, unknown>)[key];
  }
}

export function inRange(v: unknown, r: Range): boolean {
  if (r.min === undefined && r.max === undefined) return true;
  if (typeof v !== "number" || !Number.isFinite(v)) return false;
  if (r.min !== undefined && v < r.min) return false;
  if (r.max !== undefined && v > r.max) return false;
  return true;
}

export function filterTrials(trials: readonly Trial[], f: TrialFilter): Trial[] {
  const ranges = Object.entries(f.ranges).filter(([, r]) => r.min !== undefined || r.max !== undefined);
  const cats = Object.entries(f.categories ?? {});
  return trials.filter((t) => {
    if (f.status !== "" && t.status !== f.status) return false;
    for (const [name, r] of ranges) {
      if (!inRange(trialValue(t, name), r)) return false;
    }
    for (const [name, keep] of cats) {
      if (!keep.includes(String(t.params[name]))) return false;
    }
    return true;
  });
}

export function sortTrials(trials: readonly Trial[], sort: Sort): Trial[] {
  return sortBy(trials, (t) => trialField(t, sort.key), sort.dir);
}

/** Merges changed trial list entries into the list by trialId (new ones appended), keeping order by id. */
export function mergeTrials(current: readonly Trial[], changed: readonly Trial[]): Trial[] {
  if (changed.length === 0) return current as Trial[];
  const byId = new Map<number, number>();
  current.forEach((t, i) => byId.set(t.trialId, i));
  const out = current.slice();
  let appended = false;
  for (const t of changed) {
    const i = byId.get(t.trialId);
    if (i === undefined) {
      byId.set(t.trialId, out.length);
      out.push(t);
      appended = true;
    } else {
      out[i] = t;
    }
  }
  if (appended) out.sort((a, b) => a.trialId - b.trialId);
  return out;
}

export function mergeJobs(current: readonly JobSummary[], changed: readonly JobSummary[]): JobSummary[] {
  const map = new Map(current.map((j) => [j.jobId, j] as const));
  for (const j of changed) map.set(j.jobId, j);
  return [...map.values()];
}
