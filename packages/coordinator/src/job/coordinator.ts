import { canRun, WorkerRegistry, type CoordinatorTransport, type Subscription, type TransportEvent, type WorkerAnnouncement } from "@hyperfleet/transport";
import { JobActiveError, JobNotFoundError } from "./job-errors.js";
import { JobRunner, type JobContext, type JobHooks } from "./job-runner.js";
import { jobActive } from "./job-state.js";
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
}

/** Every job keeps at least this many attempts queued, so no job waits a round trip behind another. */
export const MIN_QUEUE_SHARE = 2;

/**
 * The single writer of job state: commands (submit, stop, update) and transport events go through
 * one serial queue, so nothing interleaves across an await; all jobs are restored from the journal on
 * start (a restarted coordinator carries on).
 *
 * Jobs share workers fairly: each job keeps at most its share of its resource class's queue
 * (the idle slots that can serve the class, split evenly between the jobs with work for it, and at
 * least MIN_QUEUE_SHARE), so claims alternate between jobs instead of draining the first job's batch.
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
      queueAllowance: (job) => this.queueShare(job),
    };
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
    for (const e of await this.journal.replay()) {
      const list = byJob.get(e.jobId) ?? [];
      list.push(e);
      byJob.set(e.jobId, list);
    }
    for (const [jobId, events] of byJob) {
      this.nextJob = Math.max(this.nextJob, Number(jobId.split("-").at(-1)) + 1 || this.nextJob);
      if (events.at(-1)?.type !== "job-deleted") this.jobs.set(jobId, JobRunner.restore(events, this.context));
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
      this.jobs.set(jobId, job);
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
    });
  }

  /** Resolves once every command and event queued so far has been handled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async route(e: TransportEvent): Promise<void> {
    if (e.type === "worker") {
      this.workers.observe(e.announcement);
    } else {
      await this.jobs.get(e.jobId)?.onEvent(e);
      if (e.type !== "claim" && e.type !== "result" && e.type !== "unschedulable") return;
    }
    // A claim or a freed slot can move another job's share: let every running job top up.
    for (const job of this.jobs.values()) if (job.status === "InProgress") await job.pump();
  }

  private queueShare(job: JobRunner): number {
    const serving = this.liveWorkers().filter((w) => canRun(w.capabilities, job.spec.training));
    if (serving.length === 0) return Infinity; // nothing known to share (yet): queue the job's batch
    const idle = serving.reduce((n, w) => n + w.freeSlots, 0);
    let competing = 0;
    for (const j of this.jobs.values()) if (j.status === "InProgress" && j.resourceClass === job.resourceClass && j.wantsMore()) competing++;
    return Math.max(MIN_QUEUE_SHARE, Math.ceil(idle / Math.max(1, competing)));
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.queue.idle();
    for (const job of this.jobs.values()) job.close();
  }
}
