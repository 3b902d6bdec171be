import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ScriptedTransport } from "../test-support/scripted-transport.js";
import { Coordinator } from "./coordinator.js";
import { FileJournal, type JobEvent } from "./journal.js";

// An ended job is journaled as a snapshot; a restarted coordinator keeps only each job's events from
// its last snapshot on, in the journal file itself, and carries on with the same state.

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-compaction-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = (name: string, maxTrials: number) => ({
  name,
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials, maxParallelTrials: Math.min(2, maxTrials) },
  training: { runtime: "process", command: ["train"] },
});
const lines = (path: string): JobEvent[] => readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as JobEvent);

describe("journal compaction", () => {
  it("a finished job shrinks to its snapshot, a deleted one to its snapshot and its deletion; a running job keeps its events; all restore as they were", async () => {
    const path = join(dir, "journal.jsonl");
    const transport = new ScriptedTransport();
    const coordinator = new Coordinator(transport, new FileJournal(path));
    await coordinator.start();
    const done = await coordinator.submit(spec("done", 4));
    const deleted = await coordinator.submit(spec("deleted", 1));
    const running = await coordinator.submit(spec("running", 3));
    const finish = async (jobId: string, trialId: number) => {
      const key = { jobId, trialId, attempt: 1 };
      await transport.deliver({ type: "claim", ...key, workerId: "w", claimedUnixMs: 0, delivery: 1 });
      await transport.deliver({ type: "result", ...key, workerId: "w", delivery: 1, outcome: { status: "completed", finalMetrics: [{ name: "loss", value: trialId / 10, step: 0, timestampUnixMs: 0 }] }, finishedUnixMs: 0 });
    };
    for (const t of [0, 1, 2, 3]) await finish(done, t);
    await coordinator.jobs.get(deleted)!.stop();
    await coordinator.deleteJob(deleted);
    await finish(running, 0);
    const before = new Map([done, running].map((id) => [id, coordinator.jobs.get(id)!.state]));
    await coordinator.stop();
    const written = lines(path);

    const again = new Coordinator(new ScriptedTransport(), new FileJournal(path));
    await again.start();
    const kept = lines(path);
    const of = (events: JobEvent[], jobId: string) => events.filter((e) => e.jobId === jobId).map((e) => e.type);
    expect(of(kept, done)).toEqual(["job-snapshot"]);
    expect(of(kept, deleted)).toEqual(["job-snapshot", "job-deleted"]);
    expect(of(kept, running)).toEqual(of(written, running));
    expect(kept.length).toBeLessThan(written.length);
    for (const [id, state] of before) expect(again.jobs.get(id)!.state, id).toEqual(state);
    expect(again.jobs.has(deleted)).toBe(false);
    expect(await again.submit(spec("next", 1))).toBe("next-4"); // ids go on after the deleted job's
    await again.stop();
  });
});
