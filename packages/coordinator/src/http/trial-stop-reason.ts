import type { JobSpec } from "../job/job-spec.js";
import type { JobTrial } from "../job/job-state.js";

/** Why the median rule stopped a trial: the step it judged and the objective there. */
export interface EarlyStop {
  readonly rule: "median";
  /** The last step of the objective the trial had reported when it was stopped. */
  readonly step?: number;
  /** The objective's value at that step. */
  readonly value?: number;
  /** The median of the earlier trials' running averages at that step, when the job state records it. */
  readonly median?: number;
}

/**
 * How the median rule stopped a trial, or undefined for a trial it did not stop: the decision the job
 * state records (`earlyStop`: step, value judged, median); for a trial stopped before it recorded them
 * (an older journal), the last point of the objective's series.
 */
export function earlyStopOf(t: JobTrial, objectiveMetric: string): EarlyStop | undefined {
  if (!t.earlyStopped) return undefined;
  if (t.earlyStop) return t.earlyStop;
  const last = t.metrics[objectiveMetric]?.at(-1);
  return { rule: "median", ...(last ? { step: last.step, value: last.value } : {}) };
}

/**
 * A stopped trial's reason in one line (the progress of `tune`, `hyperfleet trials`, the CSV, the
 * API); undefined for a trial that was not stopped. `jobReason` is the job's completion reason, for
 * trials stopped because the job ended.
 */
export function stopReason(t: JobTrial, spec: JobSpec, jobReason = ""): string | undefined {
  if (t.status !== "Stopped") return undefined;
  const early = earlyStopOf(t, spec.objective.metric);
  if (early) {
    const metric = spec.objective.metric;
    const at = early.step === undefined ? "" : ` at step ${early.step}`;
    const value = early.value === undefined ? "" : ` (${metric}=${number(early.value)}${early.median === undefined ? "" : `, median of earlier trials ${number(early.median)}`})`;
    return `stopped early by the median rule${at}${value}${early.median === undefined ? ": worse than the median of earlier trials" : ""}`;
  }
  if (t.timedOut) return `stopped after training.maxRuntimeSeconds (${spec.training.maxRuntimeSeconds ?? "?"} s)`;
  return jobReason ? `stopped when the job ended (${jobReason})` : "stopped with the job";
}

function number(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(5)));
}
