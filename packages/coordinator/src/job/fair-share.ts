import { canRun, type Placement, type WorkerAnnouncement } from "@hyperfleet/transport";

/** Every job keeps at least this many attempts queued, so no job waits a round trip behind another. */
export const MIN_QUEUE_SHARE = 2;

/** What the shares need to know of a job. */
export interface ShareJob {
  readonly jobId: string;
  readonly resourceClass: string;
  readonly placement: Placement;
}

interface WorkerShare {
  readonly announcement: WorkerAnnouncement;
  /** The classes it can run, whose idle slots count its free ones. */
  readonly classes: ClassShare[];
}

interface ClassShare {
  readonly placement: Placement;
  /** Free slots of the live workers that can run the class, as they last announced. */
  idle: number;
  /** How many live workers can run it. */
  serving: number;
  /** The jobs of the class that would start more trials if they had room. */
  readonly competing: Set<string>;
  /** The jobs of the class that stopped at their share: they top up when it grows. */
  readonly waiting: Set<string>;
}

/**
 * Each job's share of its resource class's queue: the idle slots that can serve the class, split
 * evenly between the jobs with work for it, and at least MIN_QUEUE_SHARE. Kept up to date as workers
 * announce (or expire) and as jobs change whether they want more, so a share costs O(1) to read and an
 * event costs work in proportion to what it touches: one job, or one worker's classes.
 */
export class FairShares {
  private readonly classes = new Map<string, ClassShare>();
  /** Each live worker's last contribution: its free slots, to the classes it can run. */
  private readonly workers = new Map<string, WorkerShare>();

  /** Registers a job's class (counting the known workers once, for a class seen for the first time). */
  addJob(job: ShareJob, wantsMore: boolean): void {
    let c = this.classes.get(job.resourceClass);
    if (!c) {
      c = { placement: job.placement, idle: 0, serving: 0, competing: new Set(), waiting: new Set() };
      this.classes.set(job.resourceClass, c);
      for (const w of this.workers.values()) if (canRun(w.announcement.capabilities, job.placement)) this.join(w, c);
    }
    this.jobChanged(job, wantsMore);
  }

  removeJob(job: ShareJob): void {
    const c = this.classes.get(job.resourceClass);
    c?.competing.delete(job.jobId);
    c?.waiting.delete(job.jobId);
  }

  /** Whether the job wants more trials now; true when that changed (other jobs' shares moved). */
  jobChanged(job: ShareJob, wantsMore: boolean): boolean {
    const c = this.classes.get(job.resourceClass);
    if (!c || c.competing.has(job.jobId) === wantsMore) return false;
    if (wantsMore) c.competing.add(job.jobId);
    else c.competing.delete(job.jobId);
    return true;
  }

  /** The job's share of its class's queue; Infinity while no worker that serves it is known. */
  share(job: ShareJob): number {
    const c = this.classes.get(job.resourceClass);
    if (!c || c.serving === 0) return Infinity;
    return Math.max(MIN_QUEUE_SHARE, Math.ceil(c.idle / Math.max(1, c.competing.size)));
  }

  /** The job stopped at its share (true) or not; waiting jobs are the ones to top up when it grows. */
  setWaiting(job: ShareJob, waiting: boolean): void {
    const c = this.classes.get(job.resourceClass);
    if (waiting) c?.waiting.add(job.jobId);
    else c?.waiting.delete(job.jobId);
  }

  /** The jobs waiting on the class of `job` (for a top-up when its share may have grown). */
  waitingBeside(job: ShareJob): string[] {
    return [...(this.classes.get(job.resourceClass)?.waiting ?? [])].filter((id) => id !== job.jobId);
  }

  /**
   * A worker announced itself (`next`) or expired or left (`next` undefined): its old contribution is
   * taken out and its new one put in. Returns the jobs waiting on the classes whose idle slots grew,
   * which may top up (an announcement that changes nothing wakes nobody).
   */
  workerChanged(workerId: string, next: WorkerAnnouncement | undefined): string[] {
    const before = this.workers.get(workerId);
    const idleBefore = new Map<ClassShare, number>();
    for (const c of before?.classes ?? []) {
      idleBefore.set(c, c.idle);
      this.leave(before!, c);
    }
    if (!next) {
      this.workers.delete(workerId);
      return [];
    }
    const w: WorkerShare = { announcement: next, classes: [] };
    this.workers.set(workerId, w);
    const waiting: string[] = [];
    for (const c of this.classes.values()) {
      if (!canRun(next.capabilities, c.placement)) continue;
      this.join(w, c);
      if (c.idle > (idleBefore.get(c) ?? c.idle - next.freeSlots)) waiting.push(...c.waiting);
    }
    return waiting;
  }

  private join(w: WorkerShare, c: ClassShare): void {
    w.classes.push(c);
    c.idle += w.announcement.freeSlots;
    c.serving++;
  }

  private leave(w: WorkerShare, c: ClassShare): void {
    c.idle -= w.announcement.freeSlots;
    c.serving--;
  }
}
