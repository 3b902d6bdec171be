import type { MetricPoint } from "@hyperfleet/transport";

/**
 * Sends metric points as they happen, batching the ones that arrive while a send is in flight, so a
 * training that logs thousands of points a second costs a few messages, and a slow one loses no time.
 * Order is kept: one send at a time.
 */
export class MetricBatcher {
  private pending: MetricPoint[] = [];
  private sending: Promise<void> | undefined;
  private readonly last = new Map<string, MetricPoint>();

  constructor(private readonly send: (points: readonly MetricPoint[]) => Promise<void>) {}

  push(points: readonly MetricPoint[]): void {
    if (points.length === 0) return;
    for (const p of points) this.last.set(p.name, p);
    // A NaN or infinite value (a diverged training) is the metric's last value, for the result to
    // say so, but no point of its series: the coordinator's curves and journal hold numbers only.
    const finite = points.filter((p) => Number.isFinite(p.value));
    if (finite.length === 0) return;
    this.pending.push(...finite);
    this.sending ??= this.drain();
  }

  /** Resolves once everything pushed so far has been sent. */
  async flush(): Promise<void> {
    while (this.sending) await this.sending;
  }

  /** The last value of each metric, for the final result. */
  lastValues(): MetricPoint[] {
    return [...this.last.values()];
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        await this.send(batch).catch(() => undefined);
      }
    } finally {
      this.sending = undefined;
    }
  }
}
