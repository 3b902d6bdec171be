import { describe, expect, it } from "vitest";
import { JobQueues } from "./job-queues.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("JobQueues", () => {
  it("runs one job's tasks in order, one at a time, while another job's run beside them", async () => {
    const q = new JobQueues();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await sleep(ms);
      log.push(`end ${name}`);
      return name;
    };
    const all = Promise.all([q.run("a", task("a1", 30)), q.run("a", task("a2", 1)), q.run("b", task("b1", 5))]);
    expect(q.size).toBe(3);
    expect(await all).toEqual(["a1", "a2", "b1"]);
    // b1 started before a1 ended (jobs interleave); a2 only after a1 (a job's order holds).
    expect(log.indexOf("start b1")).toBeLessThan(log.indexOf("end a1"));
    expect(log.indexOf("start a2")).toBeGreaterThan(log.indexOf("end a1"));
    expect(q.size).toBe(0);
  });

  it("idle() waits for tasks queued while it waits, and a failure rejects only its caller", async () => {
    const q = new JobQueues();
    let late = false;
    const failed = q.run("a", async () => {
      await sleep(5);
      void q.run("b", async () => {
        await sleep(5);
        late = true;
      });
      throw new Error("boom");
    });
    const next = q.run("a", async () => 2);
    await expect(failed).rejects.toThrow("boom");
    await q.idle();
    expect(late).toBe(true);
    await expect(next).resolves.toBe(2);
  });
});
