import type { Placement, WorkerAnnouncement, WorkerCapabilities } from "@hyperfleet/transport";
import { describe, expect, it } from "vitest";
import { FairShares, MIN_QUEUE_SHARE } from "./fair-share.js";

const CPU: Placement = { runtime: "process", resources: { cpus: 1, memoryMiB: 512, gpus: 0 } };
const GPU: Placement = { runtime: "process", resources: { cpus: 1, memoryMiB: 512, gpus: 1 } };
const job = (jobId: string, placement = CPU) => ({ jobId, resourceClass: placement === CPU ? "cpu" : "gpu", placement });
const caps = (gpus: number): WorkerCapabilities => ({ cpus: 8, memoryMiB: 16384, gpus: Array.from({ length: gpus }, (_, index) => ({ index, model: "A100", memoryMiB: 40960 })), labels: {}, runtimes: ["process"] });
const worker = (workerId: string, freeSlots: number, gpus = 0): WorkerAnnouncement => ({ workerId, host: "h", capabilities: caps(gpus), slots: freeSlots, freeSlots, resourceClasses: [], sentUnixMs: 0, leaving: false });

describe("FairShares", () => {
  it("splits a class's idle slots evenly between the jobs that want more, never below the minimum", () => {
    const s = new FairShares();
    const [a, b] = [job("a"), job("b")];
    s.addJob(a, true);
    expect(s.share(a)).toBe(Infinity); // no worker known yet: nothing to share
    s.workerChanged("w1", worker("w1", 10));
    s.workerChanged("w2", worker("w2", 10));
    expect(s.share(a)).toBe(20);
    s.addJob(b, true);
    expect([s.share(a), s.share(b)]).toEqual([10, 10]);
    expect(s.jobChanged(b, false)).toBe(true); // b has all its trials: a gets the lot again
    expect(s.jobChanged(b, false)).toBe(false);
    expect(s.share(a)).toBe(20);
    s.workerChanged("w1", worker("w1", 0));
    s.workerChanged("w2", worker("w2", 1));
    expect(s.share(a)).toBe(MIN_QUEUE_SHARE);
  });

  it("counts a worker only for the classes it can run, replaces its last announcement, and drops it when it goes", () => {
    const s = new FairShares();
    const [cpu, gpu] = [job("cpu-job"), job("gpu-job", GPU)];
    s.addJob(cpu, true);
    s.workerChanged("c", worker("c", 4));
    s.workerChanged("g", worker("g", 6, 1));
    s.addJob(gpu, true); // a class seen for the first time counts the workers already known
    expect([s.share(cpu), s.share(gpu)]).toEqual([10, 6]);
    s.workerChanged("g", worker("g", 3, 1)); // again, with fewer free slots: replaced, not added
    expect([s.share(cpu), s.share(gpu)]).toEqual([7, 3]);
    s.workerChanged("g", undefined);
    expect([s.share(cpu), s.share(gpu)]).toEqual([4, Infinity]);
  });

  it("names the jobs waiting on a class when a worker of that class announces, and only those", () => {
    const s = new FairShares();
    const [a, b, g] = [job("a"), job("b"), job("g", GPU)];
    for (const j of [a, b, g]) s.addJob(j, true);
    s.setWaiting(a, true);
    s.setWaiting(g, true);
    expect(s.workerChanged("c", worker("c", 2))).toEqual(["a"]);
    expect(s.workerChanged("c", worker("c", 2))).toEqual([]); // the same again: nothing grew
    expect(s.workerChanged("c", worker("c", 1))).toEqual([]);
    expect(s.workerChanged("c", worker("c", 3))).toEqual(["a"]);
    expect(s.waitingBeside(b)).toEqual(["a"]);
    expect(s.waitingBeside(a)).toEqual([]);
    s.setWaiting(a, false);
    s.removeJob(g);
    expect(s.workerChanged("g", worker("g", 2, 1))).toEqual([]);
  });
});
