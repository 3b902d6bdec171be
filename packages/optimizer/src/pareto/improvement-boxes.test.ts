import { describe, expect, it } from "vitest";
import { createRng } from "../random/rng.js";
import { hypervolume } from "./hypervolume.js";
import { improvementBoxes, type Box } from "./improvement-boxes.js";

// The boxes' volume above a finite floor, against the reference box minus the front's hypervolume.
function volumeAbove(boxes: Box[], floor: number): number {
  return boxes.reduce((s, b) => s + b.upper.reduce((v, u, j) => v * Math.max(0, u - Math.max(b.lower[j]!, floor)), 1), 0);
}

describe("improvementBoxes", () => {
  it("2-D: the staircase's m + 1 columns", () => {
    const boxes = improvementBoxes([[1, 3], [3, 1], [2, 2]], [4, 4]);
    expect(boxes.map((b) => [b.lower, b.upper])).toEqual([
      [[-Infinity, -Infinity], [4, 1]],
      [[-Infinity, 1], [3, 2]],
      [[-Infinity, 2], [2, 3]],
      [[-Infinity, 3], [1, 4]],
    ]);
  });

  it.each([2, 3, 4])("%d-D: disjoint boxes covering exactly the non-dominated region (seeded)", (d) => {
    const rng = createRng(d);
    const front = Array.from({ length: 10 }, () => Array.from({ length: d }, () => rng.next()));
    const reference = new Array(d).fill(1.2);
    const boxes = improvementBoxes(front, reference);
    const floor = -0.5;
    const expected = 1.7 ** d - hypervolume(front, reference);
    expect(volumeAbove(boxes, floor)).toBeCloseTo(expected, 10);
    // Point checks: inside a box exactly when no front point weakly dominates it.
    for (let s = 0; s < 2000; s++) {
      const z = reference.map(() => floor + 1.7 * rng.next());
      const inBoxes = boxes.filter((b) => z.every((v, j) => v > b.lower[j]! && v < b.upper[j]!)).length;
      const free = !front.some((p) => p.every((v, j) => v <= z[j]!));
      expect(inBoxes).toBe(free ? 1 : 0);
    }
  });

  it("an empty front leaves the whole reference orthant", () => {
    expect(improvementBoxes([], [1, 2])).toEqual([{ lower: [-Infinity, -Infinity], upper: [1, 2] }]);
  });
});
