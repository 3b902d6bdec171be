import { describe, expect, it } from "vitest";
import { SerialQueue } from "./serial-queue.js";

describe("SerialQueue", () => {
  it("runs tasks one at a time in order, even when each awaits", async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => () => new Promise<string>((resolve) => {
      log.push(`start ${name}`);
      setTimeout(() => (log.push(`end ${name}`), resolve(name)), ms);
    });
    const results = await Promise.all([q.run(task("a", 20)), q.run(task("b", 1)), q.run(task("c", 5))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    expect(q.size).toBe(0);
  });

  it("a failing task rejects its caller and the queue carries on", async () => {
    const q = new SerialQueue();
    const failed = q.run(async () => {
      throw new Error("boom");
    });
    const next = q.run(async () => 2);
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe(2);
  });
});
