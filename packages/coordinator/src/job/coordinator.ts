import { WorkerRegistry, type CoordinatorTransport, type Subscription, type TransportEvent, type WorkerAnnouncement } from "@hyperfleet/transport";
import type { Suggester } from "../suggest/suggestion-pool.js";
import { FairShares } from "./fair-share.js";
import { JobActiveError, JobNotFoundError } from "./job-errors.js";
import { JobRunner, type JobContext, type JobHooks } from "./job-runner.js";
import { compacted, jobActive } from "./job-state.js";
import type { JobEvent, Journal } from "./journal.js";
import { parseJobSpec } from "./job-spec.js";
import { JobQueues } from "./job-queues.js";
import { MetricBatches } from "./metric-batches.js";
import { warmStartObservations } from "./warm-start.js";
import { ExternalTrials } from "../external/external-trials.js";

export interface CoordinatorOptions {
  now?: () => number;
  hooks?: JobHooks;
  /**
   * The transport keeps nothing across a restart (the embedded mode's in-process broker): attempts
   * the journal shows as running are gone with the old process, so they are offered again as new
   * attempts instead of being adopted.
   */
  volatileTransport?: boolean;
  /** The live workers, shared with the placement watch (withPlacementWatch's registry option). */
  workers?: WorkerRegistry;
  /** Where GP asks are answered (a SuggestionPool of threads); absent, on the event loop. Its owner closes it. */
  suggester?: Suggester;
}

/**
 * The single writer of job state: a job's commands (submit, stop, update), timers and transport events
 * go through that job's serial queue, so nothing of one job interleaves across an await, while
 * different jobs' tasks (and their journal writes) proceed side by side; all jobs are restored from
 * the journal on start (a restarted coordinator carries on).
 *
 * Jobs share workers fairly: each job keeps at most its share of its resource class's queue
 * (FairShares: the idle slots that can serve the class, split evenly between the jobs with work for
 * it), so claims alternate between jobs instead of draining the first job's batch. An event touches
 * its job, then only the jobs of the same class that wait on a share it grew: the work per event does
 * not grow with the number of jobs or workers.
 */
export class Coordinator {
  readonly jobs = new Map<string, JobRunner>();
  /** The suggestion service: where the attempts of `runtime: external` jobs wait for API clients. */
  readonly external: ExternalTrials;
  /** Workers as last announced (live for WORKER_TTL_MS after each announcement). */
  readonly workers: WorkerRegistry;
  private subscription: Subscription | undefined;
  private nextJob = 1;
  private readonly context: Omit<JobContext, "serial">;
  private readonly volatileTransport: boolean;
  private readonly queues = new JobQueues();
  private readonly metricBatches = new MetricBatches(
    (jobId, task) => this.queues.run(jobId, task),
    async (report) => this.jobs.get(report.jobId)?.onEvent(report),
  );
  private readonly shares = new FairShares();
  /** Jobs whose share may have grown since they stopped at it, with a top-up queued. */
  private readonly topUp = new Set<string>();
  private stopping = false;
  private readonly watchers = new Set<(jobId: string, trialId?: number) => void>();

  constructor(
    private readonly transport: CoordinatorTransport,
    private readonly journal: Journal,
    options: CoordinatorOptions = {},
  ) {
    this.volatileTransport = options.volatileTransport ?? false;
    this.external = new ExternalTrials({
      deliver: (e) => this.route(e),
      current: (offer) => {
        const t = this.jobs.get(offer.jobId)?.trials.get(offer.trialId);
        return t?.status === "Pending" && t.attempt === offer.attempt;
      },
      ...(options.now ? { now: options.now } : {}),
    });
    this.workers = options.workers ?? new WorkerRegistry({ now: options.now ?? Date.now });
    this.context = {
      transport,
      external: this.external,
      journal,
      now: options.now ?? Date.now,
      hooks: options.hooks ?? {},
      queueAllowance: (job) => this.shares.share(job),
      changed: (job, trialId) => this.jobChanged(job, trialId),
      ...(options.suggester ? { suggester: options.suggester } : {}),
    };
    // Announcements reach the shares however they arrive (the placement watch shares the registry).
    this.workers.onChange((workerId, next) => this.grew(this.shares.workerChanged(workerId, next)));
    for (const w of this.workers.live()) this.shares.workerChanged(w.workerId, w);
  }

  get started(): boolean {
    return this.subscription !== undefined;
  }

  get transportStats() {
    return this.transport.stats;
  }

  /** Workers heard from within the registry's TTL. */
  liveWorkers(): WorkerAnnouncement[] {
    return this.workers.live();
  }

  async start(): Promise<void> {
    const byJob = new Map<string, JobEvent[]>();
    // Each job from its last snapshot: a finished job costs one record; the journal drops the rest.
    const all = await this.journal.replay();
    const kept = compacted(all);
    // Asked always (a journal lets go of what it kept of the replay); one with nothing to drop does
    // nothing. A compaction that fails (a full disk) leaves the journal as it was, which replays the same.
    await this.journal.compact?.(kept).catch((err: unknown) => this.context.hooks.failed?.("", err));
    for (const e of kept) {
      const list = byJob.get(e.jobId) ?? [];
      list.push(e);
      byJob.set(e.jobId, list);
    }
    for (const [jobId, events] of byJob) {
      this.nextJob = Math.max(this.nextJob, Number(jobId.split("-").at(-1)) + 1 || this.nextJob);
      if (events.at(-1)?.type !== "job-deleted") this.add(JobRunner.restore(events, this.contextOf(jobId)));
    }
    // Events that arrive while a job resumes wait in its queue behind the resumption.
    // An external job's leases went with the old process (the suggestion service keeps nothing): its
    // running attempts are offered again, as those of a volatile transport are.
    const resumed = [...this.jobs.values()].filter((job) => jobActive(job.status)).map((job) => this.queues.run(job.jobId, () => job.resume(this.volatileTransport || job.external)));
    this.subscription = await this.transport.consumeEvents((e) => this.route(e));
    await Promise.all(resumed);
  }

  /** What a job needs, its serial queue included. */
  private contextOf(jobId: string): JobContext {
    return { ...this.context, serial: (task) => this.queues.run(jobId, task) };
  }

  /** Validates a spec (JobSpecError lists every problem) and starts the job; returns its id. */
  async submit(input: unknown): Promise<string> {
    const spec = parseJobSpec(input);
    const warm = spec.warmStart ? warmStartObservations(spec, spec.warmStart, [...this.jobs.values()]) : [];
    const jobId = `${spec.name}-${this.nextJob++}`;
    return this.queues.run(jobId, async () => {
      const job = await JobRunner.create(jobId, spec, this.contextOf(jobId), warm);
      this.add(job);
      await job.pump();
      return jobId;
    });
  }

  /**
   * Forgets an ended job (SageMaker's DeleteHyperParameterTuningJob). Its events stay in the journal,
   * so its id is never reused; late events about it are dropped. A running job must be stopped first.
   */
  deleteJob(jobId: string): Promise<void> {
    return this.queues.run(jobId, async () => {
      const job = this.jobs.get(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      if (jobActive(job.status)) throw new JobActiveError(jobId, job.status);
      await this.journal.append({ type: "job-deleted", jobId, at: this.context.now() });
      job.close();
      this.jobs.delete(jobId);
      this.external.forget(jobId);
      if (!job.external) this.shares.removeJob(job);
    });
  }

  /** Resolves once every command and event queued so far has been handled. */
  idle(): Promise<void> {
    return this.queues.idle();
  }

  /** A job joins the fair shares of its workers' queue, unless API clients run it (external). */
  private add(job: JobRunner): void {
    this.jobs.set(job.jobId, job);
    if (!job.external) this.shares.addJob(job, job.wantsMore());
  }

  /**
   * Called in delivery order, possibly before earlier events are done: an event about a job joins that
   * job's queue at once (so each job sees its events in order), and its promise settles once handled.
   */
  private async route(e: TransportEvent): Promise<void> {
    this.workers.expire();
    if (e.type === "worker") {
      this.workers.observe(e.announcement);
      return;
    }
    if (!this.jobs.has(e.jobId)) return;
    if (e.type === "metrics") return this.metricBatches.add(e);
    // Output lines change no state: they need not close a batch of metrics (whose order they do not touch).
    if (e.type !== "logs") this.metricBatches.close(e.jobId);
    await this.queues.run(e.jobId, async () => {
      const job = this.jobs.get(e.jobId);
      if (!job) return; // deleted meanwhile
      await job.onEvent(e);
      // A claim or a freed slot leaves the job room below its share: it tops up.
      if (e.type === "claim" || e.type === "result" || e.type === "unschedulable") await job.pump();
    });
  }

  /**
   * Calls `watcher` after every change to a job's state (with the trial it was about, if one): the
   * dashboard's live stream. Returns how to stop. A watcher must not throw, and must be quick.
   */
  watch(watcher: (jobId: string, trialId?: number) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** After any change to a job: a job that stops (or starts) wanting more moves the others' shares. */
  private jobChanged(job: JobRunner, trialId?: number): void {
    for (const w of this.watchers) w(job.jobId, trialId);
    if (job.external) return;
    this.shares.setWaiting(job, job.waitingForShare && job.status === "InProgress");
    if (this.shares.jobChanged(job, job.wantsMore())) this.grew(this.shares.waitingBeside(job));
  }

  /**
   * These jobs' shares may have grown: each tops up in its own queue, once what it is doing is done (a
   * job that tops up may move others' shares, and they get theirs the same way). One that fails (the
   * journal cannot be written) tries again a second later: no event may be coming to wake it.
   */
  private grew(jobIds: readonly string[]): void {
    for (const id of jobIds) {
      if (this.topUp.has(id) || this.stopping) continue;
      this.topUp.add(id);
      this.queues
        .run(id, async () => {
          this.topUp.delete(id);
          const job = this.jobs.get(id);
          if (job?.status === "InProgress") await job.pump();
        })
        .catch((err: unknown) => {
          this.context.hooks.failed?.(id, err);
          setTimeout(() => this.grew([id]), 1_000).unref?.();
        });
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.queues.idle();
    await this.external.close();
    for (const job of this.jobs.values()) job.close();
  }
}
