import { describe, expect, it } from "vitest";
import { compareValues, filterJobs, filterTrials, mergeTrials, sortJobs, sortTrials } from "./table.js";
import type { JobSummary, Trial } from "./types.js";

const job = (jobId: string, status: JobSummary["status"], bestObjective: number | null, createdAt: string, tags: Record<string, string> = {}): JobSummary => ({
  jobId, name: jobId, status, strategy: "Bayesian", objective: { metric: "loss", type: "minimize" }, resourceClass: "cpu",
  counters: { Completed: 0, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 }, trials: 5, limits: { maxTrials: 10, maxParallelTrials: 2 },
  bestObjective, tags, createdAt,
});
const trial = (trialId: number, status: Trial["status"], objective: number | undefined, params: Trial["params"]): Trial => ({ trialId, status, objective, params, attempt: 1, createdUnixMs: trialId, earlyStopped: false });

describe("jobs table", () => {
  const jobs = [job("a", "Completed", 0.3, "2025-01-02T00:00:00Z", { team: "vision" }), job("b", "InProgress", null, "2025-01-03T00:00:00Z"), job("c", "Completed", 0.1, "2025-01-01T00:00:00Z")];
  it("filters by status and by text over id, name and tags", () => {
    expect(filterJobs(jobs, "Completed", "").map((j) => j.jobId)).toEqual(["a", "c"]);
    expect(filterJobs(jobs, "", "VISION").map((j) => j.jobId)).toEqual(["a"]);
  });
  it("sorts by best value with missing values last in both directions", () => {
    expect(sortJobs(jobs, { key: "best", dir: "asc" }).map((j) => j.jobId)).toEqual(["c", "a", "b"]);
    expect(sortJobs(jobs, { key: "best", dir: "desc" }).map((j) => j.jobId)).toEqual(["a", "c", "b"]);
    expect(sortJobs(jobs, { key: "created", dir: "desc" }).map((j) => j.jobId)).toEqual(["b", "a", "c"]);
  });
  it("compares numbers numerically and text naturally", () => {
    expect(compareValues(2, 10)).toBeLessThan(0);
    expect(compareValues("trial-2", "trial-10")).toBeLessThan(0);
  });
});

describe("trials grid", () => {
  const trials = [trial(1, "Completed", 0.5, { lr: 0.1, opt: "adam" }), trial(2, "Completed", 0.2, { lr: 0.01, opt: "sgd" }), trial(3, "Failed", undefined, { lr: 0.001, opt: "adam" }), trial(4, "Running", undefined, { lr: 0.05, opt: "sgd" })];
  it("filters by status, parameter ranges (inclusive) and objective range", () => {
    expect(filterTrials(trials, { status: "Completed", ranges: {} }).map((t) => t.trialId)).toEqual([1, 2]);
    expect(filterTrials(trials, { status: "", ranges: { lr: { min: 0.01, max: 0.05 } } }).map((t) => t.trialId)).toEqual([2, 4]);
    expect(filterTrials(trials, { status: "", ranges: { objective: { max: 0.3 } } }).map((t) => t.trialId)).toEqual([2]);
    expect(filterTrials(trials, { status: "", ranges: {}, categories: { opt: ["sgd"] } }).map((t) => t.trialId)).toEqual([2, 4]);
  });
  it("sorts by objective and by a parameter", () => {
    expect(sortTrials(trials, { key: "objective", dir: "asc" }).map((t) => t.trialId)).toEqual([2, 1, 3, 4]);
    expect(sortTrials(trials, { key: "param:lr", dir: "desc" }).map((t) => t.trialId)).toEqual([1, 4, 2, 3]);
  });
  it("filters and sorts by the objectives' values, constrained metrics, feasible and pareto", () => {
    const mo: Trial[] = [
      { ...trial(1, "Completed", 0.5, {}), values: [0.5, 20], constraintMetrics: { size: 12 }, feasible: false, pareto: false },
      { ...trial(2, "Completed", 0.2, {}), values: [0.2, 30], constraintMetrics: { size: 3 }, feasible: true, pareto: true },
      { ...trial(3, "Completed", 0.4, {}), values: [0.4, 10], constraintMetrics: { size: null }, feasible: false, pareto: false },
      trial(4, "Running", undefined, {}),
    ];
    expect(filterTrials(mo, { status: "", ranges: { "value:1": { max: 20 } } }).map((t) => t.trialId)).toEqual([1, 3]);
    expect(filterTrials(mo, { status: "", ranges: { "constraint:size": { min: 1 } } }).map((t) => t.trialId)).toEqual([1, 2]);
    expect(sortTrials(mo, { key: "value:1", dir: "desc" }).map((t) => t.trialId)).toEqual([2, 1, 3, 4]);
    expect(sortTrials(mo, { key: "constraint:size", dir: "asc" }).map((t) => t.trialId)).toEqual([2, 1, 3, 4]);
    expect(sortTrials(mo, { key: "pareto", dir: "desc" }).map((t) => t.trialId)[0]).toBe(2);
  });
  it("merges live updates by trial id and appends new trials in id order", () => {
    const merged = mergeTrials(trials, [trial(4, "Completed", 0.1, { lr: 0.05, opt: "sgd" }), trial(6, "Pending", undefined, { lr: 1, opt: "adam" }), trial(5, "Pending", undefined, { lr: 1, opt: "adam" })]);
    expect(merged.map((t) => `${t.trialId}:${t.status}`)).toEqual(["1:Completed", "2:Completed", "3:Failed", "4:Completed", "5:Pending", "6:Pending"]);
    expect(trials[3]!.status).toBe("Running");
  });
});
