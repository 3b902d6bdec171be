import { describe, expect, it } from "vitest";
import { discreteConfiguration, discreteSize } from "./discrete-configurations.js";
import { SearchSpace } from "./search-space.js";
import { REPEAT_TOLERANCE, TriedPoints } from "./tried-points.js";

const SPACE = new SearchSpace({
  lr: { type: "continuous", min: 1e-5, max: 1, scaling: "log" },
  dropout: { type: "continuous", min: 0, max: 0.5 },
  layers: { type: "integer", min: 1, max: 8 },
  act: { type: "categorical", values: ["relu", "tanh", "gelu"] },
});
const at = (over: Record<string, number | string>) => SPACE.encode({ lr: 1e-3, dropout: 0.25, layers: 3, act: "tanh", ...over });

describe("TriedPoints: what counts as a repeat", () => {
  const tried = new TriedPoints(SPACE, REPEAT_TOLERANCE, [at({})]);

  // dropout's range is 0.5; lr is log-scaled over 5 decades, so its tolerance is a factor exp(tol ln 1e5).
  const tol = REPEAT_TOLERANCE;
  it("the same configuration, and one within the tolerance of each continuous range, is a repeat", () => {
    expect(tried.has(at({}))).toBe(true);
    expect(tried.has(at({ dropout: 0.25 + 0.9 * tol * 0.5 }))).toBe(true);
    expect(tried.has(at({ lr: 1e-3 * Math.exp(0.9 * tol * Math.log(1e5)) }))).toBe(true);
    expect(tried.has(at({ dropout: 0.25 - 0.9 * tol * 0.5, lr: 1e-3 / Math.exp(0.9 * tol * Math.log(1e5)) }))).toBe(true);
  });

  it("just beyond the tolerance in one continuous parameter, it is new", () => {
    expect(tried.has(at({ dropout: 0.25 + 1.1 * tol * 0.5 }))).toBe(false);
    expect(tried.has(at({ lr: 1e-3 * Math.exp(1.1 * tol * Math.log(1e5)) }))).toBe(false);
  });


  it("integers and categoricals compare by value: a neighbouring value is new however close the rest", () => {
    expect(tried.has(at({ layers: 4 }))).toBe(false);
    expect(tried.has(at({ act: "gelu" }))).toBe(false);
  });

  it("snaps what it is asked about: an off-centre integer coordinate is the integer it decodes to", () => {
    const x = at({});
    x[SPACE.parameters[2]!.offset] = x[SPACE.parameters[2]!.offset]! + 0.01;
    expect(SPACE.decode(x).layers).toBe(3);
    expect(tried.has(x)).toBe(true);
  });

  it("a clone grows without changing the original", () => {
    const copy = tried.clone();
    copy.add(at({ layers: 7 }));
    expect(copy.has(at({ layers: 7 }))).toBe(true);
    expect(tried.has(at({ layers: 7 }))).toBe(false);
    expect(copy.size).toBe(2);
    expect(tried.size).toBe(1);
  });
});

describe("discrete spaces", () => {
  const space = new SearchSpace({ a: { type: "categorical", values: ["x", "y", "z"] }, k: { type: "integer", min: 2, max: 5 } });

  it("counts and enumerates every configuration once", () => {
    expect(discreteSize(space)).toBe(12);
    const all = Array.from({ length: 12 }, (_, i) => JSON.stringify(space.decode(discreteConfiguration(space, i))));
    expect(new Set(all).size).toBe(12);
    const tried = new TriedPoints(space);
    for (let i = 0; i < 12; i++) tried.add(discreteConfiguration(space, i));
    expect(tried.discreteCombinations).toBe(12);
  });

  it("a space with a continuous parameter is never used up", () => {
    expect(discreteSize(SPACE)).toBe(Infinity);
  });
});
