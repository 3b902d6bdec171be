import type { WorkClass } from "./work-class.js";

/**
 * "Work arrived on this class", sent after an offer or a hand-back so that idle workers pull at once
 * instead of polling every class. A burst of offers on one class sends one hint, then at most one more
 * per `gapMs` (the last offer of a burst is always followed by a hint, so none is missed). The gap is
 * short: a worker that emptied the class waits for the next hint, so the gap is added to dispatch
 * latency (offer to claim) when offers come one at a time.
 */
export class WorkHints {
  private readonly recent = new Map<string, { again: boolean; timer: NodeJS.Timeout }>();

  constructor(
    private readonly send: (work: WorkClass) => void,
    private readonly gapMs = 5,
  ) {}

  notify(work: WorkClass): void {
    const recent = this.recent.get(work.resourceClass);
    if (recent) {
      recent.again = true;
      return;
    }
    try {
      this.send(work);
    } catch {
      // Not connected: a hint is only a shortcut; workers ask every class again when they reconnect.
    }
    const entry = {
      again: false,
      timer: setTimeout(() => {
        this.recent.delete(work.resourceClass);
        if (entry.again) this.notify(work);
      }, this.gapMs),
    };
    entry.timer.unref?.();
    this.recent.set(work.resourceClass, entry);
  }

  close(): void {
    for (const { timer } of this.recent.values()) clearTimeout(timer);
    this.recent.clear();
  }
}
