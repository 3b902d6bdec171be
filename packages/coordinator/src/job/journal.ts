import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import type { LoggedRecord, MetricPoint, RecordLog, TrialOutcome } from "@hyperfleet/transport";
import type { OptimizerState, Params, RungPlacement } from "@hyperfleet/optimizer";
import { JournalWriteError } from "./job-errors.js";
import type { JobSpec } from "./job-spec.js";
import type { JobSnapshot, JobTrial } from "./job-state-types.js";

/** Everything that changes a job, in order. Replaying the events rebuilds the job exactly (job-state.ts). */
export type JobEvent =
  | { type: "job-created"; jobId: string; spec: JobSpec; at: number }
  /**
   * The last trial of each ask carries the optimizer's state after it (and the convergence count), so
   * a replay restores the suggestions the uninterrupted coordinator would have made.
   */
  /** `attempt: 1`: its first attempt offered in the same record (older journals follow it with attempt-offered). */
  | { type: "trial-created"; jobId: string; trialId: number; params: Params; attempt?: 1; placement?: RungPlacement; optimizer?: OptimizerState; lowImprovementAsks?: number; at: number }
  /** The median rule stopped the attempt at `step`: its judged `value` against the finished trials' `median` (absent in older journals). */
  | { type: "early-stopped"; jobId: string; trialId: number; attempt: number; step: number; value?: number; median?: number; at: number }
  | { type: "attempt-timed-out"; jobId: string; trialId: number; attempt: number; at: number }
  | { type: "attempt-offered"; jobId: string; trialId: number; attempt: number; at: number }
  /** A worker took the attempt; `delivery` (the broker's count, 1 first) tells a re-run from a repeat. */
  | { type: "attempt-claimed"; jobId: string; trialId: number; attempt: number; workerId: string; delivery?: number; at: number }
  /** The worker handed the attempt back (shutdown, cannot run it): it waits for another worker. */
  | { type: "attempt-released"; jobId: string; trialId: number; attempt: number; workerId: string; delivery?: number; reason: string; /** The coordinator queues the fresh copy; lost: the attempt's lost deliveries so far. */ requeue?: { lost: number }; at: number }
  | { type: "attempt-finished"; jobId: string; trialId: number; attempt: number; workerId: string; outcome: TrialOutcome; at: number }
  | { type: "metrics"; jobId: string; trialId: number; attempt: number; delivery?: number; points: readonly MetricPoint[] }
  | { type: "limits-changed"; jobId: string; maxTrials?: number; maxParallelTrials?: number; maxFailedTrials?: number; at: number }
  | { type: "job-ended"; jobId: string; status: "Completed" | "Failed" | "Stopped"; reason: string; at: number }
  | { type: "stop-requested"; jobId: string; at: number }
  | { type: "job-reopened"; jobId: string; at: number }
  /** The job is forgotten (DELETE): a restarted coordinator does not restore it; its id is never reused. */
  | { type: "job-deleted"; jobId: string; at: number }
  | { type: "warm-started"; jobId: string; observations: { params: Params; value: number }[]; at: number }
  /**
   * The job's whole state at this point: replay starts from the last one, so a journal may drop the
   * job's events before it (compact()). Written when a job ends. A large job's trials are split:
   * `state.trials` holds the first of them and `parts` job-snapshot-part records follow with the rest
   * (each record well under nats-server's 1 MiB max_payload); a snapshot counts only when all are there.
   */
  | { type: "job-snapshot"; jobId: string; state: JobSnapshot; parts?: number; at: number }
  | { type: "job-snapshot-part"; jobId: string; part: number; trials: readonly JobTrial[]; at: number };

/** The durable log of job events: an append-only file in embedded mode, a JetStream stream in a cluster. */
export interface Journal {
  append(event: JobEvent): Promise<void>;
  replay(): Promise<JobEvent[]>;
  /**
   * Keeps only `events` (what replay() returned, compacted: job-state.ts compacted()), durably and at
   * once; a journal that cannot drop records leaves this out, and replay starts each job at its snapshot.
   */
  compact?(events: readonly JobEvent[]): Promise<void>;
}

export class MemoryJournal implements Journal {
  readonly events: JobEvent[] = [];
  async append(event: JobEvent): Promise<void> {
    this.events.push(structuredClone(event));
  }
  async replay(): Promise<JobEvent[]> {
    return structuredClone(this.events);
  }
  async compact(events: readonly JobEvent[]): Promise<void> {
    this.events.splice(0, this.events.length, ...structuredClone(events));
  }
}

/**
 * One JSON line per event, fsynced before append() resolves: a coordinator killed with -9 loses no
 * event it acted on. Group commit: appends made while a write is on its way (other jobs', in the same
 * turn of the event loop) go out together in the next write, one fsync for all of them. A torn last
 * line (killed mid-write) is ignored on replay.
 */
export class FileJournal implements Journal {
  /** Events the last replay read: compact() with as many has nothing to drop. */
  private replayedCount = -1;
  private waiting: { line: string; done: (err?: Error) => void }[] = [];
  private writing = false;

  constructor(private readonly path: string) {}

  append(event: JobEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ line: `${JSON.stringify(event)}\n`, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.writing) void this.writeAll();
    });
  }

  /** Writes what waits, batch after batch, until nothing does; a batch that fails fails its appends only. */
  private async writeAll(): Promise<void> {
    this.writing = true;
    // The rest of this turn's appends join the first batch.
    await new Promise((r) => setImmediate(r));
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0);
      const err = await this.write(batch.map((b) => b.line).join("")).then(
        () => undefined,
        (e: Error) => e,
      );
      for (const b of batch) b.done(err);
    }
    this.writing = false;
  }

  private async write(lines: string): Promise<void> {
    let file: FileHandle | undefined;
    let before = 0;
    try {
      file = await open(this.path, "a");
      before = (await file.stat()).size;
      await file.appendFile(lines);
      await file.datasync();
    } catch (err) {
      // A full disk or a lost volume: the events are not durable, so the changes they carry must not
      // happen. A partly written batch is cut off, so that the next one starts a line of its own.
      await file?.truncate(before).catch(() => undefined); // the volume is gone: replay ignores a torn last line
      throw new JournalWriteError(this.path, err);
    } finally {
      await file?.close().catch(() => undefined);
    }
  }

  /**
   * Writes the kept events to a new file beside the journal, fsyncs it and renames it over the journal
   * (then fsyncs the folder): a crash leaves the old journal or the new one, never a mix.
   */
  async compact(events: readonly JobEvent[]): Promise<void> {
    if (events.length === this.replayedCount) return; // nothing to drop
    const next = `${this.path}.compacting`;
    try {
      writeFileSync(next, events.map((e) => `${JSON.stringify(e)}\n`).join(""));
      fsyncPath(next);
      renameSync(next, this.path);
      fsyncPath(dirname(this.path));
    } catch (err) {
      rmSync(next, { force: true });
      throw new JournalWriteError(this.path, err);
    }
  }

  async replay(): Promise<JobEvent[]> {
    if (!existsSync(this.path)) return [];
    const out: JobEvent[] = [];
    for (const line of readFileSync(this.path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as JobEvent);
      } catch {
        // the torn tail of a crash
      }
    }
    this.replayedCount = out.length;
    return out;
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The journal over a broker's durable log (a JetStream stream in cluster mode), one JSON record per
 * event, keyed by job, so that compacting drops a job's records before its snapshot in one go.
 */
export class RecordLogJournal implements Journal {
  /** Where each event of the last replay sits in the log: compact() forgets the ones it no longer keeps. */
  private replayed = new Map<JobEvent, LoggedRecord>();
  private forgetting: Promise<void> = Promise.resolve();

  constructor(private readonly log: RecordLog) {}

  async append(event: JobEvent): Promise<void> {
    await this.log.append(JSON.stringify(event), event.jobId);
  }

  async replay(): Promise<JobEvent[]> {
    if (!this.log.entries) return (await this.log.replay()).map((r) => JSON.parse(r) as JobEvent);
    const entries = await this.log.entries();
    const events = entries.map((r) => JSON.parse(r.data) as JobEvent);
    // Where each record sits, without its text: the texts (tens of MiB for a long history) go now.
    this.replayed = new Map(events.map((e, i) => [e, { data: "", position: entries[i]!.position, ...(entries[i]!.key === undefined ? {} : { key: entries[i]!.key }) }]));
    return events;
  }

  /**
   * `events`: the ones of the last replay to keep (the same objects); the log forgets the others in
   * the background, since dropping records below a position is safe beside new appends (and a journal
   * from before the keys drops its old records one by one, which may take a while once). A failure
   * leaves records the next start forgets; replay starts each job at its snapshot either way.
   */
  async compact(events: readonly JobEvent[]): Promise<void> {
    if (!this.log.forget) return;
    const keep = new Set(events);
    const dropped = [...this.replayed].filter(([e]) => !keep.has(e)).map(([, r]) => r);
    this.replayed = new Map();
    if (dropped.length > 0) this.forgetting = this.log.forget(dropped).catch(() => undefined);
  }

  /** Resolves once the last compaction's records are gone (tests; a closing coordinator need not wait). */
  async untilCompacted(): Promise<void> {
    await this.forgetting;
  }
}
