/**
 * Domain types that cross between coordinator and workers. Transports convert them to and from the
 * hyperfleet/v1 wire types at the edge (codec.ts); nothing else sees protobuf.
 */
import type { WireErrorCode } from "@hyperfleet/proto";

export interface ResourceRequest {
  cpus: number;
  memoryMiB: number;
  gpus: number;
  /** Case-insensitive substring of the worker's GPU model; empty or absent: any model. */
  gpuModel?: string;
  /** Every label must be present on the worker with the same value. */
  labels?: Readonly<Record<string, string>>;
}

export interface GpuInfo {
  index: number;
  model: string;
  memoryMiB: number;
}

/** How a worker runs a training: a local process, or a container per attempt. */
export type TrainingRuntime = "process" | "docker";
export const TRAINING_RUNTIMES: readonly TrainingRuntime[] = ["process", "docker"];

export interface WorkerCapabilities {
  cpus: number;
  memoryMiB: number;
  gpus: readonly GpuInfo[];
  labels: Readonly<Record<string, string>>;
  /** The runtimes the worker serves; it claims only attempts whose `training.runtime` is one of them. */
  runtimes: readonly TrainingRuntime[];
}

export type HyperparameterValue = number | string | boolean;

export interface TrainingSpec {
  runtime: TrainingRuntime;
  command: readonly string[];
  image?: string;
  environment?: Readonly<Record<string, string>>;
  metricDefinitions?: readonly { name: string; regex: string }[];
  objectiveMetric?: string;
  /** Channel name -> a folder on the worker's host (SageMaker's input data channels). */
  dataChannels?: Readonly<Record<string, string>>;
}

/** One attempt of one trial. (jobId, trialId, attempt) identifies it everywhere. */
export interface TrialOffer {
  jobId: string;
  trialId: number;
  attempt: number;
  hyperparameters: Readonly<Record<string, HyperparameterValue>>;
  staticHyperparameters: Readonly<Record<string, string>>;
  training: TrainingSpec;
  resources: ResourceRequest;
  /** Unix milliseconds after which the attempt must stop; 0: none. */
  deadlineUnixMs: number;
  offeredUnixMs: number;
  /**
   * On a re-queue after a hand-back: what the attempt's earlier copies went through. The broker's own
   * count starts again with the fresh copy; these keep the deliveries counting up while only the lost
   * ones count toward the limit. Travels in message headers, not in the assignment.
   */
  carried?: Carried;
}

/** What earlier copies of an attempt's message went through (see TrialOffer.carried). */
export interface Carried {
  /** Deliveries of the attempt before this copy. */
  deliveries: number;
  /** Of those, the ones whose worker lost the lease (died, or lost the broker for longer than the lease). */
  lost: number;
}

export const NOTHING_CARRIED: Carried = { deliveries: 0, lost: 0 };

export interface AttemptKey {
  jobId: string;
  trialId: number;
  attempt: number;
}

export interface MetricPoint {
  name: string;
  value: number;
  step: number;
  timestampUnixMs: number;
}

export interface WireError {
  /**
   * One of WireErrorCode when we sent it. A worker in another language may send a code we do not
   * know (and a newer worker a code added since): it must still decode, keep its text and reach the
   * job state and the API, so the type stays open (`string & {}` keeps the known codes suggested
   * without narrowing what decodes).
   */
  code: WireErrorCode | (string & {});
  message: string;
  retryable: boolean;
}

/** How an attempt ended; `logTail` holds the last lines of its output. */
export type TrialOutcome = (
  | { status: "completed"; finalMetrics: readonly MetricPoint[] }
  | { status: "failed"; error: WireError; finalMetrics: readonly MetricPoint[] }
  | { status: "stopped"; finalMetrics: readonly MetricPoint[] }
) & { logTail?: readonly string[]; artifacts?: ArtifactsLocation };

/** Where a worker kept an attempt's artifacts: its model and output folders and its stdout/stderr files. */
export interface ArtifactsLocation {
  host: string;
  path: string;
}

export interface WorkerAnnouncement {
  workerId: string;
  host: string;
  capabilities: WorkerCapabilities;
  slots: number;
  freeSlots: number;
  resourceClasses: readonly string[];
  sentUnixMs: number;
  leaving: boolean;
}

/**
 * What flows to the coordinator. `delivery` is the broker delivery count of the worker's claim (1 on
 * the first delivery, higher after a lost lease or a hand-back; 0 when unknown): a re-run of the same
 * attempt reports a higher delivery, so its metrics can be told from the lost run's.
 */
export type TransportEvent =
  | ({ type: "claim"; workerId: string; claimedUnixMs: number; delivery: number } & AttemptKey)
  | ({ type: "heartbeat"; workerId: string; sentUnixMs: number; delivery: number } & AttemptKey)
  | ({ type: "metrics"; workerId: string; points: readonly MetricPoint[]; delivery: number } & AttemptKey)
  /** A running attempt's output lines, batched by the worker; `dropped` lines were left out before them. */
  | ({ type: "logs"; workerId: string; lines: readonly string[]; dropped: number; delivery: number } & AttemptKey)
  | ({ type: "result"; workerId: string; outcome: TrialOutcome; finishedUnixMs: number; delivery: number } & AttemptKey)
  /** A worker handed the attempt back (graceful shutdown, or it cannot run it): it is queued again. */
  | ({ type: "released"; workerId: string; delivery: number; reason: string; /** Lost deliveries so far (absent from old workers). */ lost?: number; /** The coordinator puts the fresh copy on the queue (false: an older worker did). */ requeue?: boolean } & AttemptKey)
  | ({ type: "unschedulable"; resourceClass: string; reason: string } & AttemptKey)
  | { type: "worker"; announcement: WorkerAnnouncement };

/** The worker an event speaks for (an announcement's or a report's); undefined for the coordinator's own `unschedulable`. */
export function workerOf(e: TransportEvent): string | undefined {
  if (e.type === "worker") return e.announcement.workerId;
  return e.type === "unschedulable" ? undefined : e.workerId;
}

export type ControlCommand =
  | ({ type: "stop-trial"; reason: string } & AttemptKey)
  /** The attempt's artifacts at `path` (as its result named them) are no longer wanted. */
  | ({ type: "drop-artifacts"; path: string } & AttemptKey)
  | { type: "drain"; graceSeconds: number };

export function attemptId(k: AttemptKey): string {
  return `${k.jobId}/${k.trialId}/${k.attempt}`;
}

/** Only the key of something that carries one (an offer, an event), to spread into an event. */
export function attemptKey(k: AttemptKey): AttemptKey {
  return { jobId: k.jobId, trialId: k.trialId, attempt: k.attempt };
}
