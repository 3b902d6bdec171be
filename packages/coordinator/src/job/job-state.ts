import type { JobEvent } from "./journal.js";
import type { JobSpec } from "./job-spec.js";
import type { JobSnapshot, JobState, JobStatus, JobTrial, MetricSample, StatusCounts, TrialRun, TrialStatus } from "./job-state-types.js";
import { sameRun } from "./trial-runs.js";
import { TrialTable } from "./trial-table.js";
import { constrainedMetrics, feasible, multiObjective, objectivesOf, paretoIndices } from "./objectives.js";

export type { JobSnapshot, JobState, JobStatus, JobTrial, MetricSample, StatusCounts, TrialRun, TrialStatus, WarmObservation } from "./job-state-types.js";

/** In progress or stopping: the job still has trials to run or to wait for. */
export function jobActive(status: JobStatus): boolean {
  return status === "InProgress" || status === "Stopping";
}

/** Offered or running: the trial still holds one of the job's parallel slots. */
export function inFlight(status: TrialStatus): boolean {
  return status === "Pending" || status === "Running";
}

type CreatedEvent = Extract<JobEvent, { type: "job-created" }>;

const NO_TRIALS: StatusCounts = { Pending: 0, Running: 0, Completed: 0, Failed: 0, Stopped: 0, FailedRetryable: 0 };

export function initialJobState(e: CreatedEvent): JobState {
  return {
    jobId: e.jobId,
    spec: e.spec,
    status: "InProgress",
    reason: "",
    createdUnixMs: e.at,
    trials: TrialTable.empty<JobTrial>(),
    warm: [],
    maxTrials: e.spec.limits.maxTrials,
    maxParallelTrials: e.spec.limits.maxParallelTrials,
    ...(e.spec.limits.maxFailedTrials === undefined ? {} : { maxFailedTrials: e.spec.limits.maxFailedTrials }),
    counts: NO_TRIALS,
    notImproving: 0,
    lowImprovementAsks: 0,
  };
}

/** The state after one event. Pure: it neither changes its arguments nor reads a clock. */
export function applyJobEvent(s: JobState, e: JobEvent): JobState {
  switch (e.type) {
    case "job-created":
      return s;
    case "job-snapshot":
    case "job-snapshot-part":
      // A snapshot describes the state its job's events before it made: nothing to change. Only a
      // replay that starts at one reads it (replayJob), so a torn one at the end changes nothing.
      return s;
    case "warm-started":
      return { ...s, warm: e.observations.map((o) => ({ ...o })) };
    case "trial-created": {
      const trial: JobTrial = { trialId: e.trialId, params: e.params, status: "Pending", attempt: e.attempt ?? 0, metrics: {}, createdUnixMs: e.at, ...(e.placement ? { placement: e.placement } : {}) };
      const next = withTrial(s, trial);
      return e.optimizer ? { ...next, optimizer: e.optimizer, lowImprovementAsks: e.lowImprovementAsks ?? next.lowImprovementAsks } : next;
    }
    case "attempt-offered":
      return updateTrial(s, e.trialId, (t) => ({ ...withoutRequeue(archiveRun(t, "retried", e.at)), attempt: e.attempt, status: "Pending" }));
    case "attempt-claimed":
      return updateTrial(s, e.trialId, (t) => ({
        ...withoutRequeue(t.status === "Running" ? archiveRun(t, "lost", e.at) : t),
        status: "Running",
        workerId: e.workerId,
        claimedUnixMs: e.at,
        ...(e.delivery !== undefined ? { delivery: e.delivery } : {}),
      }));
    case "attempt-released":
      return updateTrial(s, e.trialId, (t) =>
        t.attempt === e.attempt && t.status === "Running"
          ? { ...archiveRun(t, "released", e.at), status: "Pending", ...(e.requeue ? { requeued: { deliveries: e.delivery ?? 0, lost: e.requeue.lost } } : {}) }
          : t,
      );
    case "metrics":
      return updateTrial(s, e.trialId, (t) => (t.attempt === e.attempt && sameRun(t.delivery, e.delivery) ? { ...t, metrics: withPoints(t.metrics, e.points) } : t));
    case "early-stopped":
      return updateTrial(s, e.trialId, (t) =>
        t.attempt === e.attempt
          ? { ...t, earlyStopped: true, earlyStop: { rule: "median", step: e.step, ...(e.value === undefined ? {} : { value: e.value }), ...(e.median === undefined ? {} : { median: e.median }) } }
          : t,
      );
    case "attempt-timed-out":
      return updateTrial(s, e.trialId, (t) => (t.attempt === e.attempt ? { ...t, timedOut: true } : t));
    case "attempt-finished":
      return finished(s, e);
    case "limits-changed":
      return { ...s, maxTrials: e.maxTrials ?? s.maxTrials, maxParallelTrials: e.maxParallelTrials ?? s.maxParallelTrials, ...(e.maxFailedTrials === undefined ? {} : { maxFailedTrials: e.maxFailedTrials }) };
    case "stop-requested":
      return { ...s, status: "Stopping" };
    case "job-ended":
      return { ...s, status: e.status, reason: e.reason, endedUnixMs: e.at };
    case "job-deleted":
      return s; // the coordinator forgets the job; its state as it ended stays what it was
    case "job-reopened": {
      const { endedUnixMs, ...rest } = s;
      return { ...rest, status: "InProgress", reason: "" };
    }
  }
}

function withoutRequeue(t: JobTrial): JobTrial {
  if (!t.requeued) return t;
  const { requeued, ...rest } = t;
  return rest;
}

/** A job's events from its creation, or from a snapshot (a compacted journal), to its state now. */
export function replayJob(events: readonly JobEvent[]): JobState {
  const first = events[0];
  if (first?.type === "job-snapshot") {
    // The head, then the parts that follow it (compacted() starts a job only at a whole snapshot).
    const parts = events.slice(1, 1 + (first.parts ?? 0)).filter((e) => e.type === "job-snapshot-part");
    const trials = [...first.state.trials, ...parts.flatMap((p) => p.trials)];
    return events.slice(1 + parts.length).reduce(applyJobEvent, fromSnapshot({ ...first.state, trials }));
  }
  if (first?.type !== "job-created") throw new Error("a job's journal must start with job-created or a snapshot");
  return events.slice(1).reduce(applyJobEvent, initialJobState(first));
}

/** The state as plain JSON, for a job-snapshot record. */
export function snapshotOf(s: JobState): JobSnapshot {
  return { ...s, trials: [...s.trials.values()] };
}

/** The most JSON a snapshot record carries in trials: a quarter of nats-server's default max_payload. */
export const SNAPSHOT_PART_BYTES = 256 * 1024;

type SnapshotRecord = Extract<JobEvent, { type: "job-snapshot" | "job-snapshot-part" }>;

/**
 * The records of a snapshot of this state: the head (the state with the first trials) and as many
 * parts as the rest of the trials need, each holding at most `partBytes` of trial JSON (one larger
 * trial goes alone).
 */
export function snapshotRecords(s: JobState, at: number, partBytes = SNAPSHOT_PART_BYTES): SnapshotRecord[] {
  const groups: JobTrial[][] = [[]];
  let size = 0;
  for (const t of s.trials.values()) {
    const bytes = JSON.stringify(t).length;
    if (size + bytes > partBytes && groups.at(-1)!.length > 0) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(t);
    size += bytes;
  }
  const [first, ...rest] = groups;
  const head: SnapshotRecord = { type: "job-snapshot", jobId: s.jobId, state: { ...snapshotOf(s), trials: first! }, ...(rest.length ? { parts: rest.length } : {}), at };
  return [head, ...rest.map((trials, i): SnapshotRecord => ({ type: "job-snapshot-part", jobId: s.jobId, part: i + 1, trials, at }))];
}

export function fromSnapshot(snapshot: JobSnapshot): JobState {
  const { trials, ...rest } = snapshot;
  return { ...rest, trials: TrialTable.of(trials) };
}

/**
 * The events a compacted journal keeps: each job's from its last whole snapshot on (all of them for a
 * job without one), in the journal's order. A snapshot is whole when all of its parts follow it (a
 * coordinator may die while writing them). A deleted job keeps its snapshot and its deletion, so its id
 * is never reused.
 */
export function compacted(events: readonly JobEvent[]): JobEvent[] {
  const lastSnapshot = new Map<string, number>();
  /** Per job, the snapshot being read: where it starts, its parts, and the part it waits for next. */
  const reading = new Map<string, { at: number; parts: number; next: number }>();
  events.forEach((e, i) => {
    const open = reading.get(e.jobId);
    if (e.type === "job-snapshot") reading.set(e.jobId, { at: i, parts: e.parts ?? 0, next: 1 });
    else if (e.type === "job-snapshot-part" && open?.next === e.part) open.next++;
    else reading.delete(e.jobId); // anything else between a snapshot's records: not a whole one
    const now = reading.get(e.jobId);
    if (now && now.next > now.parts) {
      lastSnapshot.set(e.jobId, now.at);
      reading.delete(e.jobId);
    }
  });
  return events.filter((e, i) => i >= (lastSnapshot.get(e.jobId) ?? 0));
}

function finished(s: JobState, e: Extract<JobEvent, { type: "attempt-finished" }>): JobState {
  const o = e.outcome;
  const status: TrialStatus = o.status === "completed" ? "Completed" : o.status === "failed" ? "Failed" : "Stopped";
  const objective = o.status === "completed" ? o.finalMetrics.find((m) => m.name === s.spec.objective.metric)?.value : undefined;
  const before = s.trials.get(e.trialId);
  const outcomes = objective !== undefined && before ? completedOutcomes(s.spec, o.finalMetrics, before.metrics) : {};
  const next = updateTrial(s, e.trialId, (t) => ({
    // A stop can cross the training's end: a trial that completed anyway was not stopped early.
    ...(status === "Stopped" ? withoutRequeue(t) : notStopped(withoutRequeue(t))),
    status,
    ...(objective !== undefined ? { objective } : {}),
    ...outcomes,
    ...(o.status === "failed" ? { error: o.error } : {}),
    ...(o.logTail ? { logTail: o.logTail } : {}),
    ...(o.artifacts ? { artifacts: o.artifacts } : {}),
    endedUnixMs: e.at,
  }));
  // Only a feasible trial can be the best (with constraints, the best feasible one).
  if (objective === undefined || !feasible(s.spec, outcomes.constraintMetrics)) return next;
  const best = s.bestTrialId === undefined ? undefined : s.trials.get(s.bestTrialId)!.objective!;
  const better = best === undefined || isBetter(s.spec, objective, best);
  // An improvement of under 1% still moves the best, but counts as not improving (SageMaker's rule).
  const improved = best === undefined || (better && Math.abs(objective - best) >= 0.01 * Math.abs(best));
  return { ...next, ...(better ? { bestTrialId: e.trialId } : {}), notImproving: improved ? 0 : s.notImproving + 1 };
}

/**
 * What a completed trial's end says beyond its objective: each objective's value when there are
 * several (the objective check made sure each is there), and each constrained metric's (its final
 * value, else the last it reported; null when it never did).
 */
function completedOutcomes(spec: JobSpec, final: readonly { name: string; value: number }[], series: JobTrial["metrics"]): Pick<JobTrial, "values" | "constraintMetrics"> {
  const last = (metric: string): number | undefined => final.find((m) => m.name === metric)?.value ?? series[metric]?.at(-1)?.value;
  const values = multiObjective(spec) ? { values: objectivesOf(spec).map((o) => last(o.metric)!) } : {};
  const metrics = constrainedMetrics(spec);
  return { ...values, ...(metrics.length > 0 ? { constraintMetrics: Object.fromEntries(metrics.map((m) => [m, last(m) ?? null])) } : {}) };
}

/**
 * The trial without its current run, which joins previousRuns when it was claimed; what is left is
 * ready for the next run (no worker, no series).
 */
function archiveRun(t: JobTrial, end: TrialRun["end"], at: number): JobTrial {
  const { claimedUnixMs, delivery, workerId, ...rest } = t;
  if (claimedUnixMs === undefined || workerId === undefined) return { ...rest, metrics: {} };
  const run: TrialRun = { attempt: t.attempt, ...(delivery !== undefined ? { delivery } : {}), workerId, claimedUnixMs, endedUnixMs: at, end, metrics: t.metrics };
  return { ...rest, metrics: {}, previousRuns: [...(t.previousRuns ?? []), run] };
}

function notStopped(t: JobTrial): JobTrial {
  if (!t.earlyStopped && !t.earlyStop) return t;
  const { earlyStopped: _stopped, earlyStop: _stop, ...rest } = t;
  return rest;
}

function withTrial(s: JobState, trial: JobTrial): JobState {
  return { ...s, trials: s.trials.with(trial), counts: recount(s.counts, undefined, trial) };
}

function updateTrial(s: JobState, trialId: number, change: (t: JobTrial) => JobTrial): JobState {
  const before = s.trials.get(trialId);
  if (!before) return s; // an event about a trial this journal never created changes nothing
  const after = change(before);
  if (after === before) return s;
  return { ...s, trials: s.trials.with(after), counts: recount(s.counts, before, after) };
}

function recount(c: StatusCounts, before: JobTrial | undefined, after: JobTrial): StatusCounts {
  const retryable = (t: JobTrial | undefined): number => (t?.status === "Failed" && t.error?.retryable ? 1 : 0);
  const out = { ...c, FailedRetryable: c.FailedRetryable - retryable(before) + retryable(after) };
  if (before) out[before.status]--;
  out[after.status]++;
  return out;
}

function withPoints(metrics: JobTrial["metrics"], points: readonly { name: string; step: number; value: number; timestampUnixMs: number }[]): JobTrial["metrics"] {
  const out: Record<string, readonly MetricSample[]> = { ...metrics };
  for (const p of points) {
    const series = out[p.name] ?? [];
    // Idempotent by (name, step): a redelivered report changes nothing.
    if (!series.some((q) => q.step === p.step)) out[p.name] = [...series, { step: p.step, value: p.value, timestampUnixMs: p.timestampUnixMs }];
  }
  return out;
}

export function isBetter(spec: JobSpec, a: number, b: number): boolean {
  return spec.objective.type === "minimize" ? a < b : a > b;
}

// Read-only views of a state, used by the API, the CLI and the policies.

export function bestTrial(s: JobState): JobTrial | undefined {
  // With several objectives there is no one best: the answer is the Pareto front.
  if (multiObjective(s.spec)) return undefined;
  return s.bestTrialId === undefined ? undefined : s.trials.get(s.bestTrialId);
}

/** The feasible completed trials (all of them, without constraints). */
export function feasibleTrials(s: JobState): JobTrial[] {
  return [...s.trials.values()].filter((t) => t.status === "Completed" && t.objective !== undefined && feasible(s.spec, t.constraintMetrics));
}

/** Several objectives: the feasible completed trials no other one dominates, by trial id. */
export function paretoFront(s: JobState): JobTrial[] {
  if (!multiObjective(s.spec)) return [];
  const candidates = feasibleTrials(s).filter((t) => t.values !== undefined);
  return paretoIndices(s.spec, candidates.map((t) => t.values!)).map((i) => candidates[i]!).sort((a, b) => a.trialId - b.trialId);
}

export function inFlightCount(s: JobState): number {
  return s.counts.Pending + s.counts.Running;
}

/** SageMaker's TrainingJobStatusCounters. */
export function trainingJobCounters(s: JobState) {
  const c = s.counts;
  return { Completed: c.Completed, InProgress: c.Pending + c.Running, RetryableError: c.FailedRetryable, NonRetryableError: c.Failed - c.FailedRetryable, Stopped: c.Stopped };
}

/** SageMaker's ObjectiveStatusCounters. */
export function objectiveCounters(s: JobState) {
  const c = s.counts;
  return { Succeeded: c.Completed, Pending: c.Pending + c.Running, Failed: c.Failed + c.Stopped };
}
