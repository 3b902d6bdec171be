import type { Objective } from "../optimizer/optimizer-options.js";

export interface HyperbandOptions {
  minResource: number;
  maxResource: number;
  /** η: a rung promotes its best 1/η (default 3). */
  reductionFactor: number;
}

/** The next thing to run: a new configuration at the lowest rung, or a promotion of one. */
export type AshaDecision = { kind: "new"; rung: 0; resource: number } | { kind: "promote"; configId: number; rung: number; resource: number };

/**
 * Asynchronous successive halving (Li et al., "A System for Massively Parallel Hyperparameter
 * Tuning", 2020), the promotion variant: rung k trains for minResource * η^k (the last rung for
 * maxResource). Whenever a worker is free, the highest rung with a configuration in its top 1/η that
 * has not been promoted yet promotes it; otherwise a new configuration starts at rung 0. Nothing
 * waits for a rung to fill. Pure bookkeeping: the caller runs the trials and reports their results.
 */
export class AshaRungs {
  readonly resources: readonly number[];
  /** Per rung: configuration id -> objective (internal: lower is better). */
  private readonly results: Map<number, number>[];
  /** Per rung: configurations promoted out of it (or running at the next rung). */
  private readonly promoted: Set<number>[];
  private readonly sign: number;

  constructor(
    private readonly options: HyperbandOptions,
    objective: Objective,
  ) {
    const { minResource, maxResource, reductionFactor: eta } = options;
    const resources: number[] = [];
    for (let r = minResource; r < maxResource; r *= eta) resources.push(Math.round(r));
    resources.push(maxResource);
    this.resources = resources;
    this.results = resources.map(() => new Map<number, number>());
    this.promoted = resources.map(() => new Set());
    this.sign = objective === "minimize" ? 1 : -1;
  }

  get topRung(): number {
    return this.resources.length - 1;
  }

  /** Decides what a free worker runs next, and reserves a promotion so it is not handed out twice. */
  next(): AshaDecision {
    for (let k = this.topRung - 1; k >= 0; k--) {
      const candidate = this.promotable(k);
      if (candidate !== undefined) {
        this.promoted[k]!.add(candidate);
        return { kind: "promote", configId: candidate, rung: k + 1, resource: this.resources[k + 1]! };
      }
    }
    return { kind: "new", rung: 0, resource: this.resources[0]! };
  }

  /** A configuration finished rung k with this objective value. */
  record(configId: number, rung: number, value: number): void {
    this.results[rung]!.set(configId, this.sign * value);
  }

  /** Marks a configuration as promoted out of a rung (a restart replaying its promotion). */
  reserve(configId: number, fromRung: number): void {
    this.promoted[fromRung]!.add(configId);
  }

  /** A promotion that will not run (its trial failed): the configuration may be promoted again later. */
  release(configId: number, fromRung: number): void {
    this.promoted[fromRung]!.delete(configId);
  }

  /** The results of rung k as [configuration id, objective value], in the objective's own sign. */
  rungResults(k: number): [number, number][] {
    return [...this.results[k]!.entries()].map(([id, v]) => [id, this.sign * v]);
  }

  /** Configurations recorded at each rung. */
  get counts(): number[] {
    return this.results.map((r) => r.size);
  }

  private promotable(k: number): number | undefined {
    const rung = [...this.results[k]!.entries()].sort((a, b) => a[1] - b[1]);
    const top = Math.floor(rung.length / this.options.reductionFactor);
    for (let i = 0; i < top; i++) if (!this.promoted[k]!.has(rung[i]![0])) return rung[i]![0];
    return undefined;
  }
}
