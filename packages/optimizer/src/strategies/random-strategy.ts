import type { ProposalContext, Strategy } from "./strategy.js";

/** Independent uniform sampling in the (scaled) unit cube. */
export class RandomStrategy implements Strategy {
  propose(n: number, context: ProposalContext): Float64Array[] {
    const dims = context.space.parameters.length;
    return Array.from({ length: n }, () => context.space.fromParameterUnits(Array.from({ length: dims }, () => context.rng.next())));
  }
}
