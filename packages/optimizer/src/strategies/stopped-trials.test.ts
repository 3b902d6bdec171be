import { describe, expect, it } from "vitest";
import { imputeStopped } from "./stopped-trials.js";

// Internal values (lower is better). Completed: 1, 2, 3, 10 (median 2.5, worst 10).
const completed = [1, 2, 3, 10];
const x = Float64Array.of(0.5);
const stopped = [{ x, y: 1.5 }, { x, y: 4 }, { x }];

describe("what a stopped trial tells the objective's GP", () => {
  it("median: the completed median (the censoring bound), whatever its last value", () => {
    expect(imputeStopped("median", completed, stopped).map((o) => o.y)).toEqual([2.5, 2.5, 2.5]);
  });
  it("pessimistic: the worse of its last value and the completed median; the median when it reported nothing", () => {
    expect(imputeStopped("pessimistic", completed, stopped).map((o) => o.y)).toEqual([2.5, 4, 2.5]);
  });
  it("worst: the worst completed value, or its own when worse", () => {
    expect(imputeStopped("worst", [1, 2, 3], [{ x, y: 1.5 }, { x, y: 4 }, { x }]).map((o) => o.y)).toEqual([3, 4, 3]);
  });
  it("last-value: its last value; nothing when it reported none", () => {
    expect(imputeStopped("last-value", completed, stopped).map((o) => o.y)).toEqual([1.5, 4]);
  });
  it("ignore and as-failure: nothing to the objective's GP", () => {
    expect(imputeStopped("ignore", completed, stopped)).toEqual([]);
    expect(imputeStopped("as-failure", completed, stopped)).toEqual([]);
  });
  it("before any trial completed, only a reported value can be used", () => {
    expect(imputeStopped("pessimistic", [], stopped).map((o) => o.y)).toEqual([1.5, 4]);
    expect(imputeStopped("median", [], stopped).map((o) => o.y)).toEqual([1.5, 4]);
  });
});
