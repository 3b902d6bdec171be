import type { JobSpec } from "./job-spec.js";
import { isBetter, type JobTrial } from "./job-state.js";

/**
 * training.keepBestArtifacts: which ended trials' artifacts the job no longer wants. The N best
 * completed trials keep theirs; a trial that ends outside them (failed, stopped, or not good enough)
 * loses its folder at once, and a trial pushed out of them by a better one loses its folder then.
 * Kept in memory, rebuilt on restore (the drops a previous coordinator sent are not sent again).
 */
export class ArtifactRetention {
  /** The best completed trials, best first; at most `keep`. */
  private best: JobTrial[] = [];

  constructor(
    private readonly spec: JobSpec,
    private readonly keep: number,
  ) {}

  /** A trial ended: the trials whose artifacts go now (it, or the one it pushed out). */
  ended(t: JobTrial): JobTrial[] {
    if (t.status !== "Completed" || t.objective === undefined) return [t];
    const at = this.best.findIndex((b) => isBetter(this.spec, t.objective!, b.objective!));
    if (at < 0 && this.best.length >= this.keep) return [t];
    this.best.splice(at < 0 ? this.best.length : at, 0, t);
    return this.best.length > this.keep ? [this.best.pop()!] : [];
  }

  /** After a restore: the trials already judged, without dropping anything again. */
  restore(trials: Iterable<JobTrial>): void {
    for (const t of trials) if (t.endedUnixMs !== undefined) this.ended(t);
  }
}
