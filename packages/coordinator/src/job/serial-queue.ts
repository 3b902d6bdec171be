/**
 * Runs tasks one at a time, in the order they were queued: the coordinator's single path for
 * commands (submit, stop, update) and transport events, so that no task sees another's half-done
 * change across an await. A task that throws rejects its own caller only; the queue carries on.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** Tasks queued or running. */
  get size(): number {
    return this.pending;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const result = this.tail.then(task).finally(() => this.pending--);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once everything queued so far has run. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
