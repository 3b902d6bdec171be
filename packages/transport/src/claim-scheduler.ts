import type { Reservation, WorkerCapacity } from "./capacity.js";
import type { BrokerMessage } from "./delivery.js";
import type { WorkerCapabilities } from "./domain.js";
import { classPriority } from "./placement.js";
import { backoffMs } from "./publish-durably.js";
import { canRunClass, type WorkClass } from "./work-class.js";

/** What one pull of a class found out. */
export interface PullOutcome {
  /** Attempts the broker says are still queued on the class after this pull; undefined when it cannot say. */
  left: number | undefined;
}

/**
 * The broker's part of claiming: asks for at most `room.length` attempts of the class and hands each
 * that arrives to `take` with the next reservation of `room`, never more. Resolves once the request is
 * over (nothing more can arrive for it); rejects when the broker cannot be asked.
 */
export type PullClass = (work: WorkClass, room: readonly Reservation[], take: (message: BrokerMessage, reservation: Reservation) => void) => Promise<PullOutcome>;

export interface ClaimSchedulerOptions {
  capacity: WorkerCapacity;
  capabilities: WorkerCapabilities;
  pull: PullClass;
  take: (message: BrokerMessage, reservation: Reservation) => void;
  /**
   * How soon a class found empty is asked again although no hint came: attempts that return without
   * one (a dead worker's lease ran out) are found this late. Default 5 s, doubling while the class
   * stays empty up to `maxProbeMs`, so a class nobody uses any more costs next to nothing. Each wait is
   * drawn between half of that and all of it, so the workers of a fleet that started together do not
   * probe together, and a class is probed by one of its idle workers far more often than by each.
   */
  probeMs?: number;
  /** The longest wait between probes of an empty class (default 30 s, the default lease). */
  maxProbeMs?: number;
}

interface ClassState {
  readonly work: WorkClass;
  /** Attempts believed queued: at least 1 when new or hinted, 0 when the last pull found none. */
  backlog: number;
  /** Hints so far: one that comes while a pull is in flight outlives what the pull found. */
  hints: number;
  pulling: boolean;
  /** Reservations the class took and has not given back: its running attempts and its pull in flight. */
  readonly held: Set<Reservation>;
  /** When an empty class is probed (asked although no hint came). */
  probeAt: number;
  /** Probes in a row that found the class empty. */
  emptyProbes: number;
  lastServed: number;
  failures: number;
  retryAt: number;
}

/** The default longest wait between probes of an empty class: the default lease, after which a dead worker's attempts come back. */
const MAX_PROBE_MS = 30_000;

/**
 * How one worker shares its free capacity between the resource classes it can run, on every
 * transport. The broker says which classes have work (an offer's hint, what a pull left behind), so
 * idle classes are not polled; free room goes to the class with work that holds the least of this
 * worker (ties: more GPUs first, then the one served longest ago), so no class starves and a class
 * that appears later gets the next free slot. Room is reserved before anything is pulled, and a pull
 * asks for exactly the room it holds: nothing is delivered that the worker must give back. A class
 * whose request does not fit now, but would on this worker when idle, keeps the room it waits for:
 * classes holding more get nothing more meanwhile, so small requests do not starve a large one.
 */
export class ClaimScheduler {
  private readonly classes = new Map<string, ClassState>();
  private readonly pulls = new Set<Promise<void>>();
  private readonly probeMs: number;
  private readonly maxProbeMs: number;
  /** The next due time (a probe, a retry), if any: a worker with nothing due sets no timer at all. */
  private timer: { at: number; handle: NodeJS.Timeout } | undefined;
  private stopped = false;
  private served = 0;

  constructor(private readonly o: ClaimSchedulerOptions) {
    this.probeMs = o.probeMs ?? 5_000;
    this.maxProbeMs = o.maxProbeMs ?? MAX_PROBE_MS;
    this.watchCapacity();
  }

  /** A class the broker told of (listed, announced, hinted): pulled from if this worker can run it. */
  add(work: WorkClass): void {
    if (this.stopped || this.classes.has(work.resourceClass) || !canRunClass(this.o.capabilities, work)) return;
    this.classes.set(work.resourceClass, { work, backlog: 1, hints: 0, pulling: false, held: new Set(), probeAt: 0, emptyProbes: 0, lastServed: 0, failures: 0, retryAt: 0 });
    this.pump();
  }

  /** Work arrived on a class (an offer, a hand-back): it is pulled from soon, even if it was found empty. */
  hint(work: WorkClass): void {
    const c = this.classes.get(work.resourceClass);
    if (!c) return this.add(work);
    c.hints++;
    c.backlog = Math.max(c.backlog, 1);
    this.pump();
  }

  /**
   * After the broker came back: hints may have been missed meanwhile, so every class is asked again,
   * and probed soon again if empty (leases of workers that died in the outage run out after it).
   */
  recheck(): void {
    for (const c of this.classes.values()) {
      c.backlog = Math.max(c.backlog, 1);
      c.retryAt = 0;
      c.emptyProbes = 0;
    }
    this.pump();
  }

  get resourceClasses(): string[] {
    return [...this.classes.keys()];
  }

  /** Pulls nothing more; resolves once the pulls in flight are over (attempts already held keep their leases). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer?.handle);
    this.timer = undefined;
    while (this.pulls.size > 0) await Promise.all([...this.pulls]);
  }

  private watchCapacity(): void {
    void this.o.capacity.changed().then(() => {
      if (this.stopped) return;
      this.pump();
      this.watchCapacity();
    });
  }

  private pump(): void {
    if (this.stopped) return;
    const now = Date.now();
    const want = (c: ClassState): number => (c.backlog > 0 ? c.backlog : now >= c.probeAt ? 1 : 0);
    const grants = new Map<ClassState, Reservation[]>();
    const load = (c: ClassState): number => c.held.size + (grants.get(c)?.length ?? 0);
    let open: ClassState[] = [];
    for (const c of this.classes.values()) {
      for (const r of c.held) if (!this.o.capacity.holds(r)) c.held.delete(r);
      if (!c.pulling && now >= c.retryAt && want(c) > 0) open.push(c);
    }
    while (open.length > 0) {
      const next = open.reduce((a, b) => (order(a, b, load) <= 0 ? a : b));
      const [r] = this.o.capacity.reserve(next.work.request, 1);
      if (!r) {
        const waitsForRoom = this.o.capacity.fitsWhenIdle(next.work.request);
        open = open.filter((c) => c !== next && (!waitsForRoom || load(c) <= load(next)));
        continue;
      }
      grants.set(next, [...(grants.get(next) ?? []), r]);
      if (grants.get(next)!.length >= want(next)) open = open.filter((c) => c !== next);
    }
    for (const [c, room] of grants) this.startPull(c, room);
    this.wakeAtNextDue(now);
  }

  /**
   * One timer, for the earliest probe or retry still ahead; a class that waits for room is woken by
   * the capacity instead, and one pulling by its pull's end.
   */
  private wakeAtNextDue(now: number): void {
    let at = Infinity;
    for (const c of this.classes.values()) {
      if (c.pulling) continue;
      const due = Math.max(c.retryAt, c.backlog > 0 ? 0 : c.probeAt);
      if (due > now) at = Math.min(at, due);
    }
    if (this.timer && this.timer.at === at) return;
    clearTimeout(this.timer?.handle);
    this.timer = undefined;
    if (at === Infinity) return;
    const handle = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, at - now);
    handle.unref?.();
    this.timer = { at, handle };
  }

  /** How long an empty class waits for its next probe: probeMs doubling per empty probe up to maxProbeMs, drawn from its upper half. */
  private probeWait(emptyProbes: number): number {
    const nominal = Math.min(this.maxProbeMs, this.probeMs * 2 ** Math.min(emptyProbes, 30));
    return nominal * (0.5 + Math.random() / 2);
  }

  private startPull(c: ClassState, room: Reservation[]): void {
    c.pulling = true;
    c.lastServed = ++this.served;
    for (const r of room) c.held.add(r);
    const hints = c.hints;
    const probing = c.backlog === 0;
    const used = new Set<Reservation>();
    const take = (m: BrokerMessage, r: Reservation): void => {
      used.add(r);
      this.o.take(m, r);
    };
    const pull: Promise<void> = this.o
      .pull(c.work, room, take)
      .then(
        ({ left }) => {
          c.failures = 0;
          c.backlog = Math.max(left ?? (used.size < room.length ? 0 : 1), c.hints === hints ? 0 : 1);
        },
        () => void (c.retryAt = Date.now() + backoffMs(c.failures++)),
      )
      .finally(() => {
        c.pulling = false;
        c.emptyProbes = c.backlog > 0 || used.size > 0 ? 0 : probing ? c.emptyProbes + 1 : 0;
        if (c.backlog === 0) c.probeAt = Date.now() + this.probeWait(c.emptyProbes);
        for (const r of room) {
          if (used.has(r)) continue;
          c.held.delete(r);
          this.o.capacity.release(r);
        }
        this.pulls.delete(pull);
        this.pump();
      });
    this.pulls.add(pull);
  }
}

/** Least held first; then more GPUs; then the class served longest ago. */
function order(a: ClassState, b: ClassState, load: (c: ClassState) => number): number {
  return load(a) - load(b) || classPriority(b.work.request) - classPriority(a.work.request) || a.lastServed - b.lastServed;
}
