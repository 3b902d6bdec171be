import { randomUUID } from "node:crypto";
import { attemptId, newStats, WireErrorCode, type ControlCommand, type CoordinatorTransport, type MetricPoint, type Subscription, type TrialOffer, type TrialOutcome, type TransportEvent } from "@hyperfleet/transport";
import { LeaseExpiredError } from "./external-errors.js";

/** A lease's length when the client names none: long enough for a training, short enough to notice a lost client. */
export const DEFAULT_LEASE_MS = 600_000;

/** A suggestion as an API client gets it. */
export interface Suggestion {
  trialId: number;
  attempt: number;
  /** The client's proof that it holds the attempt: every report names it. */
  lease: string;
  leaseExpiresUnixMs: number;
  hyperparameters: TrialOffer["hyperparameters"];
  staticHyperparameters: TrialOffer["staticHyperparameters"];
}

/** What the client hears back after a report: whether the coordinator wants the trial stopped. */
export interface ReportAnswer {
  shouldStop: boolean;
  reason?: string;
  leaseExpiresUnixMs: number;
}

interface Lease {
  readonly token: string;
  readonly offer: TrialOffer;
  /** The worker id the job's state records for this run: the client's label and the lease's start. */
  readonly workerId: string;
  readonly leaseMs: number;
  expiresUnixMs: number;
  timer: NodeJS.Timeout;
  /** A stop command came for the run (early stopping, the job stopped, a time limit): told on the next report. */
  stopReason?: string;
}

export interface ExternalTrialsOptions {
  /** Where the client's claims and reports go: the coordinator's own event route, as a broker's events do. */
  deliver: (event: TransportEvent) => Promise<void>;
  /** Whether an offered attempt still counts (the job may have stopped, or retried it, since). */
  current: (offer: TrialOffer) => boolean;
  now?: () => number;
}

/**
 * The coordinator's suggestion service: the "broker" of jobs whose training is `runtime: external`.
 * Their attempts wait here instead of on a queue; an API client takes them under a lease and reports
 * on them, and each take and report becomes the transport event a worker's would be (claim, metrics,
 * heartbeat, result), handled by the job exactly as a worker's. A lease that runs out fails its attempt
 * with LEASE_EXPIRED (retryable), so the retry policy offers it again. Nothing here is durable: after
 * a coordinator restart an external job offers its unfinished attempts again (Coordinator.start).
 */
export class ExternalTrials implements CoordinatorTransport {
  private readonly waiting = new Map<string, Map<string, TrialOffer>>();
  private readonly leases = new Map<string, Lease>();
  private readonly leaseOfWorker = new Map<string, Lease>();
  private readonly wakers = new Map<string, Set<() => void>>();
  private readonly now: () => number;
  readonly stats = newStats();
  /** Leases that ran out (hyperfleet_suggestion_leases_expired_total). */
  leasesExpired = 0;
  private closed = false;

  constructor(private readonly o: ExternalTrialsOptions) {
    this.now = o.now ?? Date.now;
  }

  /** An attempt to hand out: it waits for the next client that asks (an offer again after a restart replaces it). */
  offer(offer: TrialOffer): Promise<void> {
    let queue = this.waiting.get(offer.jobId);
    if (!queue) this.waiting.set(offer.jobId, (queue = new Map<string, TrialOffer>()));
    queue.set(attemptId(offer), offer);
    this.stats.offered++;
    for (const wake of this.wakers.get(offer.jobId) ?? []) wake();
    return Promise.resolve();
  }

  /** A stop for a run a client holds is told on its next report; nothing else reaches a client. */
  sendControl(workerId: string, command: ControlCommand): Promise<void> {
    const lease = this.leaseOfWorker.get(workerId);
    if (lease && command.type === "stop-trial" && attemptId(command) === attemptId(lease.offer)) lease.stopReason ??= command.reason;
    return Promise.resolve();
  }

  /** The client's events come in through `deliver`; there is no stream to consume. */
  consumeEvents(): Promise<Subscription> {
    return Promise.resolve({ stop: async () => undefined });
  }

  /** Attempts of the job waiting for a client now (those that still count). */
  waitingCount(jobId: string): number {
    return [...(this.waiting.get(jobId)?.values() ?? [])].filter((o) => this.o.current(o)).length;
  }

  /** Attempts of the job that clients hold. */
  heldCount(jobId: string): number {
    let n = 0;
    for (const l of this.leases.values()) if (l.offer.jobId === jobId) n++;
    return n;
  }

  /**
   * Hands up to `count` waiting attempts to a client, each under a lease of `leaseMs`; resolves once the
   * job has recorded each claim (so a report that follows finds the run).
   */
  async take(jobId: string, count: number, client: string, leaseMs: number): Promise<Suggestion[]> {
    const queue = this.waiting.get(jobId);
    const taken: Suggestion[] = [];
    for (const [key, offer] of queue ?? []) {
      if (taken.length >= count) break;
      queue!.delete(key);
      if (!this.o.current(offer)) continue;
      const lease = this.lease(offer, client, leaseMs);
      try {
        await this.o.deliver({ type: "claim", jobId, trialId: offer.trialId, attempt: offer.attempt, workerId: lease.workerId, claimedUnixMs: this.now(), delivery: 1 });
      } catch (err) {
        // The claim was not recorded (the journal could not be written): the attempt waits again, and
        // what was taken so far is not lost with the error: those claims are recorded.
        this.release(lease);
        queue!.set(key, offer);
        if (taken.length > 0) return taken;
        throw err;
      }
      taken.push({ trialId: offer.trialId, attempt: offer.attempt, lease: lease.token, leaseExpiresUnixMs: lease.expiresUnixMs, hyperparameters: offer.hyperparameters, staticHyperparameters: offer.staticHyperparameters });
    }
    return taken;
  }

  /** Resolves when an attempt of the job is offered, or after `ms` (whichever first). */
  offered(jobId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.wakers.get(jobId) ?? new Set();
      this.wakers.set(jobId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.wakers.delete(jobId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }

  /** Intermediate metrics of a held trial; the answer says whether the job wants it stopped (after it has judged them). */
  async metrics(jobId: string, trialId: number, token: string, points: readonly MetricPoint[]): Promise<ReportAnswer> {
    const lease = this.holder(jobId, trialId, token);
    this.extend(lease);
    if (points.length > 0) await this.o.deliver({ type: "metrics", ...this.keyOf(lease), points });
    return this.answer(lease);
  }

  /** Keeps a held trial's lease; the answer says whether the job wants it stopped. */
  async heartbeat(jobId: string, trialId: number, token: string): Promise<ReportAnswer> {
    const lease = this.holder(jobId, trialId, token);
    this.extend(lease);
    await this.o.deliver({ type: "heartbeat", ...this.keyOf(lease), sentUnixMs: this.now() });
    return this.answer(lease);
  }

  /** The end of a held trial: its lease is given up and the job records the outcome. */
  async result(jobId: string, trialId: number, token: string, outcome: TrialOutcome): Promise<void> {
    const lease = this.holder(jobId, trialId, token);
    this.release(lease);
    await this.o.deliver({ type: "result", ...this.keyOf(lease), outcome, finishedUnixMs: this.now() });
  }

  /** Forgets a job's waiting attempts and leases (it was deleted, or ended). */
  forget(jobId: string): void {
    this.waiting.delete(jobId);
    for (const l of [...this.leases.values()]) if (l.offer.jobId === jobId) this.release(l);
  }

  close(): Promise<void> {
    this.closed = true;
    for (const l of [...this.leases.values()]) this.release(l);
    for (const set of this.wakers.values()) for (const wake of [...set]) wake();
    return Promise.resolve();
  }

  private lease(offer: TrialOffer, client: string, leaseMs: number): Lease {
    const token = randomUUID();
    const lease: Lease = { token, offer, workerId: `${client}-${token.slice(0, 8)}`, leaseMs, expiresUnixMs: 0, timer: setTimeout(() => undefined, 0) };
    this.leases.set(token, lease);
    this.leaseOfWorker.set(lease.workerId, lease);
    this.extend(lease);
    return lease;
  }

  private extend(lease: Lease): void {
    clearTimeout(lease.timer);
    lease.expiresUnixMs = this.now() + lease.leaseMs;
    lease.timer = setTimeout(() => void this.expire(lease), lease.leaseMs);
    lease.timer.unref?.();
  }

  /** No report within the lease: the client is taken for gone, and the attempt fails retryably. */
  private async expire(lease: Lease): Promise<void> {
    if (this.closed || this.leases.get(lease.token) !== lease) return;
    this.release(lease);
    this.leasesExpired++;
    const seconds = Math.round(lease.leaseMs / 1000);
    const outcome: TrialOutcome = { status: "failed", error: { code: WireErrorCode.LeaseExpired, message: `no report from ${lease.workerId} within its lease of ${seconds} s: the client is taken for gone`, retryable: true }, finalMetrics: [] };
    await this.o.deliver({ type: "result", ...this.keyOf(lease), outcome, finishedUnixMs: this.now() }).catch(() => undefined);
  }

  private release(lease: Lease): void {
    clearTimeout(lease.timer);
    this.leases.delete(lease.token);
    this.leaseOfWorker.delete(lease.workerId);
  }

  /** The lease that holds this trial, or LeaseExpiredError (ran out, never given, or for another trial). */
  private holder(jobId: string, trialId: number, token: string): Lease {
    const lease = this.leases.get(token);
    if (!lease || lease.offer.jobId !== jobId || lease.offer.trialId !== trialId) throw new LeaseExpiredError(jobId, trialId);
    return lease;
  }

  private keyOf(lease: Lease) {
    return { jobId: lease.offer.jobId, trialId: lease.offer.trialId, attempt: lease.offer.attempt, workerId: lease.workerId, delivery: 1 };
  }

  private answer(lease: Lease): ReportAnswer {
    return { shouldStop: lease.stopReason !== undefined, ...(lease.stopReason ? { reason: lease.stopReason } : {}), leaseExpiresUnixMs: lease.expiresUnixMs };
  }
}
