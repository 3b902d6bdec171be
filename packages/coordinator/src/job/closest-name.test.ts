import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "./closest-name.js";

describe("closestName", () => {
  it("counts an adjacent swap as one edit (optimal string alignment)", () => {
    // Worked by hand: one deletion; one transposition; one substitution plus one insertion.
    expect(editDistance("maxParalelTrials", "maxParallelTrials")).toBe(1);
    expect(editDistance("maxTrails", "maxTrials")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests a typo's field, case-insensitively, and nothing for a different word", () => {
    const limits = ["maxTrials", "maxParallelTrials", "maxRuntimeSeconds", "maxFailedTrials"];
    expect(closestName("maxTrails", limits)).toBe("maxTrials");
    expect(closestName("maxparalleltrials", limits)).toBe("maxParallelTrials");
    expect(closestName("budget", limits)).toBeUndefined();
    // Short names allow one edit only: "tpe" is not a misspelt "grid".
    expect(closestName("tpe", ["bayesian", "random", "grid", "hyperband"])).toBeUndefined();
    expect(closestName("grd", ["bayesian", "random", "grid", "hyperband"])).toBe("grid");
  });
});
