import { describe, expect, it } from "vitest";
import type { WorkerAnnouncement } from "./domain.js";
import { WorkerRegistry, WORKER_TTL_MS } from "./worker-registry.js";

const announce = (workerId: string, extra: Partial<WorkerAnnouncement> = {}): WorkerAnnouncement => ({
  workerId,
  host: "h",
  capabilities: { cpus: 1, memoryMiB: 1024, gpus: [], labels: {}, runtimes: ["process"] },
  slots: 1,
  freeSlots: 1,
  resourceClasses: [],
  sentUnixMs: 0,
  leaving: false,
  ...extra,
});

describe("WorkerRegistry", () => {
  it("keeps a worker live for the TTL after its last announcement, 30 s by default", () => {
    let t = 1_000;
    const r = new WorkerRegistry({ now: () => t });
    expect(r.ttlMs).toBe(WORKER_TTL_MS);
    r.observe(announce("a"));
    t += WORKER_TTL_MS; // exactly the TTL: still live
    expect(r.get("a")?.workerId).toBe("a");
    expect(r.size).toBe(1);
    t += 1;
    expect(r.get("a")).toBeUndefined();
    expect(r.live()).toEqual([]);
    expect(r.size).toBe(0);
  });

  it("a new announcement renews the worker and replaces what it said", () => {
    let t = 0;
    const r = new WorkerRegistry({ ttlMs: 100, now: () => t });
    r.observe(announce("a", { freeSlots: 1 }));
    r.observe(announce("b"));
    t = 80;
    r.observe(announce("a", { freeSlots: 0 }));
    t = 150; // b expired at 100, a renewed at 80
    expect(r.live().map((w) => [w.workerId, w.freeSlots])).toEqual([["a", 0]]);
  });

  it("a leaving announcement removes the worker at once; observing twice is harmless", () => {
    const r = new WorkerRegistry({ now: () => 0 });
    r.observe(announce("a"));
    r.observe(announce("a"));
    r.observe(announce("b"));
    expect(r.size).toBe(2);
    r.observe(announce("a", { leaving: true }));
    expect(r.live().map((w) => w.workerId)).toEqual(["b"]);
    expect(r.get("a")).toBeUndefined();
  });

  it("still filters exactly when the clock steps back", () => {
    let t = 1_000;
    const r = new WorkerRegistry({ ttlMs: 100, now: () => t });
    r.observe(announce("late"));
    t = 500;
    r.observe(announce("early"));
    t = 1_050; // "early" (seen at 500) has expired, "late" (seen at 1000) has not
    expect(r.live().map((w) => w.workerId)).toEqual(["late"]);
    expect(r.get("early")).toBeUndefined();
  });

  it("tells its listeners of each announcement, of a worker leaving, and of one expiring when it is read or expired", () => {
    let t = 0;
    const r = new WorkerRegistry({ now: () => t, ttlMs: 100 });
    const heard: [string, number | undefined][] = [];
    const stop = r.onChange((id, next) => heard.push([id, next?.freeSlots]));
    r.observe(announce("a", { freeSlots: 3 }));
    r.observe(announce("b"));
    r.observe(announce("b", { leaving: true }));
    t = 150;
    r.expire();
    r.expire(); // nothing left to expire: nothing to tell
    stop();
    r.observe(announce("c"));
    expect(heard).toEqual([["a", 3], ["b", 1], ["b", undefined], ["a", undefined]]);
  });
});
