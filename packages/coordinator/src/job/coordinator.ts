import type { CoordinatorTransport, Subscription, TransportEvent, WorkerAnnouncement } from "@hyperfleet/transport";
import { JobRunner, type JobHooks } from "./job-runner.js";
import type { JobEvent, Journal } from "./journal.js";
import { parseJobSpec } from "./job-spec.js";

/**
 * The single writer of job state: routes every transport event to its job, one event at a time,
 * and restores all jobs from the journal on start (a restarted coordinator carries on).
 */
export class Coordinator {
  readonly jobs = new Map<string, JobRunner>();
  /** Workers as last announced, with when. */
  readonly workers = new Map<string, { announcement: WorkerAnnouncement; seenUnixMs: number }>();
  private subscription: Subscription | undefined;
  private nextJob = 1;

  constructor(
    private readonly transport: CoordinatorTransport,
    private readonly journal: Journal,
    private readonly now: () => number = Date.now,
    private readonly hooks: JobHooks = {},
  ) {}

  get started(): boolean {
    return this.subscription !== undefined;
  }

  get transportStats() {
    return this.transport.stats;
  }

  async start(): Promise<void> {
    const byJob = new Map<string, JobEvent[]>();
    for (const e of await this.journal.replay()) {
      const list = byJob.get(e.jobId) ?? [];
      list.push(e);
      byJob.set(e.jobId, list);
    }
    for (const [jobId, events] of byJob) {
      this.jobs.set(jobId, JobRunner.restore(events, this.transport, this.journal, this.now, this.hooks));
      this.nextJob = Math.max(this.nextJob, Number(jobId.split("-").at(-1)) + 1 || this.nextJob);
    }
    this.subscription = await this.transport.consumeEvents((e) => this.route(e));
    for (const job of this.jobs.values()) if (job.status === "InProgress" || job.status === "Stopping") await job.resume();
  }

  /** Validates a spec (JobSpecError lists every problem) and starts the job; returns its id. */
  async submit(input: unknown): Promise<string> {
    const spec = parseJobSpec(input);
    const jobId = `${spec.name}-${this.nextJob++}`;
    const job = await JobRunner.create(jobId, spec, this.transport, this.journal, this.now, this.hooks);
    this.jobs.set(jobId, job);
    await job.pump();
    return jobId;
  }

  private async route(e: TransportEvent): Promise<void> {
    if (e.type === "worker") {
      if (e.announcement.leaving) this.workers.delete(e.announcement.workerId);
      else this.workers.set(e.announcement.workerId, { announcement: e.announcement, seenUnixMs: this.now() });
      return;
    }
    await this.jobs.get(e.jobId)?.onEvent(e);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
