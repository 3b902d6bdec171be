import { describe, expect, it } from "vitest";
import { ArtifactRetention } from "./artifact-retention.js";
import type { JobSpec } from "./job-spec.js";
import type { JobTrial } from "./job-state.js";

const spec = { objective: { metric: "loss", type: "minimize" } } as JobSpec;
const ended = (trialId: number, objective?: number, status: JobTrial["status"] = "Completed"): JobTrial => ({ trialId, params: {}, status, attempt: 1, metrics: {}, createdUnixMs: 0, endedUnixMs: 1, ...(objective === undefined ? {} : { objective }) });

describe("ArtifactRetention (training.keepBestArtifacts)", () => {
  it("keeps the N best completed trials' artifacts: the rest go when they end or when pushed out", () => {
    const r = new ArtifactRetention(spec, 2);
    const ids = (ts: JobTrial[]) => ts.map((t) => t.trialId);
    expect(ids(r.ended(ended(0, 0.5)))).toEqual([]);
    expect(ids(r.ended(ended(1, 0.9)))).toEqual([]);
    expect(ids(r.ended(ended(2, undefined, "Failed")))).toEqual([2]);
    expect(ids(r.ended(ended(3, 0.95)))).toEqual([3]); // worse than both kept
    expect(ids(r.ended(ended(4, 0.1)))).toEqual([1]); // pushes the worst kept out
    expect(ids(r.ended(ended(5, 0.5)))).toEqual([5]); // a tie does not displace
    const again = new ArtifactRetention(spec, 2);
    again.restore([0, 1, 3, 4].map((id) => ended(id, [0.5, 0.9, 0, 0.95, 0.1][id])));
    expect(ids(again.ended(ended(6, 0.05)))).toEqual([0]);
  });
});
