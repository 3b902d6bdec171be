import { describe, expect, it } from "vitest";
import { LIVE_LOG_LINES, LiveLogs } from "./live-logs.js";

describe("LiveLogs", () => {
  it("keeps the newest lines of the current run, tells followers each batch and the end, then forgets", () => {
    const logs = new LiveLogs();
    const heard: string[] = [];
    const stop = logs.follow(3, 1, { lines: (lines, dropped) => heard.push(`${lines.join("|")}+${dropped}`), ended: () => heard.push("end") });
    logs.append(3, 1, 1, ["a", "b"], 0);
    logs.append(3, 1, 1, ["c"], 2);
    expect(logs.get(3)).toEqual({ attempt: 1, lines: ["a", "b", "c"], dropped: 2 });
    // A new run of the attempt (a redelivery): the lost run's lines go.
    logs.append(3, 1, 2, ["d"], 0);
    expect(logs.get(3)).toEqual({ attempt: 1, lines: ["d"], dropped: 0 });
    logs.append(3, 1, 2, Array.from({ length: LIVE_LOG_LINES + 5 }, (_, i) => `l${i}`), 0);
    expect(logs.get(3)!.lines).toHaveLength(LIVE_LOG_LINES);
    expect(logs.get(3)!.dropped).toBe(6);
    logs.end(3);
    expect(logs.get(3)).toBeUndefined();
    expect(heard.slice(0, 3)).toEqual(["a|b+0", "c+2", "d+0"]);
    expect(heard.at(-1)).toBe("end");
    stop();
    logs.append(3, 2, 1, ["e"], 0);
    expect(heard.at(-1)).toBe("end"); // a stopped follower hears nothing more
  });
});
