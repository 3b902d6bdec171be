import { createOptimizer, HyperbandSchedule, MedianRuleIndex, type AskAnswer, type Optimizer, type Params } from "@hyperfleet/optimizer";
import { resourceClassOf, WireErrorCode, workerOf, type CoordinatorTransport, type Placement, type TrialOutcome, type TransportEvent } from "@hyperfleet/transport";
import { CONVERGED_LOG_EI, converged, jobEnding, runtimeDeadline, wantsMoreTrials } from "./completion.js";
import type { JobEvent, Journal } from "./journal.js";
import type { JobSpec } from "./job-spec.js";
import {
  applyJobEvent,
  bestTrial,
  inFlight,
  inFlightCount,
  jobActive,
  initialJobState,
  objectiveCounters,
  paretoFront,
  replayJob,
  snapshotRecords,
  trainingJobCounters,
  type JobState,
  type JobStatus,
  type JobTrial,
  type TrialStatus,
  type WarmObservation,
} from "./job-state.js";
import { ClaimNotSeenError, JobEndedError } from "./job-errors.js";
import { JobTimers } from "./job-timers.js";
import { LiveLogs } from "./live-logs.js";
import { ArtifactRetention } from "./artifact-retention.js";
import { shouldRetry } from "./retry-policy.js";
import { deliveryOf, knownRun, sameRun } from "./trial-runs.js";
import type { Suggester } from "../suggest/suggestion-pool.js";
import { trialOffer } from "./trial-offer.js";
import { observationOf, tellEnded } from "./trial-observation.js";
import { objectiveChecked } from "./objective-check.js";
import { constraintBounds, multiObjective, objectivesOf } from "./objectives.js";

type TrialCreated = Extract<JobEvent, { type: "trial-created" }>;

/** How long a report waits for its run's claim while another worker holds the attempt (awaitClaim). */
export const CLAIM_WAIT_MS = 10_000;

/** The broker's verdict on an attempt (MAX_DELIVERIES), reported by the worker that got its last delivery. */
function deadLettered(e: TransportEvent): boolean {
  return e.type === "result" && e.outcome.status === "failed" && e.outcome.error.code === WireErrorCode.MaxDeliveries;
}

/** What the coordinator's metrics and logs need to hear about as it happens. */
export interface JobHooks {
  trialEnded?(jobId: string, status: TrialStatus, trial: JobTrial): void;
  suggested?(seconds: number): void;
  fitted?(seconds: number): void;
  /** A stop command went to a worker: early-stopped, superseded, moved, MaxRuntimeExceeded, a completion reason, job stopped. */
  stopSent?(jobId: string, reason: string): void;
  /** A report dropped because its sender may not make it (hyperfleet_events_rejected_total). */
  eventRejected?(jobId: string, reason: string): void;
  /** A timer's task failed (the journal could not be written, say); the job carries on at the next event. */
  failed?(jobId: string, error: unknown): void;
}

/** What a job needs from the coordinator that runs it. */
export interface JobContext {
  transport: CoordinatorTransport;
  /** Where a `runtime: external` job's attempts go instead: the suggestion service's desk. */
  external?: CoordinatorTransport;
  journal: Journal;
  now: () => number;
  hooks: JobHooks;
  /** The coordinator's one serial queue: commands and timers enter it, as transport events do. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  /**
   * How many offered-but-unclaimed attempts this job may keep queued now (its fair share of the
   * queue); unlimited when absent. Running attempts do not count against it.
   */
  queueAllowance?: (job: JobRunner) => number;
  /**
   * Where the GP strategy's asks are answered (a pool of threads): absent, on this event loop. With it a
   * job asks ahead, one ask in flight, and starts the answer's trials when it comes back.
   */
  suggester?: Suggester;
  /**
   * The job's state changed (a journal record was applied, about `trialId` when it names one, or it
   * stopped at its share or left it): the coordinator keeps the shares current and tells its watchers.
   */
  changed?: (job: JobRunner, trialId?: number) => void;
}

/**
 * One tuning job: keeps maxParallelTrials attempts in flight, asks the optimizer again as each ends
 * (running trials count as pending), retries per the retry policy, and ends on the first completion
 * criterion met. Its state is a pure reduction of its journal events (job-state.ts); every change is
 * journaled before it is applied. The methods that change it (stop, changeLimits) enter the
 * coordinator's serial queue; onEvent, resume and pump are called from inside it.
 */
export class JobRunner {
  private current: JobState;
  private readonly optimizer: Optimizer;
  private readonly hyperband: HyperbandSchedule | undefined;
  private readonly medianRule: MedianRuleIndex;
  private offerFailures = 0;
  private readonly timers: JobTimers;
  private readonly transport: CoordinatorTransport;
  private readonly now: () => number;
  /** The queue its trials wait on (the resource class of its request), computed once: the spec does not change. */
  readonly resourceClass: string;
  /** The runtime and resources every one of its attempts asks for. */
  readonly placement: Placement;
  /** Its last pump stopped at its share of the queue (it tops up when the share grows). */
  waitingForShare = false;
  /** Reports waiting for their claim (awaitClaim), by trial/attempt/worker/delivery: when first seen. */
  private readonly unclaimedReports = new Map<string, number>();
  /** Closed (the coordinator stops): an answer that comes back later changes nothing. */
  private closed = false;
  /** An ask is out with the suggester; true also stops a second one. */
  private asking = false;
  /** The suggester failed: the next ask runs here. */
  private askHere = false;
  /** Restored ended: the model is rebuilt on first use (withModel). */
  private modelStale = false;
  /** Running attempts' output as their workers send it (not journaled). */
  readonly liveLogs = new LiveLogs();
  private front: { state: JobState; trials: readonly JobTrial[] } | undefined;
  /** training.keepBestArtifacts: which ended trials' artifacts go. */
  private readonly retention: ArtifactRetention | undefined;

  private constructor(
    state: JobState,
    private readonly context: JobContext,
  ) {
    this.current = state;
    const spec = state.spec;
    const runtime = spec.training.runtime;
    this.transport = runtime === "external" ? context.external! : context.transport;
    this.now = context.now;
    // An external job has no workers' queue (its placement is only what the type needs: no worker sees it).
    this.placement = { runtime: runtime === "external" ? "process" : runtime, resources: spec.training.resources };
    this.resourceClass = runtime === "external" ? "external" : resourceClassOf(spec.training.resources, runtime);
    const constraints = constraintBounds(spec).length;
    this.optimizer = createOptimizer({
      space: spec.parameters,
      // Several objectives, constraints: the optimizer's own conventions (objectives.ts maps the spec).
      ...(multiObjective(spec) ? { objectives: objectivesOf(spec).map((o) => o.type) } : { objective: spec.objective.type }),
      ...(constraints > 0 ? { constraints } : {}),
      strategy: spec.strategy === "hyperband" ? "random" : spec.strategy,
      clock: () => performance.now(),
      ...(spec.seed === undefined ? {} : { seed: spec.seed }),
    });
    this.hyperband =
      spec.strategy === "hyperband"
        ? new HyperbandSchedule({ hyperband: spec.hyperband!, objective: spec.objective.type, space: spec.parameters, seed: spec.seed ?? 0, modelBased: spec.hyperband!.modelBased }, this.optimizer)
        : undefined;
    this.medianRule = new MedianRuleIndex(spec.objective.type);
    this.retention = spec.training.keepBestArtifacts === undefined ? undefined : new ArtifactRetention(spec, spec.training.keepBestArtifacts);
    this.timers = new JobTimers(context.serial, (err) => context.hooks.failed?.(state.jobId, err));
  }

  /** A new job; `warm` holds the parents' completed observations (warm start), journaled with it. */
  static async create(jobId: string, spec: JobSpec, context: JobContext, warm: readonly WarmObservation[] = []): Promise<JobRunner> {
    const created: JobEvent = { type: "job-created", jobId, spec, at: context.now() };
    const runner = new JobRunner(initialJobState(created), context);
    await context.journal.append(created);
    if (warm.length > 0) await runner.record({ type: "warm-started", jobId, observations: [...warm], at: created.at });
    runner.importWarm();
    runner.armRuntimeTimer();
    return runner;
  }

  /**
   * Rebuilds a job from its journal events: the same state (replayJob), the same optimizer (its
   * observations, then the suggestion state journaled after the last ask), the same early-stopping
   * comparison. Running attempts are adopted; their results still count.
   */
  static restore(events: readonly JobEvent[], context: JobContext): JobRunner {
    const runner = new JobRunner(replayJob(events), context);
    // An ended job is mostly read (the API, warm starts): its model is rebuilt only when something
    // changes it (a late result, a reopen). A coordinator with a long history starts faster and smaller.
    if (jobActive(runner.status)) runner.rebuildModel();
    else runner.modelStale = true;
    return runner;
  }

  /** The optimizer, the median rule's curves and Hyperband's rungs, from the trials the state holds. */
  private rebuildModel(): void {
    const s = this.current;
    this.importWarm();
    // Trials keep their ids (they are the optimizer's); warm-start observations come first, as when
    // the job was created, so the ids line up.
    this.optimizer.importObservations([...s.trials.values()].map((t) => observationOf(t, this.spec)));
    if (s.optimizer) this.optimizer.restoreState(s.optimizer);
    this.retention?.restore(s.trials.values());
    for (const t of s.trials.values()) {
      this.indexForMedianRule(t);
      if (!this.hyperband || !t.placement) continue;
      this.hyperband.restoreTrial({ ...t.placement, params: t.params });
      if (!inFlight(t.status)) this.hyperbandFinished(t);
    }
  }

  /** Before anything that changes the job: an ended job restored without its model gets it now. */
  private withModel(): void {
    if (!this.modelStale) return;
    this.modelStale = false;
    this.rebuildModel();
  }

  /** The job as its journal describes it (immutable: a snapshot that later events do not change). */
  get state(): JobState {
    return this.current;
  }

  get jobId(): string {
    return this.current.jobId;
  }

  get spec(): JobSpec {
    return this.current.spec;
  }

  /** API clients run its trials (training.runtime: external): the suggestion service hands them out. */
  get external(): boolean {
    return this.spec.training.runtime === "external";
  }

  get status(): JobStatus {
    return this.current.status;
  }

  get reason(): string {
    return this.current.reason;
  }

  get trials(): ReadonlyMap<number, JobTrial> {
    return this.current.trials;
  }

  /** Observations carried over from parent jobs: they inform the optimizer, they are not trials. */
  get warm(): readonly WarmObservation[] {
    return this.current.warm;
  }

  /** SageMaker's TrainingJobStatusCounters. */
  get counters() {
    return trainingJobCounters(this.current);
  }

  /** SageMaker's ObjectiveStatusCounters. */
  get objectiveCounters() {
    return objectiveCounters(this.current);
  }

  get limits() {
    const s = this.current;
    return {
      maxTrials: s.maxTrials,
      maxParallelTrials: s.maxParallelTrials,
      ...(s.spec.limits.maxRuntimeSeconds ? { maxRuntimeSeconds: s.spec.limits.maxRuntimeSeconds } : {}),
      ...(s.maxFailedTrials === undefined ? {} : { maxFailedTrials: s.maxFailedTrials }),
    };
  }

  /** Seconds from creation to the end, or to now while running (SageMaker's ConsumedResources.RuntimeInSeconds). */
  get runtimeSeconds(): number {
    return Math.round(((this.current.endedUnixMs ?? this.now()) - this.current.createdUnixMs) / 1000);
  }

  /** How many trials have a status that passes the test. */
  count(test: (status: TrialStatus) => boolean): number {
    const c = this.current.counts;
    return (["Pending", "Running", "Completed", "Failed", "Stopped"] as const).reduce((n, status) => n + (test(status) ? c[status] : 0), 0);
  }

  /** The best (feasible) trial; none with several objectives (see paretoFront). */
  get best(): JobTrial | undefined {
    return bestTrial(this.current);
  }

  /** Several objectives: the non-dominated feasible completed trials, computed once per state. */
  get paretoFront(): readonly JobTrial[] {
    if (this.front?.state !== this.current) this.front = { state: this.current, trials: paretoFront(this.current) };
    return this.front.trials;
  }

  /** completion.convergence: the GP expects no worthwhile improvement anywhere; no new trials start. */
  get converged(): boolean {
    return converged(this.current);
  }

  /** Whether the job would start more trials if it had room (it counts for a share of the queue). */
  wantsMore(): boolean {
    return wantsMoreTrials(this.current);
  }

  /**
   * After a restore: attempts that were offered but never claimed are offered again (the journal may
   * hold an offer the broker never got; a duplicate is harmless, results are idempotent by attempt);
   * a trial journaled without its first attempt (the process died between the two records) gets it
   * now; claimed ones are adopted as they are, or, when the transport lost them with the old process,
   * offered again as a new attempt. Then the loop carries on.
   */
  async resume(reofferRunning = false): Promise<void> {
    this.withModel();
    this.armRuntimeTimer();
    for (const t of this.trials.values()) {
      const unoffered = t.status === "Pending" && t.attempt === 0;
      if (unoffered || (t.status === "Running" && reofferRunning)) await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt + 1, at: this.now() });
      const now = this.trials.get(t.trialId)!;
      if (now.status === "Pending") await this.offer(now);
      else if (now.status === "Running") this.armTrialTimer(now);
    }
    await this.settle();
  }

  /** PATCH limits: more trials or more in parallel, or another maxFailedTrials; a Completed job with room again reopens. */
  changeLimits(limits: { maxTrials?: number; maxParallelTrials?: number; maxFailedTrials?: number }): Promise<void> {
    return this.context.serial(async () => {
      // Checked inside the queue, so the job cannot end between the check and the change.
      if (this.status !== "InProgress" && this.status !== "Completed") throw new JobEndedError(this.jobId, this.status);
      this.withModel();
      await this.record({ type: "limits-changed", jobId: this.jobId, ...limits, at: this.now() });
      if (this.status === "Completed" && this.trials.size < this.current.maxTrials) {
        await this.record({ type: "job-reopened", jobId: this.jobId, at: this.now() });
        this.armRuntimeTimer();
      }
      // A lower maxFailedTrials may end the job now.
      await this.settle();
    });
  }

  /** Stopping: queued attempts end Stopped at once (a late claim of one is stopped), running ones are told to stop. */
  stop(): Promise<void> {
    return this.context.serial(async () => {
      if (this.status !== "InProgress") return;
      this.withModel();
      await this.record({ type: "stop-requested", jobId: this.jobId, at: this.now() });
      for (const t of [...this.trials.values()].filter((x) => x.status === "Pending")) {
        await this.record({ type: "attempt-finished", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId: "", outcome: { status: "stopped", finalMetrics: [] }, at: this.now() });
        // Stopped by the user before it ran: tried, but no evidence about its configuration.
        this.optimizer.tellFailure(t.trialId, { infrastructure: true });
      }
      await this.stopRunning("job stopped");
      await this.settle();
    });
  }

  /** Applies one transport event about this job (idempotent: repeats and stale attempts change nothing). */
  async onEvent(e: TransportEvent): Promise<void> {
    if (e.type === "worker") return;
    const t = this.trials.get(e.trialId);
    if (!t) return;
    this.withModel();
    const delivery = deliveryOf(e);
    if (e.attempt !== t.attempt || !inFlight(t.status)) {
      // A worker took an attempt that no longer counts (the job stopped, a retry superseded it): stop
      // it, unless the claim is one the journal already holds (the replay after a coordinator restart).
      if (e.type === "claim" && !knownRun(t, e.attempt, e.workerId, delivery)) await this.stopAttempt(e.workerId, t.trialId, e.attempt, "superseded");
      return;
    }
    if (e.type === "claim") return this.onClaim(t, e.workerId, delivery);
    if (e.type === "logs") {
      // Only the current run's holder's output counts; none of it is journaled.
      if (t.status === "Running" && knownRun(t, e.attempt, e.workerId, delivery)) this.liveLogs.append(t.trialId, e.attempt, delivery ?? 0, e.lines, e.dropped);
      return;
    }
    const report = e.type === "heartbeat" || e.type === "metrics" || e.type === "result";
    // A run the journal holds without a count (an older worker's) is older than any counted one.
    const newer = delivery !== undefined && (t.delivery === undefined || delivery > t.delivery);
    const sender = workerOf(e) ?? "";
    const known = sender !== "" && knownRun(t, e.attempt, sender, delivery);
    if (report && sender !== "" && !known && (t.status === "Pending" || newer)) {
      // A report implies its claim: after a coordinator restart the claim may come back after the
      // reports it preceded, and a worker that dead-letters an attempt on its next delivery reports
      // a delivery the coordinator has not seen claimed. The journal must know the run before it ends.
      // While another worker holds the attempt, the claim must come first: the report waits for it
      // (handed again by the broker) a while, and is refused if it never comes, or a worker could
      // take over any running attempt by naming a higher delivery.
      if (t.status === "Running" && t.workerId !== sender && !deadLettered(e)) return this.awaitClaim(t, e.attempt, sender, delivery);
      await this.onClaim(t, sender, delivery);
      return this.onEvent(e);
    }
    if ((e.type === "metrics" || e.type === "result") && sender !== "" && !known) {
      // Claims are checked: only a worker that ran this attempt reports on it (the broker's
      // permissions bind the worker id to the sender, see docs/security.md).
      this.context.hooks.eventRejected?.(this.jobId, "not-claim-holder");
      return;
    }
    switch (e.type) {
      case "metrics":
        // Only the current run's series grows: a lost run's late reports change nothing.
        if (t.status !== "Running" || !sameRun(t.delivery, delivery)) return;
        await this.record({ type: "metrics", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, ...(delivery ? { delivery } : {}), points: e.points });
        return this.applyMedianRule(this.trials.get(t.trialId)!);
      case "result":
        return this.onResult(t, e.outcome, e.workerId, delivery);
      case "released": {
        if (t.status !== "Running" || t.workerId !== e.workerId || !sameRun(t.delivery, delivery)) return;
        this.timers.clear(t.trialId);
        // A worker since the per-worker subjects leaves the fresh copy to the coordinator (it may not
        // publish trials); an older one queued it itself.
        const requeue = e.requeue ? { requeue: { lost: e.lost ?? 0 } } : {};
        await this.record({ type: "attempt-released", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId: e.workerId, ...(delivery ? { delivery } : {}), reason: e.reason, ...requeue, at: this.now() });
        const now = this.trials.get(t.trialId)!;
        if (now.requeued) await this.offer(now);
        return;
      }
      case "unschedulable":
        return this.finishAttempt(t, { status: "failed", error: { code: WireErrorCode.Unschedulable, message: e.reason, retryable: false }, finalMetrics: [] }, "");
      case "heartbeat":
        return;
    }
  }

  /**
   * A claim of the current attempt: the first one, or a redelivery (the holder's lease ran out, or it
   * handed the attempt back), which starts a new run with its own series and its own time limit.
   */
  /**
   * A report of a run whose claim the coordinator has not seen, while another worker holds the
   * attempt: handed back to the broker (ClaimNotSeenError, retryable) for up to CLAIM_WAIT_MS, then
   * dropped and counted. A redelivered claim comes back within the events' ack wait (3 s).
   */
  private awaitClaim(t: JobTrial, attempt: number, sender: string, delivery: number | undefined): void {
    const key = `${t.trialId}/${attempt}/${sender}/${delivery ?? 0}`;
    const first = this.unclaimedReports.get(key) ?? this.now();
    if (this.now() - first < CLAIM_WAIT_MS) {
      this.unclaimedReports.set(key, first);
      throw new ClaimNotSeenError(this.jobId, t.trialId, sender);
    }
    this.unclaimedReports.delete(key);
    this.context.hooks.eventRejected?.(this.jobId, "not-claim-holder");
  }

  private async onClaim(t: JobTrial, workerId: string, delivery: number | undefined): Promise<void> {
    if (t.status === "Running" && t.workerId === workerId && (delivery === undefined || delivery === t.delivery)) return; // a repeat
    this.unclaimedReports.delete(`${t.trialId}/${t.attempt}/${workerId}/${delivery ?? 0}`);
    const previous = t.status === "Running" ? t.workerId : undefined;
    await this.record({ type: "attempt-claimed", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId, ...(delivery ? { delivery } : {}), at: this.now() });
    this.armTrialTimer(this.trials.get(t.trialId)!);
    // The attempt moved: should the worker that lost it still run it, it stops, so nothing runs twice.
    if (previous && previous !== workerId) await this.stopAttempt(previous, t.trialId, t.attempt, "moved");
  }

  /** Tells the worker that kept a trial's artifacts to delete them; best effort (a gone worker keeps them). */
  private dropArtifacts(t: JobTrial): void {
    if (!t.artifacts || !t.workerId) return;
    void this.transport.sendControl(t.workerId, { type: "drop-artifacts", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, path: t.artifacts.path }).catch(() => undefined);
  }

  /** Every stop command goes out here, counted by reason (hyperfleet_trial_stops_total). */
  private stopAttempt(workerId: string, trialId: number, attempt: number, reason: string): Promise<void> {
    this.context.hooks.stopSent?.(this.jobId, reason);
    return this.transport.sendControl(workerId, { type: "stop-trial", jobId: this.jobId, trialId, attempt, reason });
  }

  /** Fills free parallel slots with new trials; call from inside the serial queue. */
  async pump(): Promise<void> {
    this.withModel();
    while (this.status === "InProgress" && !this.converged) {
      const { room, queueRoom } = this.rooms();
      const waiting = room > 0 && queueRoom <= 0;
      if (waiting !== this.waitingForShare) {
        this.waitingForShare = waiting;
        this.context.changed?.(this);
      }
      const n = Math.min(room, queueRoom);
      if (n <= 0) return;
      if (!(await (this.hyperband ? this.startHyperbandTrial() : this.startTrials(n)))) return;
    }
  }

  /** Room for new trials: parallel slots and budget left, and what its share of the queue leaves. */
  private rooms(): { room: number; queueRoom: number } {
    const s = this.current;
    const queueRoom = this.context.queueAllowance && !this.external ? this.context.queueAllowance(this) - s.counts.Pending : Infinity;
    return { room: Math.min(s.maxParallelTrials - inFlightCount(s), s.maxTrials - s.trials.size), queueRoom };
  }

  /** Stops the job's timers (the coordinator is shutting down; the journal keeps the rest). */
  close(): void {
    this.closed = true;
    this.timers.close();
    this.liveLogs.close();
  }

  private async onResult(t: JobTrial, outcome: TrialOutcome, workerId: string, delivery: number | undefined): Promise<void> {
    // workerId "": the broker's own verdict on the attempt (MAX_DELIVERIES), whatever run is current.
    if (workerId !== "" && !sameRun(t.delivery, delivery)) {
      // A run that had moved on finished after all. A completed training counts (it is not run again:
      // the current run is stopped); a failure or stop of a lost run changes nothing.
      if (outcome.status !== "completed") return;
      if (t.status === "Running" && t.workerId && t.workerId !== workerId) await this.stopAttempt(t.workerId, t.trialId, t.attempt, "superseded");
    }
    if (outcome.status === "failed" && this.status === "InProgress" && shouldRetry(this.spec.training.retry, t.attempt, outcome.error)) {
      this.timers.clear(t.trialId);
      await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt + 1, at: this.now() });
      await this.offer(this.trials.get(t.trialId)!);
      return;
    }
    await this.finishAttempt(t, outcome, workerId);
  }

  /** earlyStopping: auto. The worker answers the stop with a Stopped result carrying the last metrics. */
  private async applyMedianRule(t: JobTrial): Promise<void> {
    if (this.spec.earlyStopping !== "auto" || t.status !== "Running" || t.earlyStopped || !t.workerId) return;
    const curve = t.metrics[this.spec.objective.metric];
    const judged = curve && curve.length > 0 ? this.medianRule.judge(curve) : undefined;
    if (!judged?.stop) return;
    await this.record({ type: "early-stopped", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, step: judged.step, value: judged.value, median: judged.median, at: this.now() });
    await this.stopAttempt(t.workerId, t.trialId, t.attempt, "early-stopped");
  }

  /** Finished trials whose curves the median rule compares with: completed ones and early-stopped ones. */
  private indexForMedianRule(t: JobTrial): void {
    if (t.status === "Completed" || (t.status === "Stopped" && t.earlyStopped)) this.medianRule.addFinished(t.metrics[this.spec.objective.metric] ?? []);
  }

  private async finishAttempt(t: JobTrial, outcome: TrialOutcome, workerId: string): Promise<void> {
    const effective = objectiveChecked(outcome, objectivesOf(this.spec).map((o) => o.metric), Object.keys(t.metrics));
    this.timers.clear(t.trialId);
    await this.record({ type: "attempt-finished", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId, outcome: effective, at: this.now() });
    const ended = this.trials.get(t.trialId)!;
    this.context.hooks.trialEnded?.(this.jobId, ended.status, ended);
    this.hyperbandFinished(ended);
    this.indexForMedianRule(ended);
    // Its objective, an early-stopped one's last value and step (the optimizer's stoppedTrials policy
    // decides what it means), a training failure, or only that it was tried (trial-observation.ts).
    tellEnded(this.optimizer, observationOf(ended, this.spec));
    for (const gone of this.retention?.ended(ended) ?? []) this.dropArtifacts(gone);
    await this.settle();
  }

  /** Ends the job when a completion criterion is met (completion.ts), else fills free slots. */
  private async settle(): Promise<void> {
    const ending = jobEnding(this.current, this.now());
    if (!ending) return this.pump();
    if (ending.stopRunning) await this.stopRunning(ending.reason);
    await this.record({ type: "job-ended", jobId: this.jobId, status: ending.status, reason: ending.reason, at: this.now() });
    this.timers.clear("runtime");
    // An ended job is its snapshot from here on: the journal may drop what led to it (compact()). Only
    // a shortcut: a snapshot that cannot be written (whole) leaves the events, which replay to the same
    // state. Its records describe the state as it is, so they are written, not applied.
    try {
      for (const r of snapshotRecords(this.current, this.now())) await this.context.journal.append(r);
    } catch (err) {
      this.context.hooks.failed?.(this.jobId, err);
    }
  }

  private async startTrials(n: number): Promise<boolean> {
    if (this.context.suggester && this.spec.strategy === "bayesian" && !this.askHere) {
      if (!this.asking) this.askElsewhere(n);
      return false; // the answer starts the trials, then pumps again
    }
    this.askHere = false;
    const started = performance.now();
    return this.startSuggested(this.optimizer.ask(n), started);
  }

  /**
   * Sends the ask to the suggester; its answer comes back through the serial queue. The request holds
   * the trials pending now, and no other trial of this job starts before the answer (one ask in flight),
   * so the answer still accounts for every trial pending when its trials are offered.
   */
  private askElsewhere(n: number): void {
    const request = this.optimizer.askRequest(n);
    this.asking = true;
    const started = performance.now();
    const answered = this.context.suggester!.ask(request).then(
      (answer) => this.context.serial(() => this.afterAsk(() => this.adopt(answer, started))),
      (error: unknown) =>
        this.context.serial(() =>
          this.afterAsk(async () => {
            this.context.hooks.failed?.(this.jobId, error);
            this.askHere = true;
            await this.pump();
          }),
        ),
    );
    answered.catch((error: unknown) => this.context.hooks.failed?.(this.jobId, error));
  }

  /**
   * What an answer (or the suggester's failure) leads to, unless the job was closed meanwhile. Should
   * it fail (the journal could not be written), the job pumps again a second later: no event may be
   * coming to wake it.
   */
  private async afterAsk(step: () => Promise<void>): Promise<void> {
    this.asking = false;
    if (this.closed) return;
    try {
      await step();
    } catch (error) {
      this.context.hooks.failed?.(this.jobId, error);
      this.timers.later(1_000, () => this.pump());
    }
  }

  /** An answer back: as many of its trials start as there is room for now (none once the job ended). */
  private async adopt(answer: AskAnswer, started: number): Promise<void> {
    if (this.status !== "InProgress" || this.converged) return;
    const { room, queueRoom } = this.rooms();
    const n = Math.min(room, queueRoom);
    if (n > 0) {
      const taken = this.optimizer.adoptAnswer(answer, n);
      // Only repeats of trials started since the ask (the optimizer drops those): ask again, rather than
      // read an empty answer as a used-up space.
      if (taken.length > 0 || answer.suggestions.length === 0) await this.startSuggested(taken, started);
    }
    await this.settle();
  }

  private async startSuggested(suggestions: readonly { id: number; params: Params }[], started: number): Promise<boolean> {
    this.context.hooks.suggested?.((performance.now() - started) / 1000);
    const { fitSeconds, bestLogEi } = this.optimizer.lastAsk;
    if (fitSeconds !== undefined) this.context.hooks.fitted?.(fitSeconds);
    const low = this.current.lowImprovementAsks;
    const lowImprovementAsks = bestLogEi === undefined ? low : bestLogEi < CONVERGED_LOG_EI ? low + 1 : 0;
    if (suggestions.length === 0) {
      // A discrete space is used up (every configuration tried): the budget shrinks to what was run,
      // durably, so a replay agrees, and the job ends.
      await this.record({ type: "limits-changed", jobId: this.jobId, maxTrials: this.trials.size, at: this.now() });
      return false;
    }
    const optimizer = this.optimizer.exportState();
    for (const [i, s] of suggestions.entries()) await this.startTrial(s.id, s.params, i === suggestions.length - 1 ? { optimizer, lowImprovementAsks } : {});
    return true;
  }

  private async startHyperbandTrial(): Promise<boolean> {
    const started = performance.now();
    const plan = this.hyperband!.next();
    this.context.hooks.suggested?.((performance.now() - started) / 1000);
    if (!plan) return false;
    const { id, params, ...placement } = plan;
    await this.startTrial(id, params, { placement, optimizer: this.optimizer.exportState() });
    return true;
  }

  /**
   * A new trial, journaled with what the ask leaves behind and its first attempt in one record (a trial
   * costs three on the hot path: this, the claim, the end), and that attempt offered.
   */
  private async startTrial(trialId: number, params: Params, extra: Pick<TrialCreated, "placement" | "optimizer" | "lowImprovementAsks">): Promise<void> {
    await this.record({ type: "trial-created", jobId: this.jobId, trialId, params, attempt: 1, ...extra, at: this.now() });
    await this.offer(this.trials.get(trialId)!);
  }

  /** Hyperband learns how a rung's trial ended (its objective, or nothing for a failure or stop). */
  private hyperbandFinished(t: JobTrial): void {
    if (t.placement) this.hyperband?.finished(t.placement, t.status === "Completed" ? t.objective : undefined);
  }

  private async offer(t: JobTrial): Promise<void> {
    const offer = trialOffer(this.jobId, this.spec, t, this.now());
    try {
      await this.transport.offer(offer);
    } catch {
      // The broker is unreachable: the attempt stays Pending (it is in the journal) and is offered
      // again with backoff, through the serial queue, for as long as it is still the attempt that counts.
      const attempt = t.attempt;
      const delay = Math.min(5_000, 250 * 2 ** Math.min(this.offerFailures++, 5));
      this.timers.later(delay, async () => {
        const now = this.trials.get(t.trialId)!;
        if (now.status === "Pending" && now.attempt === attempt && this.status !== "Stopped") await this.offer(now);
      });
      return;
    }
    this.offerFailures = 0;
  }

  private async stopRunning(reason: string): Promise<void> {
    for (const t of this.trials.values()) {
      if (t.status === "Running" && t.workerId) await this.stopAttempt(t.workerId, t.trialId, t.attempt, reason);
    }
  }

  /** limits.maxRuntimeSeconds ends the job on time, even when no trial ends then. */
  private armRuntimeTimer(): void {
    this.timers.clear("runtime");
    const deadline = runtimeDeadline(this.current);
    if (deadline === undefined || this.status !== "InProgress") return;
    this.timers.arm("runtime", deadline - this.now(), async () => {
      if (this.status !== "InProgress") return;
      if (this.now() < deadline) this.armRuntimeTimer(); // a timer may fire a millisecond early
      else await this.settle();
    });
  }

  /** training.maxRuntimeSeconds: each attempt is stopped that long after its claim (SageMaker's StoppingCondition). */
  private armTrialTimer(t: JobTrial): void {
    const max = this.spec.training.maxRuntimeSeconds;
    if (max === undefined || t.claimedUnixMs === undefined) return;
    const attempt = t.attempt;
    this.timers.arm(t.trialId, t.claimedUnixMs + max * 1000 - this.now(), async () => {
      const now = this.trials.get(t.trialId)!;
      if (now.status !== "Running" || now.attempt !== attempt || !now.workerId) return;
      if (this.now() < now.claimedUnixMs! + max * 1000) return this.armTrialTimer(now); // fired early
      await this.record({ type: "attempt-timed-out", jobId: this.jobId, trialId: now.trialId, attempt, at: this.now() });
      await this.stopAttempt(now.workerId, now.trialId, attempt, "MaxRuntimeExceeded");
    });
  }

  private importWarm(): void {
    if (this.warm.length > 0) this.optimizer.importObservations(this.warm.map((w) => ({ params: w.params, state: "completed" as const, value: w.value })));
  }

  /** Journal first, then the in-memory state: what is applied is always durable. */
  private async record(e: JobEvent): Promise<void> {
    await this.context.journal.append(e);
    this.current = applyJobEvent(this.current, e);
    // A run that ended (or moved on) has no live output any more.
    if ("trialId" in e && this.trials.get(e.trialId)?.status !== "Running") this.liveLogs.end(e.trialId);
    this.context.changed?.(this, "trialId" in e ? e.trialId : undefined);
  }
}

