import { AshaRungs, type HyperbandOptions } from "./asha.js";
import { createOptimizer, type Optimizer } from "../optimizer/optimizer.js";
import type { Objective } from "../optimizer/optimizer-options.js";
import type { Params, SpaceSpec } from "../space/parameter-spec.js";

/** Where a trial sits in Hyperband: its configuration (the id of its rung-0 trial), rung and budget. */
export interface RungPlacement {
  configId: number;
  rung: number;
  resource: number;
}

export interface PlannedTrial extends RungPlacement {
  id: number;
  params: Params;
}

/** Every RANDOM_EVERY-th new configuration is random (BOHB's random fraction, 1/3). */
export const RANDOM_EVERY = 3;

export interface HyperbandScheduleOptions {
  hyperband: HyperbandOptions;
  objective: Objective;
  space: SpaceSpec;
  seed: number;
  /**
   * BOHB-style sampling: new configurations come from a GP fitted on the largest rung with at least
   * as many results as the space has dimensions plus two (BOHB's rule); random sampling before that.
   */
  modelBased: boolean;
}

/**
 * strategy: hyperband, run as ASHA. New configurations come from the job's optimizer (random
 * sampling) or, model-based, from a GP on the largest well-filled rung; promotions reuse a
 * configuration's parameters with the next rung's budget under a new trial id, which the job's
 * optimizer hands out too (so ids stay unique across restarts). Every finished rung is recorded; a
 * failed promotion frees its configuration to be promoted again.
 */
export class HyperbandSchedule {
  readonly rungs: AshaRungs;
  private readonly configParams = new Map<number, Params>();
  private readonly minModelPoints: number;

  constructor(
    private readonly options: HyperbandScheduleOptions,
    private readonly optimizer: Optimizer,
  ) {
    this.rungs = new AshaRungs(options.hyperband, options.objective);
    this.minModelPoints = 2 * (optimizer.space.parameters.length + 2);
  }

  next(): PlannedTrial | undefined {
    const d = this.rungs.next();
    if (d.kind === "promote") {
      const params = this.configParams.get(d.configId)!;
      const [id] = this.optimizer.importObservations([{ params, state: "pending" }]);
      return { id: id!, params, configId: d.configId, rung: d.rung, resource: d.resource };
    }
    // As BOHB, a third of new configurations are sampled at random whatever the model says, so a
    // model misled by cheap rungs cannot stop the search from finding what it has not seen.
    const explore = this.configParams.size % RANDOM_EVERY === RANDOM_EVERY - 1;
    const modelled = this.options.modelBased && !explore ? this.modelProposal() : undefined;
    // The model sees only this schedule's configurations; the job's optimizer knows every trial, so a
    // proposal it calls a repeat gives way to its own ask, which never repeats.
    const proposed = modelled && !this.optimizer.isRepeat(modelled) ? modelled : undefined;
    const s = proposed ? { id: this.optimizer.importObservations([{ params: proposed, state: "pending" }])[0]!, params: proposed } : this.optimizer.ask(1)[0];
    if (!s) return undefined;
    this.configParams.set(s.id, s.params);
    return { id: s.id, params: s.params, configId: s.id, rung: 0, resource: d.resource };
  }

  /** Replays a trial from the journal (a restart): its configuration, and its promotion if any. */
  restoreTrial(t: RungPlacement & { params: Params }): void {
    if (t.rung === 0) this.configParams.set(t.configId, t.params);
    else this.rungs.reserve(t.configId, t.rung - 1);
  }

  finished(t: RungPlacement, objective: number | undefined): void {
    if (objective !== undefined) this.rungs.record(t.configId, t.rung, objective);
    else if (t.rung > 0) this.rungs.release(t.configId, t.rung - 1);
  }

  /** A GP suggestion fitted on the largest rung with enough results, or undefined (sample at random). */
  private modelProposal(): Params | undefined {
    let rung = -1;
    for (let k = this.rungs.topRung; k >= 0 && rung < 0; k--) if (this.rungs.rungResults(k).length >= this.minModelPoints) rung = k;
    if (rung < 0) return undefined;
    const model = createOptimizer({ space: this.options.space, objective: this.options.objective, strategy: "bayesian", seed: this.options.seed + this.configParams.size, initialTrials: 1 });
    // Configurations that have not reached the rung are pending for the model (believed at its mean),
    // so it never proposes one of them again.
    const results = this.rungs.rungResults(rung);
    const atRung = new Set(results.map(([id]) => id));
    model.importObservations([
      ...results.map(([id, value]) => ({ params: this.configParams.get(id)!, state: "completed" as const, value })),
      ...[...this.configParams.keys()].filter((id) => !atRung.has(id)).map((id) => ({ params: this.configParams.get(id)!, state: "pending" as const })),
    ]);
    return model.ask(1)[0]?.params;
  }
}
