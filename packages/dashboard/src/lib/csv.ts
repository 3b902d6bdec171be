// CSV export of the trials grid (RFC 4180: comma separated, CRLF, fields with a comma, quote or newline
// quoted, quotes doubled). Formula-looking cells (=, +, -, @ at the start of text) are not rewritten: the
// values are the page's own numbers and parameter values.

import type { Trial } from "./types.js";

export function csvField(v: unknown): string {
  if (v === undefined || v === null) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : typeof v === "string" ? v : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The grid's extra columns for several objectives and constraints. */
export interface OutcomeColumns {
  /** several objectives: their metric names, one column each (values[i]) in place of the single objective */
  objectives?: readonly string[];
  /** the constrained metrics, one column each (constraintMetrics) */
  constraints?: readonly string[];
  /** a feasible column (jobs with constraints) */
  feasible?: boolean;
  /** a pareto column (several objectives) */
  pareto?: boolean;
}

export function trialsCsv(trials: readonly Trial[], paramNames: readonly string[], metric: string, cols: OutcomeColumns = {}): string {
  const objectives = cols.objectives && cols.objectives.length > 1 ? cols.objectives : undefined;
  const constraints = cols.constraints ?? [];
  const header = [
    "trialId",
    "status",
    "attempt",
    ...(objectives ?? [metric]),
    ...paramNames,
    ...constraints,
    ...(cols.feasible ? ["feasible"] : []),
    ...(cols.pareto ? ["pareto"] : []),
    "workerId",
    "earlyStopped",
    "createdUnixMs",
    "endedUnixMs",
    "error",
  ];
  const rows = trials.map((t) => [
    t.trialId,
    t.status,
    t.attempt,
    ...(objectives ? objectives.map((_, i) => t.values?.[i]) : [t.objective]),
    ...paramNames.map((p) => t.params[p]),
    ...constraints.map((m) => t.constraintMetrics?.[m]),
    ...(cols.feasible ? [t.feasible] : []),
    ...(cols.pareto ? [t.pareto] : []),
    t.workerId,
    t.earlyStopped,
    t.createdUnixMs,
    t.endedUnixMs,
    t.error ? `${t.error.code}: ${t.error.message}` : undefined,
  ]);
  return toCsv(header, rows.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))));
}
