import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { parameterImportance } from "./parameter-importance.js";

describe("parameterImportance (ARD relevance of a fitted GP)", () => {
  it("gives the parameter the objective depends on most of the share, and an unused one next to none", () => {
    const rng = createRng(1);
    const space = { lr: { type: "continuous", min: 0, max: 1 }, noise: { type: "continuous", min: 0, max: 1 }, act: { type: "categorical", values: ["a", "b"] } } as const;
    const obs = Array.from({ length: 40 }, () => {
      const params = { lr: rng.next(), noise: rng.next(), act: rng.next() < 0.5 ? "a" : "b" };
      return { params, value: Math.sin(6 * params.lr) + (params.act === "b" ? 0.3 : 0) };
    });
    const imp = parameterImportance(space, obs);
    const by = Object.fromEntries(imp.map((p) => [p.name, p.importance]));
    expect(imp.reduce((a, p) => a + p.importance, 0)).toBeCloseTo(1, 9);
    expect(by.lr).toBeGreaterThan(0.5);
    expect(by.noise).toBeLessThan(0.1);
    expect(by.lr).toBeGreaterThan(by.act!);
    expect(parameterImportance(space, obs)).toEqual(imp); // seeded
    expect(parameterImportance(space, obs.slice(0, 3))).toEqual([]);
  });
});
