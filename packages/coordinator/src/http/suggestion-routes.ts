import { WireErrorCode, type MetricPoint, type TrialOutcome } from "@hyperfleet/transport";
import type { Coordinator } from "../job/coordinator.js";
import type { JobRunner } from "../job/job-runner.js";
import { jobActive } from "../job/job-state.js";
import { JobNotExternalError } from "../external/external-errors.js";
import type { ReportAnswer, Suggestion } from "../external/external-trials.js";
import { parseHeartbeat, parseMetricsReport, parseResultReport, parseSuggestionRequest } from "./suggestion-bodies.js";

/** A long poll looks again this often while nothing is offered (the job may have ended meanwhile). */
const POLL_MS = 500;

export interface SuggestionAnswer {
  suggestions: Suggestion[];
  status: string;
  /** Attempts offered and waiting for a client. */
  pending: number;
  /** Attempts clients hold. */
  running: number;
}

function externalJob(job: JobRunner): void {
  if (job.spec.training.runtime !== "external") throw new JobNotExternalError(job.jobId, job.spec.training.runtime);
}

/**
 * POST /v1/jobs/:id/suggestions: up to `count` trials, each under a lease, waiting up to `waitSeconds`
 * for the first (the job keeps maxParallelTrials in flight: a held trial counts until it is reported).
 */
export async function takeSuggestions(coordinator: Coordinator, job: JobRunner, body: unknown): Promise<SuggestionAnswer> {
  externalJob(job);
  const request = parseSuggestionRequest(body);
  const desk = coordinator.external;
  const deadline = Date.now() + request.waitSeconds * 1000;
  let suggestions: Suggestion[] = [];
  for (;;) {
    suggestions = await desk.take(job.jobId, request.count, request.client, request.leaseSeconds * 1000);
    const left = deadline - Date.now();
    if (suggestions.length > 0 || !jobActive(job.status) || left <= 0) break;
    await desk.offered(job.jobId, Math.min(left, POLL_MS));
  }
  return { suggestions, status: job.status, pending: desk.waitingCount(job.jobId), running: desk.heldCount(job.jobId) };
}

/** POST /v1/jobs/:id/trials/:trial/metrics: intermediate metrics; the answer says whether to stop. */
export function reportMetrics(coordinator: Coordinator, job: JobRunner, trialId: number, body: unknown): Promise<ReportAnswer> {
  externalJob(job);
  const report = parseMetricsReport(body);
  const now = Date.now();
  const series = job.trials.get(trialId)?.metrics ?? {};
  // Without a step each metric takes its next one, as the worker's metrics file does.
  const points: MetricPoint[] = Object.entries(report.metrics).map(([name, value]) => ({ name, value, step: report.step ?? nextStep(series[name]), timestampUnixMs: now }));
  return coordinator.external.metrics(job.jobId, trialId, report.lease, points);
}

function nextStep(series: readonly { step: number }[] | undefined): number {
  return series && series.length > 0 ? Math.max(...series.map((s) => s.step)) + 1 : 0;
}

/** POST /v1/jobs/:id/trials/:trial/heartbeat: keeps the lease; the answer says whether to stop. */
export function heartbeat(coordinator: Coordinator, job: JobRunner, trialId: number, body: unknown): Promise<ReportAnswer> {
  externalJob(job);
  return coordinator.external.heartbeat(job.jobId, trialId, parseHeartbeat(body).lease);
}

/**
 * POST /v1/jobs/:id/trials/:trial/result: how the training ended. The answer is the trial as the job
 * has it then: Completed, Failed, Stopped, or Pending again when a failure is retried.
 */
export async function reportResult(coordinator: Coordinator, job: JobRunner, trialId: number, body: unknown): Promise<{ trialId: number; status: string; attempt: number; objective?: number }> {
  externalJob(job);
  const report = parseResultReport(body);
  const now = Date.now();
  const values: Record<string, number> = { ...(report.metrics ?? {}), ...(report.value === undefined ? {} : { [job.spec.objective.metric]: report.value }) };
  const last = job.trials.get(trialId)?.metrics ?? {};
  const finalMetrics: MetricPoint[] = Object.entries(values).map(([name, value]) => ({ name, value, step: nextStep(last[name]), timestampUnixMs: now }));
  const outcome: TrialOutcome =
    report.status === "failed"
      ? { status: "failed", error: { code: WireErrorCode.ClientFailed, message: report.error ?? "the client reported the training failed", retryable: false }, finalMetrics }
      : { status: report.status, finalMetrics };
  await coordinator.external.result(job.jobId, trialId, report.lease, outcome);
  const t = job.trials.get(trialId)!;
  return { trialId, status: t.status, attempt: t.attempt, ...(t.objective === undefined ? {} : { objective: t.objective }) };
}
