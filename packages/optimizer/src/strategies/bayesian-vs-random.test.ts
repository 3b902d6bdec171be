import { describe, expect, it } from "vitest";
import { createOptimizer } from "../optimizer/optimizer.js";
import type { StrategyName } from "../optimizer/optimizer-options.js";

// Branin on [-5, 10] x [0, 15]; global minimum 0.397887 (three minimizers).
const branin = (x: number, y: number): number =>
  (y - (5.1 / (4 * Math.PI ** 2)) * x * x + (5 / Math.PI) * x - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x) + 10;

function bestAfter(strategy: StrategyName, seed: number, budget: number): number {
  const opt = createOptimizer({
    space: { x: { type: "continuous", min: -5, max: 10 }, y: { type: "continuous", min: 0, max: 15 } },
    objective: "minimize",
    strategy,
    seed,
  });
  let best = Infinity;
  for (let i = 0; i < budget; i++) {
    const [s] = opt.ask(1);
    const v = branin(s!.params.x as number, s!.params.y as number);
    best = Math.min(best, v);
    opt.tell(s!.id, v);
  }
  return best;
}

describe("bayesian against random on Branin, 30 evaluations", () => {
  it("is better on every one of three seeds and close to the optimum", () => {
    for (const seed of [1, 2, 3]) {
      const bo = bestAfter("bayesian", seed, 30);
      const rnd = bestAfter("random", seed, 30);
      expect(bo).toBeLessThan(rnd);
      expect(bo).toBeLessThan(0.45);
    }
  });
});
