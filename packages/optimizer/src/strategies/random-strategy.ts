import { freshRandomPoint } from "./fresh-point.js";
import type { ProposalContext, Strategy } from "./strategy.js";

/**
 * Independent uniform sampling in the (scaled) unit cube, never a repeat of a tried configuration;
 * fewer than asked only when a discrete space has nothing new left.
 */
export class RandomStrategy implements Strategy {
  propose(n: number, context: ProposalContext): Float64Array[] {
    const tried = context.tried.clone();
    const out: Float64Array[] = [];
    while (out.length < n) {
      const x = freshRandomPoint(context.space, context.rng, tried);
      if (x === undefined) break;
      tried.add(x);
      out.push(x);
    }
    return out;
  }
}
