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

export function trialsCsv(trials: readonly Trial[], paramNames: readonly string[], metric: string): string {
  const header = ["trialId", "status", "attempt", metric, ...paramNames, "workerId", "earlyStopped", "createdUnixMs", "endedUnixMs", "error"];
  const rows = trials.map((t) => [
    t.trialId,
    t.status,
    t.attempt,
    t.objective,
    ...paramNames.map((p) => t.params[p]),
    t.workerId,
    t.earlyStopped,
    t.createdUnixMs,
    t.endedUnixMs,
    t.error ? `${t.error.code}: ${t.error.message}` : undefined,
  ]);
  return toCsv(header, rows.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))));
}
