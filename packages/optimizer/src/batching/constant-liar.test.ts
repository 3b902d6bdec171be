import { describe, expect, it } from "vitest";
import { createOptimizer } from "../optimizer/optimizer.js";
import { lieValue, toInternalLiar } from "./constant-liar.js";

const branin = (p: Record<string, unknown>): number => {
  const [a, b] = [p.x as number, p.y as number];
  return (b - (5.1 / (4 * Math.PI ** 2)) * a * a + (5 / Math.PI) * a - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(a) + 10;
};
const SPACE = { x: { type: "continuous", min: -5, max: 10 }, y: { type: "continuous", min: 0, max: 15 } } as const;

function minDistance(points: { params: Record<string, unknown> }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = 0; j < i; j++) {
      const dx = ((points[i]!.params.x as number) - (points[j]!.params.x as number)) / 15;
      const dy = ((points[i]!.params.y as number) - (points[j]!.params.y as number)) / 15;
      min = Math.min(min, Math.hypot(dx, dy));
    }
  }
  return min;
}

describe("constant liar", () => {
  it("maps min | mean | max | believer to internal lies for either direction", () => {
    expect(toInternalLiar("believer", "maximize")).toBe("believer");
    expect(toInternalLiar("min", "minimize")).toBe("best");
    expect(toInternalLiar("max", "maximize")).toBe("best");
    expect(toInternalLiar("max", "minimize")).toBe("worst");
    expect(lieValue("best", [3, 1, 2])).toBe(1);
    expect(lieValue("worst", [3, 1, 2])).toBe(3);
    expect(lieValue("mean", [3, 1, 2])).toBe(2);
  });

  it.each(["believer", "min", "mean", "max"] as const)("ask(4) with liar %s returns four distinct, spread-out points", (liar) => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", seed: 3, batch: { liar } });
    for (const s of opt.ask(8)) opt.tell(s.id, branin(s.params));
    const batch = opt.ask(4);
    expect(batch).toHaveLength(4);
    expect(new Set(batch.map((b) => `${b.params.x},${b.params.y}`)).size).toBe(4);
    expect(minDistance(batch)).toBeGreaterThan(0.01);
  });

  it("accounts for trials still running when asked again", () => {
    const opt = createOptimizer({ space: SPACE, objective: "minimize", seed: 5 });
    for (const s of opt.ask(8)) opt.tell(s.id, branin(s.params));
    const running = opt.ask(1);
    const next = opt.ask(1);
    expect(minDistance([...running, ...next])).toBeGreaterThan(0.01);
    expect(opt.pendingCount).toBe(2);
  });
});
