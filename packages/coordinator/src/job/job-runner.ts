import { resourceClassOf, type CoordinatorTransport, type TrialOutcome, type TransportEvent, type WireError } from "@hyperfleet/transport";
import { medianRuleStops } from "@hyperfleet/optimizer";
import { createOptimizer, type Optimizer } from "@hyperfleet/optimizer";
import type { Params, SpaceSpec } from "@hyperfleet/optimizer";
import type { JobEvent, Journal } from "./journal.js";
import type { JobSpec } from "./job-spec.js";
import { HyperbandSchedule, type RungPlacement } from "@hyperfleet/optimizer";
import { trialOffer } from "./trial-offer.js";

export type JobStatus = "InProgress" | "Completed" | "Failed" | "Stopping" | "Stopped";
export type TrialStatus = "Pending" | "Running" | "Completed" | "Failed" | "Stopped";

/** Offered or running: the trial still holds one of the job's parallel slots. */
export function inFlight(status: TrialStatus): boolean {
  return status === "Pending" || status === "Running";
}

export interface JobTrial {
  trialId: number;
  params: Params;
  status: TrialStatus;
  attempt: number;
  workerId?: string;
  objective?: number;
  error?: WireError;
  /** Intermediate metrics of the current attempt, by name, in step order. */
  metrics: Record<string, { step: number; value: number; timestampUnixMs: number }[]>;
  createdUnixMs: number;
  endedUnixMs?: number;
  /** The last output lines of the attempt that ended it, as its worker kept them. */
  logTail?: readonly string[];
  /** Hyperband: the configuration, rung and budget (passed as the resource hyperparameter). */
  placement?: RungPlacement;
  /** Stopped by the median rule (earlyStopping: auto), not by a user. */
  earlyStopped?: boolean;
}

/**
 * What an early-stopped trial tells the optimizer: its last objective value (true) or nothing (false).
 * Nothing helps: bench:early-stopping measures both (docs/benchmarks.md). A value from an early epoch
 * reads as a bad configuration and pushes the GP away from regions that would have been good.
 */
export const EARLY_STOPPED_TELLS_LAST_VALUE = false;

/** What the coordinator's metrics need to hear about as it happens. */
export interface JobHooks {
  trialEnded?(jobId: string, status: TrialStatus, trial: JobTrial): void;
  suggested?(seconds: number): void;
  fitted?(seconds: number): void;
}

/** What a job needs from the coordinator that runs it. */
export interface JobContext {
  transport: CoordinatorTransport;
  journal: Journal;
  now: () => number;
  hooks: JobHooks;
  /**
   * How many offered-but-unclaimed attempts this job may keep queued now (its fair share of the
   * queue); unlimited when absent. Running attempts do not count against it.
   */
  queueAllowance?: (job: JobRunner) => number;
}

/** An observation carried over from a parent job (warm start). */
export interface WarmObservation {
  params: Params;
  value: number;
}

/**
 * Convergence (completion.convergence): the best expected improvement the GP sees, in standardized
 * output units (a thousandth of the spread of the values observed), has stayed below this for
 * CONVERGED_ASKS asks in a row. On a 3-D quadratic it fires about 5 trials after the optimum is found.
 */
export const CONVERGED_LOG_EI = Math.log(1e-3);
export const CONVERGED_ASKS = 3;

/** Infrastructure failures (a lost worker, a container that would not start) get at least this many attempts. */
export const MIN_ATTEMPTS_FOR_INFRASTRUCTURE = 3;

/**
 * One tuning job: keeps maxParallelTrials attempts in flight, asks the optimizer again as each ends
 * (running trials count as pending), retries per the retry policy, and ends on the first completion
 * criterion met. Every change goes to the journal before it takes effect, so replaying the journal
 * rebuilds the job, its optimizer included.
 */
export class JobRunner {
  status: JobStatus = "InProgress";
  reason = "";
  readonly trials = new Map<number, JobTrial>();
  /** Observations carried over from parent jobs: they inform the optimizer, they are not trials. */
  warm: WarmObservation[] = [];
  private readonly optimizer: Optimizer;
  private readonly hyperband: HyperbandSchedule | undefined;
  private maxTrials: number;
  private maxParallel: number;
  private createdAt = 0;
  private pumping: Promise<void> | undefined;
  private notImproving = 0;
  private lowImprovementAsks = 0;
  private offerFailures = 0;
  private readonly transport: CoordinatorTransport;
  private readonly now: () => number;

  private constructor(
    readonly jobId: string,
    readonly spec: JobSpec,
    private readonly context: JobContext,
  ) {
    this.transport = context.transport;
    this.now = context.now;
    this.optimizer = createOptimizer({
      space: spec.parameters as never,
      objective: spec.objective.type,
      strategy: spec.strategy === "hyperband" ? "random" : spec.strategy,
      clock: () => performance.now(),
      ...(spec.seed === undefined ? {} : { seed: spec.seed }),
    });
    this.maxTrials = spec.limits.maxTrials;
    this.maxParallel = spec.limits.maxParallelTrials;
    this.hyperband =
      spec.strategy === "hyperband"
        ? new HyperbandSchedule({ hyperband: spec.hyperband!, objective: spec.objective.type, space: spec.parameters as unknown as SpaceSpec, seed: spec.seed ?? 0, modelBased: spec.hyperband!.modelBased }, this.optimizer)
        : undefined;
  }

  /** A new job; `warm` holds the parents' completed observations (warm start), journaled with it. */
  static async create(jobId: string, spec: JobSpec, context: JobContext, warm: readonly WarmObservation[] = []): Promise<JobRunner> {
    const runner = new JobRunner(jobId, spec, context);
    runner.createdAt = context.now();
    await runner.record({ type: "job-created", jobId, spec, at: runner.createdAt });
    if (warm.length > 0) await runner.record({ type: "warm-started", jobId, observations: [...warm], at: runner.createdAt });
    return runner;
  }

  /** Rebuilds a job from its journal events; running attempts are adopted (their results still count). */
  static restore(events: readonly JobEvent[], context: JobContext): JobRunner {
    const created = events[0];
    if (created?.type !== "job-created") throw new Error("a job's journal must start with job-created");
    const runner = new JobRunner(created.jobId, created.spec, context);
    runner.createdAt = created.at;
    for (const e of events.slice(1)) runner.apply(e);
    // Trials keep their ids (they are the optimizer's); warm-start observations were imported first
    // when their event was applied, as when the job was created, so the ids line up.
    runner.optimizer.importObservations(
      [...runner.trials.values()].map((t) => {
        const value = runner.observedValue(t);
        return { id: t.trialId, params: t.params, state: value !== undefined ? "completed" : inFlight(t.status) ? "pending" : "failed", ...(value !== undefined ? { value } : {}) };
      }),
    );
    for (const t of runner.trials.values()) {
      if (!runner.hyperband || !t.placement) continue;
      runner.hyperband.restoreTrial({ ...t.placement, params: t.params });
      if (!inFlight(t.status)) runner.hyperband.finished(t.placement, t.status === "Completed" ? t.objective : undefined);
    }
    return runner;
  }

  get counters() {
    const c = { Completed: 0, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 };
    for (const t of this.trials.values()) {
      if (t.status === "Completed") c.Completed++;
      else if (inFlight(t.status)) c.InProgress++;
      else if (t.status === "Stopped") c.Stopped++;
      else if (t.error?.retryable) c.RetryableError++;
      else c.NonRetryableError++;
    }
    return c;
  }

  /** SageMaker's ObjectiveStatusCounters. */
  get objectiveCounters() {
    const c = { Succeeded: 0, Pending: 0, Failed: 0 };
    for (const t of this.trials.values()) {
      if (t.status === "Completed") c.Succeeded++;
      else if (inFlight(t.status)) c.Pending++;
      else c.Failed++;
    }
    return c;
  }

  get limits() {
    return { maxTrials: this.maxTrials, maxParallelTrials: this.maxParallel, ...(this.spec.limits.maxRuntimeSeconds ? { maxRuntimeSeconds: this.spec.limits.maxRuntimeSeconds } : {}) };
  }

  /** Seconds since the job was created (SageMaker's ConsumedResources.RuntimeInSeconds). */
  get runtimeSeconds(): number {
    return Math.round((this.now() - this.createdAt) / 1000);
  }

  /** The queue its trials wait on (the resource class of its request). */
  get resourceClass(): string {
    return resourceClassOf(this.spec.training.resources);
  }

  /** How many trials have a status that passes the test. */
  count(test: (status: TrialStatus) => boolean): number {
    let n = 0;
    for (const t of this.trials.values()) if (test(t.status)) n++;
    return n;
  }

  get best(): JobTrial | undefined {
    let best: JobTrial | undefined;
    for (const t of this.trials.values()) if (t.status === "Completed" && (best === undefined || this.better(t.objective!, best.objective!))) best = t;
    return best;
  }

  /**
   * After a restore: attempts that were offered but never claimed are offered again (the journal may
   * hold an offer the broker never got; a duplicate is harmless, results are idempotent by attempt);
   * claimed ones are adopted as they are, or, when the transport lost them with the old process,
   * offered again as a new attempt. Then the loop carries on.
   */
  async resume(reofferRunning = false): Promise<void> {
    for (const t of this.trials.values()) {
      if (t.status === "Running" && reofferRunning) await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt + 1, at: this.now() });
      if (t.status === "Pending") await this.offer(t);
    }
    await this.settle();
  }

  /** completion.convergence: the GP expects no worthwhile improvement anywhere; no new trials start. */
  get converged(): boolean {
    return this.spec.completion.convergence && this.lowImprovementAsks >= CONVERGED_ASKS;
  }

  /** Whether the job would start more trials if it had room (it counts for a share of the queue). */
  wantsMore(): boolean {
    return this.status === "InProgress" && !this.converged && this.trials.size < this.maxTrials;
  }

  /** Fills free parallel slots with new trials; safe to call often. */
  pump(): Promise<void> {
    this.pumping ??= this.fill().finally(() => (this.pumping = undefined));
    return this.pumping;
  }

  async changeLimits(limits: { maxTrials?: number; maxParallelTrials?: number }): Promise<void> {
    await this.record({ type: "limits-changed", jobId: this.jobId, ...limits, at: this.now() });
    // A Completed job can be extended: more trials reopen it.
    if (this.status === "Completed" && this.trials.size < this.maxTrials) await this.record({ type: "job-reopened", jobId: this.jobId, at: this.now() });
    await this.pump();
  }

  /** Stopping: queued attempts end Stopped at once (a late claim of one is stopped), running ones are told to stop. */
  async stop(): Promise<void> {
    if (this.status !== "InProgress") return;
    await this.record({ type: "stop-requested", jobId: this.jobId, at: this.now() });
    for (const t of [...this.trials.values()].filter((x) => x.status === "Pending")) {
      await this.record({ type: "attempt-finished", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId: "", outcome: { status: "stopped", finalMetrics: [] }, at: this.now() });
      this.optimizer.tellFailure(t.trialId);
    }
    await this.stopRunning("job stopped");
    await this.settle();
  }

  /** Applies one transport event about this job (idempotent: repeats and stale attempts change nothing). */
  async onEvent(e: TransportEvent): Promise<void> {
    if (e.type === "worker") return;
    const t = this.trials.get(e.trialId);
    if (!t) return;
    const settled = e.attempt !== t.attempt || t.status === "Completed" || t.status === "Failed" || t.status === "Stopped";
    if (settled) {
      // A worker took an attempt that no longer counts (the job stopped, a retry superseded it): stop it.
      if (e.type === "claim") await this.transport.sendControl(e.workerId, { type: "stop-trial", jobId: this.jobId, trialId: e.trialId, attempt: e.attempt, reason: "superseded" });
      return;
    }
    // A claim by another worker is a redelivery (the first worker's lease ran out): the trial moved.
    if (e.type === "claim" && (t.status === "Pending" || t.workerId !== e.workerId)) {
      await this.record({ type: "attempt-claimed", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId: e.workerId, at: this.now() });
    } else if (e.type === "metrics") {
      await this.record({ type: "metrics", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, points: e.points });
      await this.applyMedianRule(t);
    } else if (e.type === "result") {
      await this.onResult(t, e.outcome, e.workerId);
    } else if (e.type === "unschedulable") {
      await this.finishAttempt(t, { status: "failed", error: { code: "UNSCHEDULABLE", message: e.reason, retryable: false }, finalMetrics: [] }, "");
    }
  }

  private async onResult(t: JobTrial, outcome: TrialOutcome, workerId: string): Promise<void> {
    if (outcome.status === "failed" && this.shouldRetry(t, outcome.error)) {
      await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt + 1, at: this.now() });
      await this.offer(t);
      return;
    }
    await this.finishAttempt(t, outcome, workerId);
  }

  /** earlyStopping: auto. The worker answers the stop with a Stopped result carrying the last metrics. */
  private async applyMedianRule(t: JobTrial): Promise<void> {
    if (this.spec.earlyStopping !== "auto" || t.status !== "Running" || t.earlyStopped || !t.workerId) return;
    const metric = this.spec.objective.metric;
    const curve = t.metrics[metric];
    if (!curve || curve.length === 0) return;
    const finished = [...this.trials.values()].filter((o) => o.status === "Completed" || (o.status === "Stopped" && o.earlyStopped)).map((o) => o.metrics[metric] ?? []);
    if (!medianRuleStops(curve, finished, this.spec.objective.type)) return;
    await this.record({ type: "early-stopped", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, step: curve.at(-1)!.step, at: this.now() });
    await this.transport.sendControl(t.workerId, { type: "stop-trial", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, reason: "early-stopped" });
  }

  /** The value a finished trial gives the optimizer: its objective, or an early-stopped trial's last value. */
  private observedValue(t: JobTrial): number | undefined {
    if (t.status === "Completed") return t.objective;
    if (t.status === "Stopped" && t.earlyStopped && EARLY_STOPPED_TELLS_LAST_VALUE) return t.metrics[this.spec.objective.metric]?.at(-1)?.value;
    return undefined;
  }

  private shouldRetry(t: JobTrial, error: WireError): boolean {
    if (this.status !== "InProgress") return false;
    const policy = this.spec.training.retry;
    const infrastructure = error.retryable;
    if (!infrastructure && !policy.retryTrainingFailures) return false;
    const limit = infrastructure ? Math.max(policy.maxAttempts, MIN_ATTEMPTS_FOR_INFRASTRUCTURE) : policy.maxAttempts;
    return t.attempt < limit;
  }

  private async finishAttempt(t: JobTrial, outcome: TrialOutcome, workerId: string): Promise<void> {
    const metric = outcome.finalMetrics.find((m) => m.name === this.spec.objective.metric);
    const effective: TrialOutcome =
      outcome.status === "completed" && metric === undefined
        ? { status: "failed", error: { code: "OBJECTIVE_MISSING", message: `the training never reported ${this.spec.objective.metric}`, retryable: false }, finalMetrics: outcome.finalMetrics }
        : outcome;
    const before = this.best?.objective;
    await this.record({ type: "attempt-finished", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, workerId, outcome: effective, at: this.now() });
    this.context.hooks.trialEnded?.(this.jobId, t.status, t);
    if (t.placement) this.hyperband?.finished(t.placement, t.status === "Completed" ? t.objective : undefined);
    // A completed trial's objective, an early-stopped one's last value (by policy), or a failure.
    const observed = this.observedValue(t);
    if (observed !== undefined) this.optimizer.tell(t.trialId, observed);
    else this.optimizer.tellFailure(t.trialId);
    if (effective.status === "completed") {
      const improved = before === undefined || this.better(metric!.value, before) && Math.abs(metric!.value - before) >= 0.01 * Math.abs(before);
      this.notImproving = improved ? 0 : this.notImproving + 1;
    }
    await this.settle();
  }

  /** Checks the completion criteria, then fills free slots. */
  private async settle(): Promise<void> {
    const running = this.count(inFlight);
    const c = this.spec.completion;
    const best = this.best?.objective;
    if (this.status === "Stopping") {
      if (running === 0) await this.end("Stopped", "stopped by the user");
      return;
    }
    if (this.status !== "InProgress") return;
    let reason: string | undefined;
    if (c.targetObjective !== undefined && best !== undefined && !this.better(c.targetObjective, best)) reason = "TargetObjectiveMetricValueReached";
    else if (c.bestNotImprovingTrials !== undefined && this.notImproving >= c.bestNotImprovingTrials) reason = "BestObjectiveNotImproving";
    else if (this.spec.limits.maxRuntimeSeconds !== undefined && this.now() - this.createdAt >= this.spec.limits.maxRuntimeSeconds * 1000) reason = "MaxRuntimeExceeded";
    if (reason) {
      await this.stopRunning(reason);
      await this.end("Completed", reason);
      return;
    }
    if (this.converged && running === 0) {
      await this.end("Completed", "ConvergenceDetected");
      return;
    }
    if (this.trials.size >= this.maxTrials && running === 0) {
      const anyCompleted = [...this.trials.values()].some((t) => t.status === "Completed");
      await this.end(anyCompleted ? "Completed" : "Failed", anyCompleted ? "MaxNumberOfTrainingJobsReached" : "no trial completed");
      return;
    }
    await this.pump();
  }

  private async fill(): Promise<void> {
    while (this.status === "InProgress" && !this.converged) {
      const queued = this.count((s) => s === "Pending");
      const queueRoom = this.context.queueAllowance ? this.context.queueAllowance(this) - queued : Infinity;
      const n = Math.min(this.maxParallel - this.count(inFlight), this.maxTrials - this.trials.size, queueRoom);
      if (n <= 0) return;
      if (this.hyperband) {
        if (!(await this.startHyperbandTrial())) return;
        continue;
      }
      const started = performance.now();
      const suggestions = this.optimizer.ask(n);
      this.context.hooks.suggested?.((performance.now() - started) / 1000);
      const { fitSeconds, bestLogEi } = this.optimizer.lastAsk;
      if (fitSeconds !== undefined) this.context.hooks.fitted?.(fitSeconds);
      if (bestLogEi !== undefined) this.lowImprovementAsks = bestLogEi < CONVERGED_LOG_EI ? this.lowImprovementAsks + 1 : 0;
      if (suggestions.length === 0) {
        this.maxTrials = this.trials.size; // a grid is used up
        return;
      }
      for (const s of suggestions) {
        await this.record({ type: "trial-created", jobId: this.jobId, trialId: s.id, params: s.params, at: this.now() });
        await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: s.id, attempt: 1, at: this.now() });
        await this.offer(this.trials.get(s.id)!);
      }
    }
  }

  private async startHyperbandTrial(): Promise<boolean> {
    const started = performance.now();
    const plan = this.hyperband!.next();
    this.context.hooks.suggested?.((performance.now() - started) / 1000);
    if (!plan) return false;
    const { id, params, ...placement } = plan;
    await this.record({ type: "trial-created", jobId: this.jobId, trialId: id, params, placement, at: this.now() });
    await this.record({ type: "attempt-offered", jobId: this.jobId, trialId: id, attempt: 1, at: this.now() });
    await this.offer(this.trials.get(id)!);
    return true;
  }

  private async offer(t: JobTrial): Promise<void> {
    const offer = trialOffer(this.jobId, this.spec, t, this.now());
    try {
      await this.transport.offer(offer);
    } catch {
      // The broker is unreachable: the attempt stays Pending (it is in the journal) and is offered
      // again with backoff, for as long as it is still the attempt that counts.
      const attempt = t.attempt;
      const delay = Math.min(5_000, 250 * 2 ** Math.min(this.offerFailures++, 5));
      setTimeout(() => {
        if (t.status === "Pending" && t.attempt === attempt && this.status !== "Stopped") void this.offer(t);
      }, delay).unref?.();
      return;
    }
    this.offerFailures = 0;
  }

  private async stopRunning(reason: string): Promise<void> {
    for (const t of this.trials.values()) {
      if (t.status === "Running" && t.workerId) await this.transport.sendControl(t.workerId, { type: "stop-trial", jobId: this.jobId, trialId: t.trialId, attempt: t.attempt, reason });
    }
  }

  private async end(status: "Completed" | "Failed" | "Stopped", reason: string): Promise<void> {
    await this.record({ type: "job-ended", jobId: this.jobId, status, reason, at: this.now() });
  }

  /** Journal first, then the in-memory state: what is applied is always durable. */
  private async record(e: JobEvent): Promise<void> {
    await this.context.journal.append(e);
    this.apply(e);
  }

  private apply(e: JobEvent): void {
    switch (e.type) {
      case "trial-created":
        this.trials.set(e.trialId, { trialId: e.trialId, params: e.params, status: "Pending", attempt: 0, metrics: {}, createdUnixMs: e.at, ...(e.placement ? { placement: e.placement } : {}) });
        break;
      case "attempt-offered":
        Object.assign(this.trials.get(e.trialId)!, { attempt: e.attempt, status: "Pending" as const, metrics: {} });
        break;
      case "attempt-claimed":
        Object.assign(this.trials.get(e.trialId)!, { status: "Running" as const, workerId: e.workerId });
        break;
      case "attempt-finished": {
        const t = this.trials.get(e.trialId)!;
        const o = e.outcome;
        t.status = o.status === "completed" ? "Completed" : o.status === "failed" ? "Failed" : "Stopped";
        if (o.status === "completed") t.objective = o.finalMetrics.find((m) => m.name === this.spec.objective.metric)?.value;
        if (o.status === "failed") t.error = o.error;
        if (o.logTail) t.logTail = o.logTail;
        t.endedUnixMs = e.at;
        break;
      }
      case "metrics": {
        const t = this.trials.get(e.trialId)!;
        for (const p of e.points) {
          const series = (t.metrics[p.name] ??= []);
          // Idempotent by (name, step): a redelivered report changes nothing.
          if (!series.some((q) => q.step === p.step)) series.push({ step: p.step, value: p.value, timestampUnixMs: p.timestampUnixMs });
        }
        break;
      }
      case "limits-changed":
        if (e.maxTrials !== undefined) this.maxTrials = e.maxTrials;
        if (e.maxParallelTrials !== undefined) this.maxParallel = e.maxParallelTrials;
        break;
      case "stop-requested":
        this.status = "Stopping";
        break;
      case "job-ended":
        this.status = e.status;
        this.reason = e.reason;
        break;
      case "job-reopened":
        this.status = "InProgress";
        this.reason = "";
        break;
      case "early-stopped":
        if (this.trials.get(e.trialId)!.attempt === e.attempt) this.trials.get(e.trialId)!.earlyStopped = true;
        break;
      case "warm-started":
        this.warm = e.observations.map((o) => ({ ...o }));
        this.optimizer.importObservations(this.warm.map((w) => ({ params: w.params, state: "completed" as const, value: w.value })));
        break;
      case "job-created":
        break;
    }
  }

  private better(a: number, b: number): boolean {
    return this.spec.objective.type === "minimize" ? a < b : a > b;
  }
}
