import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { dominates, nonDominated } from "./non-dominated.js";

function bruteForce(points: number[][]): number[] {
  return points.map((_, i) => i).filter((i) => !points.some((q, k) => k !== i && dominates(q, points[i]!)));
}

describe("nonDominated", () => {
  it("dominance: no worse anywhere and better somewhere", () => {
    expect(dominates([1, 1], [2, 2])).toBe(true);
    expect(dominates([1, 2], [1, 3])).toBe(true);
    expect(dominates([1, 2], [1, 2])).toBe(false);
    expect(dominates([1, 3], [2, 2])).toBe(false);
  });

  it("matches brute force on 300 random sets of 2 to 4 objectives, ties and duplicates common (the 2-D sweep and the front scan)", () => {
    const rng = createRng(7);
    for (let round = 0; round < 300; round++) {
      const k = 2 + (round % 3);
      const n = 1 + rng.int(60);
      const grid = round % 2 === 0 ? 5 : 1000;
      const points = Array.from({ length: n }, () => Array.from({ length: k }, () => Math.floor(rng.next() * grid)));
      expect(nonDominated(points)).toEqual(bruteForce(points));
    }
  });

  it("keeps duplicates and drops dominated points", () => {
    expect(nonDominated([[1, 2], [2, 1], [1, 2], [2, 2], [3, 0.5], [3, 3]])).toEqual([0, 1, 2, 4]);
    expect(nonDominated([])).toEqual([]);
  });

  it.each([1, 2, 3, 4])("matches brute force on random sets in %d-D, with ties on a coarse grid (seeded)", (d) => {
    const rng = createRng(d);
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + rng.int(40);
      const points = Array.from({ length: n }, () => Array.from({ length: d }, () => (trial % 2 ? Math.round(rng.next() * 5) : rng.next())));
      expect(nonDominated(points)).toEqual(bruteForce(points));
    }
  });
});
