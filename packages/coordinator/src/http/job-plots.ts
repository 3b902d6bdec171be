import { parameterImportance } from "@hyperfleet/optimizer";
import type { JobRunner } from "../job/job-runner.js";
import type { MetricSample } from "../job/job-state.js";

/** Points per learning curve when the caller does not say: plenty for a plot. */
export const DEFAULT_CURVE_POINTS = 100;
const MAX_CURVE_POINTS = 2_000;
/**
 * Points for all the curves of one answer: past this the curves get fewer points each (at least 8), so
 * a job of 10,000 trials answers in about 2 MB, not 24 (10,000 overplotted curves show no more detail).
 */
export const CURVE_POINT_BUDGET = 100_000;
const MIN_CURVE_POINTS = 8;

/**
 * GET /v1/jobs/:id/curves?metric=&points=: every trial's series of one metric (the objective by
 * default), each downsampled to at most `points`, as [step, value] pairs. A job of 10,000 trials with
 * 100 points each stays a few MB whatever the trials reported.
 */
export function jobCurves(job: JobRunner, params: URLSearchParams): { metric: string; curves: { trialId: number; status: string; earlyStopped: boolean; points: [number, number][] }[] } {
  const metric = params.get("metric") || job.spec.objective.metric;
  const asked = Number(params.get("points") ?? DEFAULT_CURVE_POINTS);
  const points = Number.isInteger(asked) && asked >= 2 ? Math.min(asked, MAX_CURVE_POINTS) : DEFAULT_CURVE_POINTS;
  const withSeries = [...job.trials.values()].filter((t) => (t.metrics[metric]?.length ?? 0) > 0);
  const each = Math.min(points, Math.max(MIN_CURVE_POINTS, Math.floor(CURVE_POINT_BUDGET / Math.max(1, withSeries.length))));
  const curves = withSeries.map((t) => ({ trialId: t.trialId, status: t.status, earlyStopped: t.earlyStopped === true, points: downsample(t.metrics[metric]!, each).map(([s, v]): [number, number] => [s, short(v)]) }));
  return { metric, curves };
}

/** Six significant digits: a plot needs no more, and the answer is a third smaller. */
function short(v: number): number {
  return Number(v.toPrecision(6));
}

/**
 * At most `n` points of a series, keeping its shape: the first and last points, and in each of the
 * buckets between them the point farthest from its bucket's mean (so spikes survive). A series of
 * `n` points or fewer is returned whole.
 */
export function downsample(series: readonly MetricSample[], n: number): [number, number][] {
  if (series.length <= n) return series.map((p) => [p.step, p.value]);
  const out: [number, number][] = [[series[0]!.step, series[0]!.value]];
  const inner = series.length - 2;
  const buckets = n - 2;
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor((b * inner) / buckets);
    const to = 1 + Math.floor(((b + 1) * inner) / buckets);
    let mean = 0;
    for (let i = from; i < to; i++) mean += series[i]!.value;
    mean /= Math.max(1, to - from);
    let pick = from;
    for (let i = from; i < to; i++) if (Math.abs(series[i]!.value - mean) > Math.abs(series[pick]!.value - mean)) pick = i;
    out.push([series[pick]!.step, series[pick]!.value]);
  }
  const last = series.at(-1)!;
  out.push([last.step, last.value]);
  return out;
}

type Importance = { method: "gp-ard"; parameters: { name: string; importance: number }[] };

/**
 * A GP fit per call would stall the event loop for a big job: the answer is kept per job and fitted
 * again only once more trials have completed and 10 s have passed.
 */
const importanceCache = new WeakMap<JobRunner, { completed: number; at: number; answer: Importance }>();

/** GET /v1/jobs/:id/importance: each parameter's share of the objective's variation (parameterImportance, GP ARD). */
export function jobImportance(job: JobRunner, now = Date.now()): Importance {
  const completed = job.counters.Completed;
  const cached = importanceCache.get(job);
  if (cached && (cached.completed === completed || now - cached.at < 10_000)) return cached.answer;
  const answer = fitImportance(job);
  importanceCache.set(job, { completed, at: now, answer });
  return answer;
}

function fitImportance(job: JobRunner): Importance {
  const observations = [];
  for (const t of job.trials.values()) if (t.status === "Completed" && t.objective !== undefined) observations.push({ params: t.params, value: t.objective });
  return { method: "gp-ard", parameters: parameterImportance(job.spec.parameters, observations) };
}
