import { describe, expect, it } from "vitest";
import { createOptimizer } from "./optimizer.js";
import { answerAsk } from "./remote-ask.js";

const SPACE = {
  lr: { type: "continuous", min: 1e-5, max: 1, scaling: "log" },
  layers: { type: "integer", min: 1, max: 8 },
  act: { type: "categorical", values: ["relu", "tanh"] },
} as const;
const f = (p: Record<string, unknown>): number => (Math.log10(p.lr as number) + 2.5) ** 2 + 0.1 * ((p.layers as number) - 5) ** 2 + (p.act === "tanh" ? 0 : 0.3);

describe("an ask answered elsewhere", () => {
  it.each(["bayesian", "random"] as const)("%s: request, answer (through structured clone) and adopt suggest bit for bit what the optimizer's own asks do", (strategy) => {
    const options = { space: SPACE, objective: "minimize", strategy, seed: 5 } as const;
    const local = createOptimizer(options);
    const remote = createOptimizer(options);
    for (let round = 0; round < 6; round++) {
      const own = local.ask(2);
      const answer = structuredClone(answerAsk(structuredClone(remote.askRequest(2))));
      const adopted = remote.adoptAnswer(answer);
      expect(JSON.stringify(adopted)).toBe(JSON.stringify(own));
      expect(JSON.stringify(remote.exportState())).toBe(JSON.stringify(local.exportState()));
      // One of the two finishes before the next ask; the other stays pending, as in a fleet.
      local.tell(own[0]!.id, f(own[0]!.params));
      remote.tell(adopted[0]!.id, f(adopted[0]!.params));
    }
    expect(remote.pendingCount).toBe(local.pendingCount);
  });

  it("adopting part of an answer takes those suggestions only; what was told meanwhile stays told", () => {
    const o = createOptimizer({ space: SPACE, objective: "minimize", strategy: "random", seed: 1 });
    const [first] = o.ask(1);
    const request = o.askRequest(3);
    o.tell(first!.id, 1.5); // a result arrives while the answer is computed
    const taken = o.adoptAnswer(answerAsk(request), 1);
    expect(taken.map((s) => s.id)).toEqual([1]);
    expect(o.pendingCount).toBe(1);
    expect(o.best()?.value).toBe(1.5);
    expect(o.ask(1)[0]!.id).toBe(2);
  });
});
