import type { TrialTable } from "./trial-table.js";
import type { OptimizerState, Params, RungPlacement } from "@hyperfleet/optimizer";
import type { ArtifactsLocation, WireError } from "@hyperfleet/transport";
import type { JobSpec } from "./job-spec.js";

// The shapes of a job's state, apart from the reducer that makes them (job-state.ts), so the journal
// can name a snapshot of one without an import cycle.

export type JobStatus = "InProgress" | "Completed" | "Failed" | "Stopping" | "Stopped";
export type TrialStatus = "Pending" | "Running" | "Completed" | "Failed" | "Stopped";

export interface MetricSample {
  readonly step: number;
  readonly value: number;
  readonly timestampUnixMs: number;
}

/** A run of a trial that no longer counts: a new attempt replaced it, it moved to another worker, or it was handed back. */
export interface TrialRun {
  readonly attempt: number;
  readonly delivery?: number;
  readonly workerId: string;
  readonly claimedUnixMs: number;
  readonly endedUnixMs: number;
  /** retried: a new attempt replaced it (a failure, or the run was lost with a restarted embedded broker); lost: redelivered to another worker (its lease ran out); released: handed back. */
  readonly end: "retried" | "lost" | "released";
  readonly metrics: Readonly<Record<string, readonly MetricSample[]>>;
}

export interface JobTrial {
  readonly trialId: number;
  readonly params: Params;
  readonly status: TrialStatus;
  readonly attempt: number;
  readonly workerId?: string;
  /** A completed trial's objective: with several objectives, the first one's value. */
  readonly objective?: number;
  /** With several objectives, a completed trial's value of each, in the spec's order. */
  readonly values?: readonly number[];
  /** With constraints, a completed trial's value of each constrained metric (null: it never reported it, so it is infeasible). */
  readonly constraintMetrics?: Readonly<Record<string, number | null>>;
  readonly error?: WireError;
  /** Intermediate metrics of the current attempt, by name, in arrival order (one sample per step). */
  readonly metrics: Readonly<Record<string, readonly MetricSample[]>>;
  readonly createdUnixMs: number;
  /** When the current run was claimed: its own time limit counts from here. */
  readonly claimedUnixMs?: number;
  /** The broker's delivery count of the current run (a redelivered attempt is a new run). */
  readonly delivery?: number;
  /** Earlier runs, oldest first, each with its own metric series. */
  readonly previousRuns?: readonly TrialRun[];
  readonly endedUnixMs?: number;
  /** The last output lines of the attempt that ended it, as its worker kept them. */
  readonly logTail?: readonly string[];
  /** Where the worker that ran its last attempt kept the artifacts (model, output, stdout/stderr). */
  readonly artifacts?: ArtifactsLocation;
  /** Hyperband: the configuration, rung and budget (passed as the resource hyperparameter). */
  readonly placement?: RungPlacement;
  /** Stopped by the median rule (earlyStopping: auto), not by a user. */
  readonly earlyStopped?: boolean;
  /** The median rule's decision: the step it judged, the trial's value there and the median it was worse than. */
  readonly earlyStop?: { readonly rule: "median"; readonly step: number; readonly value?: number; readonly median?: number };
  /** Stopped because the attempt ran past training.maxRuntimeSeconds. */
  readonly timedOut?: boolean;
  /** Handed back and waiting for the coordinator's fresh copy, which carries these counts (TrialOffer.carried). */
  readonly requeued?: { readonly deliveries: number; readonly lost: number };
}

/** An observation carried over from a parent job (warm start). */
export interface WarmObservation {
  readonly params: Params;
  readonly value: number;
}

/** Trials per status, and failed ones split by whether their error was retryable. */
export type StatusCounts = Readonly<Record<TrialStatus, number>> & { readonly FailedRetryable: number };

/**
 * A tuning job as its journal describes it. Only applyJobEvent makes one from another, live and on
 * replay alike, so a restarted coordinator holds exactly the state the stopped one held.
 */
export interface JobState {
  readonly jobId: string;
  readonly spec: JobSpec;
  readonly status: JobStatus;
  readonly reason: string;
  readonly createdUnixMs: number;
  readonly endedUnixMs?: number;
  /** By id (TrialTable: an event copies one chunk of them, not all). */
  readonly trials: TrialTable<JobTrial>;
  readonly warm: readonly WarmObservation[];
  readonly maxTrials: number;
  readonly maxParallelTrials: number;
  /** Trials that may fail for good before the job fails; unlimited when absent. */
  readonly maxFailedTrials?: number;
  readonly counts: StatusCounts;
  readonly bestTrialId?: number;
  /** Completed trials since the best value last improved by at least 1% (completion.bestNotImprovingTrials). */
  readonly notImproving: number;
  /** Asks in a row whose best expected improvement was negligible (completion.convergence). */
  readonly lowImprovementAsks: number;
  /** The optimizer's suggestion state after the last ask: restored on replay. */
  readonly optimizer?: OptimizerState;
}

/** A job's whole state as plain JSON (its trials a list): what a journal keeps in place of the events that led to it. */
export interface JobSnapshot extends Omit<JobState, "trials"> {
  readonly trials: readonly JobTrial[];
}
