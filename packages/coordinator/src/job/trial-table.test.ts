import { describe, expect, it } from "vitest";
import type { JobTrial } from "./job-state-types.js";
import { TrialTable } from "./trial-table.js";

const trial = (trialId: number, status: JobTrial["status"] = "Pending"): JobTrial => ({ trialId, params: { x: trialId }, status, attempt: 1, metrics: {}, createdUnixMs: trialId });

describe("TrialTable", () => {
  it("reads like a Map by id, in id order, and with() leaves the table it came from as it was", () => {
    const a = TrialTable.of([0, 1, 2, 700].map((id) => trial(id)));
    const b = a.with(trial(1, "Running")).with(trial(3));
    expect(a.size).toBe(4);
    expect(b.size).toBe(5);
    expect(a.get(1)!.status).toBe("Pending");
    expect(b.get(1)!.status).toBe("Running");
    expect(a.has(3)).toBe(false);
    expect(b.get(-1)).toBeUndefined();
    expect(b.get(1.5)).toBeUndefined();
    expect(b.get(5000)).toBeUndefined();
    expect([...b.keys()]).toEqual([0, 1, 2, 3, 700]);
    expect([...b].map(([id, t]) => [id, t.trialId])).toEqual([...b.keys()].map((id) => [id, id]));
    const seen: number[] = [];
    b.forEach((t, id) => seen.push(id + t.trialId));
    expect(seen).toEqual([0, 2, 4, 6, 1400]);
    expect(() => a.with(trial(-1))).toThrow(RangeError);
  });

  it("a table built trial by trial equals one built at once (replays compare states)", () => {
    const trials = Array.from({ length: 600 }, (_, i) => trial(i, i % 2 ? "Completed" : "Failed"));
    let step = TrialTable.empty<JobTrial>();
    for (const t of trials) step = step.with(trial(t.trialId)).with(t);
    expect(step).toEqual(TrialTable.of(trials));
    expect(step).not.toEqual(TrialTable.of(trials.slice(1)));
  });
});
