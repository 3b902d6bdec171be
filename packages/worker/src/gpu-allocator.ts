/**
 * Hands out a worker's GPUs exclusively: an attempt gets whole GPUs that no other running attempt
 * has, of the model it asked for (case-insensitive substring), and gives them back when it ends.
 */
export class GpuAllocator {
  private readonly models: ReadonlyMap<number, string>;
  private readonly free: Set<number>;

  constructor(gpus: readonly { index: number; model: string }[]) {
    this.models = new Map(gpus.map((g) => [g.index, g.model]));
    this.free = new Set(this.models.keys());
  }

  /** Lowest free indices that fit, or undefined when too few are free. */
  take(count: number, model?: string): number[] | undefined {
    if (count === 0) return [];
    const wanted = (model ?? "").toLowerCase();
    const fit = [...this.free].filter((i) => wanted === "" || this.models.get(i)!.toLowerCase().includes(wanted)).sort((a, b) => a - b);
    if (fit.length < count) return undefined;
    const chosen = fit.slice(0, count);
    for (const i of chosen) this.free.delete(i);
    return chosen;
  }

  give(indices: readonly number[]): void {
    for (const i of indices) this.free.add(i);
  }
}
