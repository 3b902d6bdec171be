import { WorkerRegistry, type CoordinatorTransport, type Subscription, type TransportEvent, type WorkerAnnouncement } from "@hyperfleet/transport";
import type { Suggester } from "../suggest/suggestion-pool.js";
import { FairShares } from "./fair-share.js";
import { JobActiveError, JobNotFoundError } from "./job-errors.js";
import { JobRunner, type JobContext, type JobHooks } from "./job-runner.js";
import { compacted, jobActive } from "./job-state.js";
import type { JobEvent, Journal } from "./journal.js";
import { parseJobSpec } from "./job-spec.js";
import { SerialQueue } from "./serial-queue.js";
import { warmStartObservations } from "./warm-start.js";

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
 * The single writer of job state: commands (submit, stop, update) and transport events go through
 * one serial queue, so nothing interleaves across an await; all jobs are restored from the journal on
 * start (a restarted coordinator carries on).
 *
 * Jobs share workers fairly: each job keeps at most its share of its resource class's queue
 * (FairShares: the idle slots that can serve the class, split evenly between the jobs with work for
 * it), so claims alternate between jobs instead of draining the first job's batch. An event touches
 * its job, then only the jobs of the same class that wait on a share it grew: the work per event does
 * not grow with the number of jobs or workers.
 */
export class Coordinator {
  readonly jobs = new Map<string, JobRunner>();
  /** Workers as last announced (live for WORKER_TTL_MS after each announcement). */
  readonly workers: WorkerRegistry;
  private subscription: Subscription | undefined;
  private nextJob = 1;
  private readonly context: JobContext;
  private readonly volatileTransport: boolean;
  private readonly queue = new SerialQueue();
  private readonly shares = new FairShares();
  /** Jobs whose share may have grown since they stopped at it; topped up at the end of the current task. */
  private readonly topUp = new Set<string>();
  private topUpQueued = false;

  constructor(
    private readonly transport: CoordinatorTransport,
    private readonly journal: Journal,
    options: CoordinatorOptions = {},
  ) {
    this.volatileTransport = options.volatileTransport ?? false;
    this.workers = options.workers ?? new WorkerRegistry({ now: options.now ?? Date.now });
    this.context = {
      transport,
      journal,
      now: options.now ?? Date.now,
      hooks: options.hooks ?? {},
      serial: (task) => this.queue.run(task),
      queueAllowance: (job) => this.shares.share(job),
      changed: (job) => this.jobChanged(job),
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
      if (events.at(-1)?.type !== "job-deleted") this.add(JobRunner.restore(events, this.context));
    }
    // Events that arrive while the jobs resume wait in the queue behind the resumption.
    const resumed = this.queue.run(async () => {
      for (const job of this.jobs.values()) if (jobActive(job.status)) await job.resume(this.volatileTransport);
    });
    this.subscription = await this.transport.consumeEvents((e) => this.queue.run(() => this.route(e)));
    await resumed;
  }

  /** Validates a spec (JobSpecError lists every problem) and starts the job; returns its id. */
  submit(input: unknown): Promise<string> {
    const spec = parseJobSpec(input);
    return this.queue.run(async () => {
      const warm = spec.warmStart ? warmStartObservations(spec, spec.warmStart, [...this.jobs.values()]) : [];
      const jobId = `${spec.name}-${this.nextJob++}`;
      const job = await JobRunner.create(jobId, spec, this.context, warm);
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
    return this.queue.run(async () => {
      const job = this.jobs.get(jobId);
      if (!job) throw new JobNotFoundError(jobId);
      if (jobActive(job.status)) throw new JobActiveError(jobId, job.status);
      await this.journal.append({ type: "job-deleted", jobId, at: this.context.now() });
      job.close();
      this.jobs.delete(jobId);
      this.shares.removeJob(job);
    });
  }

  /** Resolves once every command and event queued so far has been handled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private add(job: JobRunner): void {
    this.jobs.set(job.jobId, job);
    this.shares.addJob(job, job.wantsMore());
  }

  private async route(e: TransportEvent): Promise<void> {
    this.workers.expire();
    if (e.type === "worker") this.workers.observe(e.announcement);
    else {
      const job = this.jobs.get(e.jobId);
      if (job) {
        await job.onEvent(e);
        // A claim or a freed slot leaves the job room below its share: it tops up.
        if (e.type === "claim" || e.type === "result" || e.type === "unschedulable") await job.pump();
      }
    }
    await this.topUpWaiting();
  }

  /** After any change to a job: a job that stops (or starts) wanting more moves the others' shares. */
  private jobChanged(job: JobRunner): void {
    this.shares.setWaiting(job, job.waitingForShare && job.status === "InProgress");
    if (this.shares.jobChanged(job, job.wantsMore())) this.grew(this.shares.waitingBeside(job));
  }

  /** These jobs' shares may have grown: they top up once the task at hand is done. */
  private grew(jobIds: readonly string[]): void {
    for (const id of jobIds) this.topUp.add(id);
    if (this.topUp.size === 0 || this.topUpQueued) return;
    // A change from outside an event (a timer, a command) still gets its top-up, in the queue.
    this.topUpQueued = true;
    void this.queue.run(() => this.topUpWaiting()).catch(() => undefined);
  }

  private async topUpWaiting(): Promise<void> {
    try {
      // A job that tops up may move others' shares: they join the set, and this loop visits them too.
      for (const id of this.topUp) {
        this.topUp.delete(id);
        const job = this.jobs.get(id);
        if (job?.status !== "InProgress") continue;
        await job.pump();
      }
    } finally {
      this.topUpQueued = false;
    }
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.queue.idle();
    for (const job of this.jobs.values()) job.close();
  }
}
