import type { ResourceRequest, WorkerCapabilities } from "./domain.js";
import { matchingGpus } from "./placement.js";

/**
 * What a worker has free: slots, CPUs, memory and GPUs. Transports reserve before they pull, so a
 * worker never holds more attempts than it can run; a GPU trial takes its GPUs off the free list, and
 * CPU-only trials only get the slots beyond one per free GPU.
 */
export class WorkerCapacity {
  private freeSlots: number;
  private freeCpus: number;
  private freeMemory: number;
  private readonly freeGpus: Set<number>;
  private readonly capabilities: WorkerCapabilities;
  private readonly waiters: (() => void)[] = [];
  /** GPU sets handed out; any set of the right size can be returned for a release. */
  private readonly taken: number[][] = [];

  constructor(capabilities: WorkerCapabilities, slots: number) {
    this.capabilities = capabilities;
    this.freeSlots = slots;
    this.freeCpus = capabilities.cpus;
    this.freeMemory = capabilities.memoryMiB;
    this.freeGpus = new Set(capabilities.gpus.map((g) => g.index));
  }

  get slots(): number {
    return this.freeSlots;
  }

  /** Reserves room for up to `max` attempts of the request; returns how many fit. */
  reserve(r: ResourceRequest, max: number): number {
    let n = 0;
    while (n < max && this.fits(r)) {
      this.freeSlots--;
      this.freeCpus -= r.cpus;
      this.freeMemory -= r.memoryMiB;
      const gpus = matchingGpus(this.capabilities, r).filter((i) => this.freeGpus.has(i)).slice(0, r.gpus);
      for (const g of gpus) this.freeGpus.delete(g);
      this.taken.push(gpus);
      n++;
    }
    return n;
  }

  /** Returns one attempt's worth of the request. */
  release(r: ResourceRequest): void {
    this.freeSlots++;
    this.freeCpus += r.cpus;
    this.freeMemory += r.memoryMiB;
    const gpus = this.takenFor(r);
    for (const g of gpus) this.freeGpus.add(g);
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
    return matchingGpus(this.capabilities, r).filter((i) => this.freeGpus.has(i)).length >= r.gpus;
  }

  private takenFor(r: ResourceRequest): number[] {
    const i = this.taken.findIndex((g) => g.length === r.gpus);
    return i < 0 ? [] : this.taken.splice(i, 1)[0]!;
  }
}
