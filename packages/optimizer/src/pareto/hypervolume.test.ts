import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../errors.js";
import { createRng } from "../random/rng.js";
import { hypervolume } from "./hypervolume.js";

describe("hypervolume", () => {
  it("2-D: a staircase computed by hand", () => {
    // Reference (4, 4): (1,3) adds 3x1, (2,2) adds 2x1 more, (3,1) adds 1x1 more: 3 + 2 + 1 = 6.
    expect(hypervolume([[1, 3], [2, 2], [3, 1]], [4, 4])).toBe(6);
  });

  it("2-D: dominated and duplicate points add nothing; points outside the reference are dropped", () => {
    const base = hypervolume([[1, 3], [2, 2], [3, 1]], [4, 4]);
    expect(hypervolume([[1, 3], [2, 2], [3, 1], [2, 2], [3, 3], [2.5, 2.5]], [4, 4])).toBe(base);
    expect(hypervolume([[1, 3], [2, 2], [3, 1], [5, 0], [0, 4], [-1, 9]], [4, 4])).toBe(base);
    expect(hypervolume([[5, 5]], [4, 4])).toBe(0);
    expect(hypervolume([], [4, 4])).toBe(0);
  });

  it("3-D: one box, two overlapping boxes, and a dominated duplicate set, by hand", () => {
    expect(hypervolume([[0, 0, 0]], [1, 2, 3])).toBe(6);
    // [0,2]x[1,2]x[0,2] (volume 4) and [1,2]x[0,2]x[1,2] (volume 2) overlap on [1,2]x[1,2]x[1,2] (volume 1).
    expect(hypervolume([[0, 1, 0], [1, 0, 1]], [2, 2, 2])).toBe(5);
    expect(hypervolume([[0, 1, 0], [1, 0, 1], [0, 1, 0], [1, 1, 1], [1.5, 1.5, 0.5], [3, 0, 0]], [2, 2, 2])).toBe(5);
    // (1,0,0), (0,1,0), (0,0,1): boxes of volume 4 each, pairwise overlaps 2, the triple overlap 1: 12 - 6 + 1 = 7.
    expect(hypervolume([[1, 0, 0], [0, 1, 0], [0, 0, 1]], [2, 2, 2])).toBe(7);
  });

  it("3-D and 4-D agree with Monte Carlo on random fronts (seeded)", () => {
    const rng = createRng(3);
    for (const d of [3, 4]) {
      const points = Array.from({ length: 12 }, () => Array.from({ length: d }, () => rng.next()));
      const reference = new Array(d).fill(1);
      const exact = hypervolume(points, reference);
      let hits = 0;
      const samples = 100_000;
      for (let s = 0; s < samples; s++) {
        const z = reference.map(() => rng.next());
        if (points.some((p) => p.every((v, j) => v <= z[j]!))) hits++;
      }
      expect(Math.abs(exact - hits / samples)).toBeLessThan(0.01);
    }
  });

  it("in 2-D the slicing recursion and the sweep agree", () => {
    const rng = createRng(9);
    const points = Array.from({ length: 30 }, () => [rng.next(), rng.next()]);
    // A third coordinate constant at 0 against a reference 1 there: the same area.
    expect(hypervolume(points.map((p) => [...p, 0]), [1, 1, 1])).toBeCloseTo(hypervolume(points, [1, 1]), 12);
  });

  it("rejects a reference or point of the wrong shape", () => {
    expect(() => hypervolume([[1, 2]], [])).toThrow(InvalidArgumentError);
    expect(() => hypervolume([[1, 2, 3]], [4, 4])).toThrow(/points\[0\]/);
  });
});
