// The coordinator's HTTP API as the dashboard reads it (docs/api.md). Only the fields the page uses are
// typed; everything arrives as JSON.

export type JobStatus = "InProgress" | "Stopping" | "Completed" | "Failed" | "Stopped";
export type TrialStatus = "Pending" | "Running" | "Completed" | "Failed" | "Stopped";
export type Direction = "minimize" | "maximize";

export interface Objective {
  metric: string;
  type: Direction;
}

/** A bound on a metric a trial reports: feasible when min <= value <= max (either may be absent). */
export interface Constraint {
  metric: string;
  max?: number;
  min?: number;
}

export interface Limits {
  maxTrials: number;
  maxParallelTrials: number;
  maxFailedTrials?: number;
}

export interface Counters {
  Completed: number;
  InProgress: number;
  RetryableError: number;
  NonRetryableError: number;
  Stopped: number;
}

export interface JobSummary {
  jobId: string;
  name: string;
  status: JobStatus;
  strategy: string;
  objective: Objective;
  resourceClass: string;
  counters: Counters;
  trials: number;
  limits: Limits;
  bestObjective: number | null;
  /** several objectives only: the size of the Pareto front */
  paretoSize?: number;
  tags: Record<string, string>;
  createdAt: string;
  endedAt?: string;
}

export interface ParameterSpec {
  type: "continuous" | "integer" | "categorical";
  min?: number;
  max?: number;
  values?: (string | number)[];
  scaling?: string;
}

export interface BestTrial {
  trialId: number;
  objective: number;
  params: Record<string, number | string>;
  hyperparameters: Record<string, string>;
  training: { runtime: string; command?: string | string[]; image?: string };
  resources: Record<string, unknown>;
  attempt: number;
  workerId: string;
  durationSeconds: number;
  artifacts: Artifacts | null;
  hyperband: unknown;
}

export interface Artifacts {
  host: string;
  path: string;
}

export interface JobDescription {
  jobId: string;
  name: string;
  status: JobStatus;
  failureReason?: string;
  completionReason?: string;
  createdAt: string;
  endedAt?: string;
  objective: Objective;
  strategy: string;
  limits: Limits;
  tags: Record<string, string>;
  trainingJobStatusCounters: Counters;
  /** null with several objectives (the job's answer is its Pareto front) */
  bestTrial: BestTrial | null;
  /** every objective in order (one entry for a single objective); absent from older coordinators */
  objectives?: Objective[];
  /** [] when none; absent from older coordinators */
  constraints?: Constraint[];
  /** several objectives only: the non-dominated feasible trials */
  paretoFront?: ParetoEntry[];
  /** constraints only: how many completed trials are feasible */
  feasibleTrials?: number;
  /** constraints only, while no completed trial is feasible */
  constraintsNote?: string;
  spec: { parameters?: Record<string, ParameterSpec>; [k: string]: unknown };
}

export interface ParetoEntry {
  trialId: number;
  values: number[];
  params: Record<string, number | string>;
  constraintMetrics?: Record<string, number | null>;
}

export interface Trial {
  trialId: number;
  params: Record<string, number | string>;
  status: TrialStatus;
  attempt: number;
  /** the first objective's value (completed trials) */
  objective?: number;
  /** several objectives, completed trials: each objective's value, in order */
  values?: number[];
  /** constraints, completed trials: each constrained metric's value (null: never reported, infeasible) */
  constraintMetrics?: Record<string, number | null>;
  /** constraints, completed trials: within every bound */
  feasible?: boolean;
  /** several objectives: on the Pareto front (the server's, as of the trial's last change; the page recomputes it) */
  pareto?: boolean;
  createdUnixMs: number;
  claimedUnixMs?: number;
  endedUnixMs?: number;
  workerId?: string;
  earlyStopped: boolean;
  stopReason?: string;
  error?: { code: string; message: string };
  artifacts?: Artifacts;
}

export interface MetricPoint {
  step: number;
  value: number;
  timestampUnixMs: number;
}

export interface PreviousRun {
  attempt: number;
  delivery?: number;
  workerId?: string;
  claimedUnixMs?: number;
  endedUnixMs?: number;
  end?: unknown;
  metrics?: Record<string, MetricPoint[]>;
}

export interface TrialDetail extends Trial {
  metrics: Record<string, MetricPoint[]>;
  /** Earlier runs of the trial; absent when it has had only one. */
  previousRuns?: PreviousRun[];
}

export interface Curve {
  trialId: number;
  status: TrialStatus;
  earlyStopped: boolean;
  points: [number, number][];
}

export interface CurvesResponse {
  metric: string;
  curves: Curve[];
}

export interface ImportanceResponse {
  method: string;
  parameters: { name: string; importance: number }[];
}

export type StreamMessage =
  | { type: "jobs"; jobs: JobSummary[] }
  | { type: "trials"; jobId: string; trials: Trial[] }
  | { type: "keepalive" };
