import { describe, expect, it } from "vitest";
import { compacted, initialJobState, replayJob, snapshotOf, snapshotRecords, applyJobEvent, type JobState } from "./job-state.js";
import type { JobEvent } from "./journal.js";
import { parseJobSpec } from "./job-spec.js";

// A large job's snapshot is split into records that each stay under the broker's message limit; a
// replay reassembles it, and a snapshot torn by a crash (parts missing) never replaces the events.

const jobId = "big-1";
const spec = parseJobSpec({
  name: "big",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 40, maxParallelTrials: 2 },
  training: { runtime: "process", command: ["train"] },
});

function events(trials: number): JobEvent[] {
  const out: JobEvent[] = [{ type: "job-created", jobId, spec, at: 0 }];
  for (let trialId = 0; trialId < trials; trialId++) {
    const key = { jobId, trialId, attempt: 1 as const };
    out.push({ type: "trial-created", ...key, params: { x: trialId / trials }, at: 1 });
    out.push({ type: "attempt-claimed", ...key, workerId: "w", delivery: 1, at: 2 });
    out.push({ type: "metrics", ...key, delivery: 1, points: [{ name: "loss", value: trialId, step: 1, timestampUnixMs: 3 }] });
    out.push({ type: "attempt-finished", ...key, workerId: "w", outcome: { status: "completed", finalMetrics: [{ name: "loss", value: trialId, step: 1, timestampUnixMs: 4 }] }, at: 4 });
  }
  out.push({ type: "job-ended", jobId, status: "Completed", reason: "done", at: 5 });
  return out;
}

const stateOf = (es: JobEvent[]): JobState => es.slice(1).reduce(applyJobEvent, initialJobState(es[0] as Extract<JobEvent, { type: "job-created" }>));

describe("snapshot records", () => {
  it("split a large state into parts under the byte limit, and a replay from them gives the state back", () => {
    const history = events(40);
    const state = stateOf(history);
    const records = snapshotRecords(state, 6, 2_000);
    expect(records.length).toBeGreaterThan(3);
    expect(records[0]).toMatchObject({ type: "job-snapshot", parts: records.length - 1 });
    for (const r of records.slice(1)) expect(JSON.stringify(r.type === "job-snapshot-part" ? r.trials : []).length).toBeLessThanOrEqual(2_000 + 200);
    const kept = compacted([...history, ...records]);
    expect(kept).toEqual(records);
    expect(snapshotOf(replayJob(kept))).toEqual(snapshotOf(state));
    // One record when it fits, as before.
    expect(snapshotRecords(state, 6)).toHaveLength(1);
  });

  it("a torn snapshot (a part missing) keeps the job's events, and its records change nothing when replayed after them", () => {
    const history = events(40);
    const state = stateOf(history);
    const records = snapshotRecords(state, 6, 2_000);
    const torn = [...history, ...records.slice(0, -1)];
    const kept = compacted(torn);
    expect(kept).toEqual(torn);
    expect(snapshotOf(replayJob(kept))).toEqual(snapshotOf(state));
    // An earlier whole snapshot still counts when a later one is torn.
    const later = [...history, ...records, { type: "job-reopened", jobId, at: 7 } as JobEvent, ...records.slice(0, 2)];
    expect(compacted(later)[0]).toBe(records[0]);
  });
});
