import type { ResourceRequest, WorkerCapabilities } from "./domain.js";
import { matchingGpus } from "./placement.js";

/** Room for one attempt: what it took, and exactly which GPUs, so a release returns those and no others. */
export interface Reservation {
  readonly request: ResourceRequest;
  /** GPU indices the attempt owns exclusively: the lowest free ones of the asked model. */
  readonly gpus: readonly number[];
}

/** What a worker has free right now (what WorkerCapacity.free() and a claim's free() report). */
export interface FreeCapacity {
  slots: number;
  cpus: number;
  memoryMiB: number;
  /** Free GPU indices, lowest first. */
  gpus: number[];
}

/**
 * What a worker has free: slots, CPUs, memory and GPUs. The worker's only allocator: transports
 * reserve before they pull, so a worker never holds more attempts than it can run, and the GPUs a
 * reservation picked travel with the attempt (ClaimedTrial.gpus) to the runtime. CPU-only trials
 * only get the slots beyond one per free GPU.
 */
export class WorkerCapacity {
  private readonly totalSlots: number;
  private freeSlots: number;
  private freeCpus: number;
  private freeMemory: number;
  private readonly freeGpus: Set<number>;
  private readonly capabilities: WorkerCapabilities;
  private readonly waiters: (() => void)[] = [];
  /** Reservations not yet released: a second release of the same one changes nothing. */
  private readonly held = new Set<Reservation>();

  constructor(capabilities: WorkerCapabilities, slots: number) {
    this.capabilities = capabilities;
    this.totalSlots = slots;
    this.freeSlots = slots;
    this.freeCpus = capabilities.cpus;
    this.freeMemory = capabilities.memoryMiB;
    this.freeGpus = new Set(capabilities.gpus.map((g) => g.index));
  }

  get slots(): number {
    return this.freeSlots;
  }

  free(): FreeCapacity {
    return { slots: this.freeSlots, cpus: this.freeCpus, memoryMiB: this.freeMemory, gpus: [...this.freeGpus].sort((a, b) => a - b) };
  }

  /** Whether the request would fit with nothing else running: a class worth keeping room for. */
  fitsWhenIdle(request: ResourceRequest): boolean {
    return new WorkerCapacity(this.capabilities, this.totalSlots).fits(request);
  }

  /** Whether the reservation is still taken (not yet released). */
  holds(reservation: Reservation): boolean {
    return this.held.has(reservation);
  }

  /** Reserves room for up to `max` attempts of the request; returns one reservation per attempt that fits. */
  reserve(request: ResourceRequest, max: number): Reservation[] {
    const out: Reservation[] = [];
    while (out.length < max && this.fits(request)) {
      this.freeSlots--;
      this.freeCpus -= request.cpus;
      this.freeMemory -= request.memoryMiB;
      const gpus = this.freeMatching(request).slice(0, request.gpus);
      for (const g of gpus) this.freeGpus.delete(g);
      const reservation: Reservation = { request, gpus };
      this.held.add(reservation);
      out.push(reservation);
    }
    return out;
  }

  /** Returns what the reservation took, its own GPUs included; idempotent. */
  release(reservation: Reservation): void {
    if (!this.held.delete(reservation)) return;
    const r = reservation.request;
    this.freeSlots++;
    this.freeCpus += r.cpus;
    this.freeMemory += r.memoryMiB;
    for (const g of reservation.gpus) this.freeGpus.add(g);
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves the next time something is released. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private fits(r: ResourceRequest): boolean {
    if (this.freeSlots < 1 || this.freeCpus < r.cpus || this.freeMemory < r.memoryMiB) return false;
    // A CPU-only trial never takes the slot a free GPU would need: GPU workers keep one slot per free
    // GPU for GPU trials, so a GPU does not sit idle behind CPU work while GPU trials wait.
    if (r.gpus === 0) return this.freeSlots > this.freeGpus.size;
    return this.freeMatching(r).length >= r.gpus;
  }

  /** Free GPUs of the asked model (case-insensitive substring), lowest index first. */
  private freeMatching(r: ResourceRequest): number[] {
    return matchingGpus(this.capabilities, r)
      .filter((i) => this.freeGpus.has(i))
      .sort((a, b) => a - b);
  }
}
