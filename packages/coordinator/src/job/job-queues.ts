import { SerialQueue } from "./serial-queue.js";

/**
 * One serial queue per job: a job's commands, timers and transport events run one at a time, in the
 * order they were queued, while different jobs' tasks interleave. A job's task awaits its journal
 * writes; other jobs' writes go out meanwhile, so the journal gets many records at once (group commit)
 * instead of one round trip after another for the whole coordinator.
 */
export class JobQueues {
  private readonly queues = new Map<string, SerialQueue>();

  run<T>(jobId: string, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(jobId);
    if (!queue) this.queues.set(jobId, (queue = new SerialQueue()));
    const q = queue;
    return q.run(task).finally(() => {
      // An empty queue goes: a job's next task starts a fresh one (nothing is left to wait behind).
      if (q.size === 0 && this.queues.get(jobId) === q) this.queues.delete(jobId);
    });
  }

  /** Tasks queued or running, over all jobs. */
  get size(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.size;
    return n;
  }

  /** Resolves once every job's queue is empty, including tasks queued while waiting. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()].map((q) => q.idle()));
  }
}
