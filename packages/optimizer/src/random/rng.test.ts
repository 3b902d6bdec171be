import { describe, expect, it } from "vitest";
import { scrambledHalton } from "./halton.js";
import { createRng } from "./rng.js";

describe("createRng", () => {
  it("repeats a stream for a seed and differs between seeds", () => {
    const first = createRng(42);
    const a = Array.from({ length: 5 }, () => first.next());
    const draw = createRng(42);
    expect(Array.from({ length: 5 }, () => draw.next())).toEqual(a);
    const other = createRng(43);
    expect(Array.from({ length: 5 }, () => other.next())).not.toEqual(a);
  });

  it("draws uniforms in [0, 1) with the right mean and normals with unit variance", () => {
    const rng = createRng(7);
    let sum = 0;
    let sq = 0;
    let outside = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      const z = rng.normal();
      sq += z * z;
    }
    expect(outside).toBe(0);
    expect(sum / 20000).toBeCloseTo(0.5, 1);
    expect(sq / 20000).toBeCloseTo(1, 1);
  });
});

describe("scrambledHalton", () => {
  it("covers the cube more evenly than chance: every cell of a 4x4 grid gets 1/16 of 256 points, +-3", () => {
    const pts = scrambledHalton(256, 2, createRng(1));
    const cells = new Array(16).fill(0);
    for (const p of pts) cells[Math.floor(p[0]! * 4) * 4 + Math.floor(p[1]! * 4)]++;
    for (const c of cells) expect(Math.abs(c - 16)).toBeLessThanOrEqual(3);
  });
});
