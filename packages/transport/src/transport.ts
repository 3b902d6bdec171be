import type { FreeCapacity } from "./capacity.js";
import type { ControlCommand, MetricPoint, TrialOffer, TrialOutcome, TransportEvent, WorkerAnnouncement, WorkerCapabilities } from "./domain.js";
import type { TransportStats } from "./errors.js";

export interface Subscription {
  stop(): Promise<void>;
}

/** The coordinator's side: offers attempts, sends commands, consumes everything workers report. */
export interface CoordinatorTransport {
  /** Queues one attempt on its resource class. Resolves once the broker holds it durably. */
  offer(trial: TrialOffer): Promise<void>;
  sendControl(workerId: string, command: ControlCommand): Promise<void>;
  /**
   * Delivers events at least once. The handler is called in delivery order (in order for each
   * attempt), and may be called again before an earlier call has settled: a batch of events is handled
   * at once, and a handler that needs some of them one at a time (a job's) queues them itself, in call
   * order. Each event is acknowledged once its own call settles; one whose call throws comes again. A
   * restarted coordinator resumes after the last acknowledged event.
   */
  consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription>;
  readonly stats: TransportStats;
  close(): Promise<void>;
}

export interface ClaimOptions {
  workerId: string;
  /** What the worker can run: it pulls only from classes whose resources and runtime these satisfy. */
  capabilities: WorkerCapabilities;
  /** Trials this worker runs at once. */
  slots: number;
  /** Called for each claimed attempt; the slot and resources stay taken until finish() or release(). */
  onTrial: (trial: ClaimedTrial) => void;
}

/** A running claim: stop() ends pulling (attempts already held keep their leases until settled). */
export interface Claim extends Subscription {
  /** What the claim's capacity has free now: full again once every held attempt is settled. */
  free(): FreeCapacity;
}

/** An attempt a worker holds under a lease. */
export interface ClaimedTrial {
  readonly offer: TrialOffer;
  /**
   * 1 on the first delivery; more when a lease expired or a worker handed it back. Every event the
   * trial publishes carries it, so a re-run can be told from the lost run.
   */
  readonly delivery: number;
  /**
   * The GPU indices the worker's capacity reserved for this attempt, exclusively: the runtime must
   * use exactly these (CUDA_VISIBLE_DEVICES, the container's device request). Empty for CPU trials.
   */
  readonly gpus: readonly number[];
  /** Extends the lease and tells the coordinator the attempt is alive. */
  heartbeat(): Promise<void>;
  reportMetrics(points: readonly MetricPoint[]): Promise<void>;
  /**
   * Output lines while the attempt runs, for `hyperfleet logs --follow` (the caller bounds their rate
   * and size; `dropped`: lines it left out before these). Best effort: in order with the other reports,
   * not retried (the worker's stdout.log keeps everything).
   */
  reportLogs(lines: readonly string[], dropped: number): Promise<void>;
  /**
   * Publishes the result (retrying while the broker is away), then acknowledges the attempt; resolves
   * once the broker has both and the worker's room is back. Rejects only when the transport closes first.
   */
  finish(outcome: TrialOutcome): Promise<void>;
  /**
   * Hands the attempt back for another worker, at once (graceful shutdown, or an attempt the worker
   * cannot run): publishes `released` with the reason, then puts the attempt back on its queue. A
   * hand-back never counts toward the delivery limit.
   */
  release(reason?: string): Promise<void>;
}

/** A worker's side: announces itself, claims what it can run, listens for commands. */
export interface WorkerTransport {
  announce(announcement: WorkerAnnouncement): Promise<void>;
  claim(options: ClaimOptions): Promise<Claim>;
  onControl(workerId: string, handler: (command: ControlCommand) => void): Promise<Subscription>;
  readonly stats: TransportStats;
  close(): Promise<void>;
}
