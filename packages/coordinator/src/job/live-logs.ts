/** Lines kept per running attempt: what `logs --follow` shows first, before the new ones. */
export const LIVE_LOG_LINES = 1_000;

interface Tail {
  attempt: number;
  delivery: number;
  lines: string[];
  dropped: number;
  readonly followers: Set<Follower>;
}

export interface Follower {
  lines(lines: readonly string[], dropped: number): void;
  /** The attempt is over: no more lines come (its result's log tail and the worker's files have them). */
  ended(): void;
}

/**
 * The output of a job's running attempts, as their workers send it (in batches, LogLines events): kept
 * in memory only, at most LIVE_LOG_LINES per attempt, and forgotten when the attempt ends. Logs are
 * not job state: they are never journaled, and a restarted coordinator starts them afresh.
 */
export class LiveLogs {
  private readonly tails = new Map<number, Tail>();

  append(trialId: number, attempt: number, delivery: number, lines: readonly string[], dropped: number): void {
    let tail = this.tails.get(trialId);
    if (tail && (tail.attempt !== attempt || tail.delivery !== delivery)) {
      // Another run of the trial: the lost run's lines are no longer its output.
      tail = { ...tail, attempt, delivery, lines: [], dropped: 0 };
      this.tails.set(trialId, tail);
    }
    if (!tail) this.tails.set(trialId, (tail = { attempt, delivery, lines: [], dropped: 0, followers: new Set() }));
    tail.lines.push(...lines);
    tail.dropped += dropped;
    const over = tail.lines.length - LIVE_LOG_LINES;
    if (over > 0) {
      tail.lines.splice(0, over);
      tail.dropped += over;
    }
    for (const f of tail.followers) f.lines(lines, dropped);
  }

  /** What is kept of a running attempt's output; undefined when none came (or it ended). */
  get(trialId: number): { attempt: number; lines: readonly string[]; dropped: number } | undefined {
    const t = this.tails.get(trialId);
    return t && { attempt: t.attempt, lines: [...t.lines], dropped: t.dropped };
  }

  /** Calls the follower for each batch from now on, and once when the attempt ends; returns how to stop. */
  follow(trialId: number, attempt: number, follower: Follower): () => void {
    let tail = this.tails.get(trialId);
    if (!tail) this.tails.set(trialId, (tail = { attempt, delivery: 0, lines: [], dropped: 0, followers: new Set() }));
    const t = tail;
    t.followers.add(follower);
    return () => t.followers.delete(follower);
  }

  /** The trial's attempt ended: its followers hear so, and its lines go. */
  end(trialId: number): void {
    const t = this.tails.get(trialId);
    if (!t) return;
    this.tails.delete(trialId);
    for (const f of t.followers) f.ended();
  }

  /** Every follower hears the end (the coordinator is shutting down). */
  close(): void {
    for (const id of [...this.tails.keys()]) this.end(id);
  }
}
