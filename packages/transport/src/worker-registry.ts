import type { WorkerAnnouncement } from "./domain.js";

/** A worker counts as connected this long after its last announcement (it announces every 10 s). */
export const WORKER_TTL_MS = 30_000;

export interface WorkerRegistryOptions {
  /** How long an announcement keeps its worker live (default WORKER_TTL_MS). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The workers heard from lately, as they last announced themselves: the one list the coordinator
 * and the placement watch share, so both agree on who is connected. Observing the same
 * announcement twice is harmless; a `leaving` announcement removes its worker at once.
 */
export class WorkerRegistry {
  readonly ttlMs: number;
  private readonly now: () => number;
  private readonly workers = new Map<string, { announcement: WorkerAnnouncement; seen: number }>();
  private readonly listeners = new Set<(workerId: string, next: WorkerAnnouncement | undefined) => void>();

  constructor(options: WorkerRegistryOptions = {}) {
    this.ttlMs = options.ttlMs ?? WORKER_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  observe(announcement: WorkerAnnouncement): void {
    // Deleting first keeps the map in order of last announcement, so pruning stops at the first live one.
    this.workers.delete(announcement.workerId);
    if (!announcement.leaving) this.workers.set(announcement.workerId, { announcement, seen: this.now() });
    for (const f of this.listeners) f(announcement.workerId, announcement.leaving ? undefined : announcement);
  }

  /**
   * Tells `f` of every change: an announcement (`next`), or a worker that left or expired (undefined).
   * Expiry is noticed when the registry is read, or at expire(). Returns the way to stop listening.
   */
  onChange(f: (workerId: string, next: WorkerAnnouncement | undefined) => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }

  /** Forgets the workers whose announcements are too old (cheap: the work is what has expired). */
  expire(): void {
    this.prune();
  }

  /** Live workers, least recently heard from first. */
  live(): WorkerAnnouncement[] {
    this.prune();
    const t = this.now();
    return [...this.workers.values()].filter((w) => this.isLive(w, t)).map((w) => w.announcement);
  }

  /** A live worker's last announcement. */
  get(workerId: string): WorkerAnnouncement | undefined {
    const w = this.workers.get(workerId);
    return w && this.isLive(w, this.now()) ? w.announcement : undefined;
  }

  /** How many workers are live. */
  get size(): number {
    return this.live().length;
  }

  private isLive(w: { seen: number }, t: number): boolean {
    return t - w.seen <= this.ttlMs;
  }

  /**
   * Forgets expired workers, oldest first, stopping at the first live one: the work is what has
   * expired, not the number of workers. (A clock that steps back may leave some for later; live()
   * still filters exactly.)
   */
  private prune(): void {
    const t = this.now();
    for (const [id, w] of this.workers) {
      if (this.isLive(w, t)) return;
      this.workers.delete(id);
      for (const f of this.listeners) f(id, undefined);
    }
  }
}
