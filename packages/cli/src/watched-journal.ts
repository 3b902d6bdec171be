import type { JobEvent, Journal } from "@hyperfleet/coordinator";

/**
 * A journal that remembers its first failed write. The coordinator treats a failed write as "try
 * again" (a broker's stream comes back); on one machine a full disk does not, so the embedded run
 * ends on `failed` with the reason instead of retrying forever.
 */
export class WatchedJournal implements Journal {
  readonly failed: Promise<Error>;
  private fail!: (err: Error) => void;

  constructor(private readonly inner: Journal) {
    this.failed = new Promise((resolve) => (this.fail = resolve));
  }

  async append(event: JobEvent): Promise<void> {
    try {
      await this.inner.append(event);
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
      throw err;
    }
  }

  replay(): Promise<JobEvent[]> {
    return this.inner.replay();
  }

  async compact(events: readonly JobEvent[]): Promise<void> {
    await this.inner.compact?.(events);
  }
}
