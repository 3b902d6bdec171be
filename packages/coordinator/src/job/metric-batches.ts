import type { TransportEvent } from "@hyperfleet/transport";

export type MetricsEvent = Extract<TransportEvent, { type: "metrics" }>;

interface Waiting {
  event: MetricsEvent;
  settle: (error?: Error) => void;
}

/**
 * Metrics reports are most of a busy fleet's events (a training reports every few steps). Those of
 * one job that arrive while its queue is busy join one task, which hands the points of each run (trial,
 * attempt, worker, delivery) over as one report: one journal record where there were many. A batch
 * closes when its task starts, or when any other event of the job is queued behind it, so every event
 * is still handled in its job's delivery order. Each report's promise settles with its run's outcome:
 * a report that fails (and comes again) takes no other run's report with it.
 */
export class MetricBatches {
  private readonly open = new Map<string, Waiting[]>();

  constructor(
    private readonly queue: (jobId: string, task: () => Promise<void>) => Promise<void>,
    private readonly handle: (report: MetricsEvent) => Promise<void>,
  ) {}

  add(event: MetricsEvent): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiting: Waiting = { event, settle: (error) => (error === undefined ? resolve() : reject(error)) };
      const batch = this.open.get(event.jobId);
      if (batch) {
        batch.push(waiting);
        return;
      }
      const fresh = [waiting];
      this.open.set(event.jobId, fresh);
      this.queue(event.jobId, () => this.run(event.jobId, fresh)).catch((error: unknown) => fresh.forEach((w) => w.settle(asError(error))));
    });
  }

  /** Another event of the job is queued: reports after it go in a batch of their own, after it. */
  close(jobId: string): void {
    this.open.delete(jobId);
  }

  private async run(jobId: string, batch: Waiting[]): Promise<void> {
    if (this.open.get(jobId) === batch) this.open.delete(jobId);
    for (const run of byRun(batch)) {
      const report: MetricsEvent = { ...run[0]!.event, points: run.flatMap((w) => w.event.points) };
      const error = await this.handle(report).then(
        () => undefined,
        (e: unknown) => asError(e),
      );
      for (const w of run) w.settle(error);
    }
  }
}

/** The batch's reports grouped by run, in the order each run first reported. */
function byRun(batch: readonly Waiting[]): Waiting[][] {
  const runs = new Map<string, Waiting[]>();
  for (const w of batch) {
    const e = w.event;
    const key = `${e.trialId}/${e.attempt}/${e.workerId}/${e.delivery}`;
    const run = runs.get(key);
    if (run) run.push(w);
    else runs.set(key, [w]);
  }
  return [...runs.values()];
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error("the metrics report failed");
}
