/** A timer key: "runtime" for the job's own limit, a trial id for that trial's run, or a unique retry key. */
export type TimerKey = "runtime" | number | symbol;

/**
 * The timers of one job (its time limit, each run's time limit, offer retries). A task fires
 * through the coordinator's serial queue, like every other change; a failing one goes to `failed`.
 * Arming a key again replaces its timer; close() stops them all.
 */
export class JobTimers {
  private readonly timers = new Map<TimerKey, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly serial: <T>(task: () => Promise<T>) => Promise<T>,
    private readonly failed: (err: unknown) => void,
  ) {}

  /** Runs `task` in `ms` (at once when due already), replacing what `key` had armed. */
  arm(key: TimerKey, ms: number, task: () => Promise<void>): void {
    this.clear(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.serial(task).catch(this.failed);
    }, Math.max(0, ms));
    timer.unref?.();
    this.timers.set(key, timer);
  }

  /** Runs `task` once in `ms`, next to whatever else is armed. */
  later(ms: number, task: () => Promise<void>): void {
    this.arm(Symbol("later"), ms, task);
  }

  clear(key: TimerKey): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  close(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
