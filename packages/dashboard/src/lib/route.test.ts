import { describe, expect, it } from "vitest";
import { jobHref, parseRoute, trialHref } from "./route.js";

describe("routes", () => {
  it("parses the three pages and round-trips odd job ids", () => {
    expect(parseRoute("")).toEqual({ page: "jobs" });
    expect(parseRoute("#/")).toEqual({ page: "jobs" });
    expect(parseRoute(jobHref("a b/c"))).toEqual({ page: "job", jobId: "a b/c" });
    expect(parseRoute(trialHref("j1", 42))).toEqual({ page: "trial", jobId: "j1", trialId: 42 });
  });
});
