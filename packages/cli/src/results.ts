import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { earlyStopOf, feasible, multiObjective, objectivesOf, stopReason, type JobRunner, type JobTrial } from "@hyperfleet/coordinator";

/** The last value of each metric a trial reported (its final metrics). */
export function lastMetrics(t: JobTrial): Record<string, number> {
  return Object.fromEntries(Object.entries(t.metrics).map(([name, series]) => [name, series.at(-1)!.value]));
}

/** Trials ranked best first: completed ones by objective, then the rest by id. */
export function rankedTrials(job: JobRunner): JobTrial[] {
  const sign = job.spec.objective.type === "minimize" ? 1 : -1;
  return [...job.trials.values()].sort((a, b) => {
    const ca = a.objective !== undefined;
    const cb = b.objective !== undefined;
    if (ca !== cb) return ca ? -1 : 1;
    return ca ? sign * (a.objective! - b.objective!) : a.trialId - b.trialId;
  });
}

/**
 * results.json (the job and every trial with parameters, metric series, and whether and why it was
 * stopped) and trials.csv (one row per trial; early_stopped and stop_reason last).
 */
export function writeResults(dir: string, job: JobRunner): { json: string; csv: string } {
  mkdirSync(dir, { recursive: true });
  const trials = [...job.trials.values()].sort((a, b) => a.trialId - b.trialId);
  const json = join(dir, "results.json");
  const csv = join(dir, "trials.csv");
  const best = job.best;
  const spec = job.spec;
  const several = multiObjective(spec);
  const front = new Set(job.paretoFront.map((t) => t.trialId));
  // With constraints each completed trial says whether it kept them; with several objectives, whether it is on the front.
  const outcome = (t: JobTrial) => ({
    ...(several ? { values: t.values ?? null, pareto: front.has(t.trialId) } : {}),
    ...(spec.constraints ? { constraintMetrics: t.constraintMetrics ?? null, feasible: t.status === "Completed" ? feasible(spec, t.constraintMetrics) : null } : {}),
  });
  atomicWrite(
    json,
    JSON.stringify(
      {
        jobId: job.jobId,
        status: job.status,
        reason: job.reason,
        objective: job.spec.objective,
        objectives: objectivesOf(spec),
        constraints: spec.constraints ?? [],
        tags: job.spec.tags ?? {},
        counters: job.counters,
        bestTrial: best ? { trialId: best.trialId, objective: best.objective, params: best.params, artifacts: best.artifacts ?? null } : null,
        ...(several ? { paretoFront: job.paretoFront.map((t) => ({ trialId: t.trialId, values: t.values, params: t.params })) } : {}),
        trials: trials.map((t) => {
          const early = earlyStopOf(t, job.spec.objective.metric);
          return {
            trialId: t.trialId,
            status: t.status,
            attempt: t.attempt,
            objective: t.objective ?? null,
            ...outcome(t),
            params: t.params,
            finalMetrics: lastMetrics(t),
            error: t.error ?? null,
            earlyStopped: t.earlyStopped === true,
            ...(early ? { earlyStop: early } : {}),
            stopReason: stopReason(t, job.spec, job.reason) ?? null,
            metrics: t.metrics,
          };
        }),
      },
      null,
      2,
    ),
  );
  const paramNames = Object.keys(job.spec.parameters);
  const metricNames = [...new Set(trials.flatMap((t) => Object.keys(t.metrics)))].sort();
  const outcomeColumns = [...(spec.constraints ? ["feasible"] : []), ...(several ? ["pareto"] : [])];
  const header = ["trial_id", "status", "objective", ...outcomeColumns, ...paramNames, ...metricNames, "error", "early_stopped", "stop_reason"];
  const rows = trials.map((t) => {
    const m = lastMetrics(t);
    const o = outcome(t);
    const flags = [...(spec.constraints ? [o.feasible ?? ""] : []), ...(several ? [o.pareto ?? ""] : [])];
    return [t.trialId, t.status, t.objective ?? "", ...flags, ...paramNames.map((p) => t.params[p] ?? ""), ...metricNames.map((n) => m[n] ?? ""), t.error?.code ?? "", t.earlyStopped === true, stopReason(t, job.spec, job.reason) ?? ""];
  });
  atomicWrite(csv, [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
  return { json, csv };
}

/**
 * The best trials as an aligned text table: the best feasible ones by objective, or with several
 * objectives the Pareto front (every objective a column).
 */
export function bestTable(job: JobRunner, n = 5): string {
  const names = Object.keys(job.spec.parameters);
  const objectives = objectivesOf(job.spec);
  const chosen = multiObjective(job.spec) ? job.paretoFront.slice(0, Math.max(n, 10)) : rankedTrials(job).filter((t) => t.objective !== undefined && feasible(job.spec, t.constraintMetrics)).slice(0, n);
  const rows = chosen.map((t) => [String(t.trialId), ...(t.values ?? [t.objective!]).map(formatNumber), ...names.map((p) => formatValue(t.params[p]))]);
  const header = ["trial", ...objectives.map((o) => o.metric), ...names];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()).join("\n");
}

/** Parameters as "name=value name=value", numbers shortened. */
export function formatParams(params: Readonly<Record<string, unknown>>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(" ");
}

export function formatValue(v: unknown): string {
  return typeof v === "number" ? formatNumber(v) : String(v);
}

export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 1e-3 && Math.abs(v) < 1e5 ? String(Number(v.toPrecision(5))) : v.toExponential(3);
}

function csvCell(v: unknown): string {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function atomicWrite(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
