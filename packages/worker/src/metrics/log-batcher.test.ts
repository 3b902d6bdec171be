import { describe, expect, it } from "vitest";
import { LOG_BATCH_BYTES, LOG_LINE_BYTES, LogBatcher } from "./log-batcher.js";

describe("LogBatcher", () => {
  it("sends collected lines at most once per interval, in order", async () => {
    const sent: { lines: readonly string[]; dropped: number }[] = [];
    const b = new LogBatcher(async (lines, dropped) => void sent.push({ lines, dropped }), 30);
    b.push("a");
    b.push("b");
    expect(sent).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 60));
    b.push("c");
    await b.flush();
    expect(sent).toEqual([
      { lines: ["a", "b"], dropped: 0 },
      { lines: ["c"], dropped: 0 },
    ]);
  });

  it("keeps the newest lines within the batch size, counts the rest as dropped, and cuts long lines", async () => {
    const sent: { lines: readonly string[]; dropped: number }[] = [];
    const b = new LogBatcher(async (lines, dropped) => void sent.push({ lines, dropped }), 10_000);
    const line = "x".repeat(1000);
    const n = Math.ceil((2 * LOG_BATCH_BYTES) / line.length);
    for (let i = 0; i < n; i++) b.push(`${i} ${line}`);
    b.push("y".repeat(LOG_LINE_BYTES * 2));
    await b.flush();
    const [batch] = sent;
    expect(batch!.lines.join("").length).toBeLessThanOrEqual(LOG_BATCH_BYTES);
    expect(batch!.dropped + batch!.lines.length).toBe(n + 1);
    expect(batch!.dropped).toBeGreaterThan(0);
    expect(batch!.lines.at(-1)).toHaveLength(LOG_LINE_BYTES + 1);
    expect(batch!.lines.at(-2)!.startsWith(`${n - 1} `)).toBe(true);
  });
});
