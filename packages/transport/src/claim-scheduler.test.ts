import { describe, expect, it } from "vitest";
import { WorkerCapacity, type Reservation } from "./capacity.js";
import { ClaimScheduler } from "./claim-scheduler.js";
import type { BrokerMessage } from "./delivery.js";
import type { ResourceRequest, WorkerCapabilities } from "./domain.js";
import { workClassOf, type WorkClass } from "./work-class.js";

const CAPS: WorkerCapabilities = { cpus: 4, memoryMiB: 4096, gpus: [], labels: {}, runtimes: ["process"] };
const cls = (resources: Partial<ResourceRequest> = {}, runtime: "process" | "docker" = "process"): WorkClass => workClassOf({ runtime, resources: { cpus: 1, memoryMiB: 1, gpus: 0, ...resources } });

/** Queues of message names per class; a pull takes at most its room, and says what is left. */
function broker(queues: Record<string, string[]>) {
  const pulls: { cls: string; asked: number }[] = [];
  const running: { name: string; cls: string; reservation: Reservation }[] = [];
  const pull = async (work: WorkClass, room: readonly Reservation[], take: (m: BrokerMessage, r: Reservation) => void) => {
    await Promise.resolve();
    pulls.push({ cls: work.resourceClass, asked: room.length });
    const q = queues[work.resourceClass] ?? [];
    for (const [i, name] of q.splice(0, room.length).entries()) {
      const m = { data: new TextEncoder().encode(name) } as BrokerMessage;
      take(m, room[i]!);
    }
    return { left: q.length };
  };
  const take = (m: BrokerMessage, r: Reservation) => running.push({ name: new TextDecoder().decode(m.data), cls: "", reservation: r });
  return { pull, take, pulls, running };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe("ClaimScheduler", () => {
  it("splits free slots between the classes with work, and a class that appears later gets the next free slot", async () => {
    const a = cls({ memoryMiB: 1 });
    const b = cls({ memoryMiB: 2 });
    const queues = { [a.resourceClass]: ["a1", "a2", "a3", "a4", "a5", "a6"], [b.resourceClass]: [] as string[] };
    const capacity = new WorkerCapacity(CAPS, 2);
    const fake = broker(queues);
    const s = new ClaimScheduler({ capacity, capabilities: CAPS, pull: fake.pull, take: fake.take });
    s.add(a);
    await settle();
    expect(fake.running.map((r) => r.name)).toEqual(["a1", "a2"]);
    queues[b.resourceClass]!.push("b1", "b2");
    s.hint(b);
    await settle();
    capacity.release(fake.running[0]!.reservation); // a1 ends: b, holding nothing, goes first
    await settle();
    expect(fake.running.map((r) => r.name)).toEqual(["a1", "a2", "b1"]);
    capacity.release(fake.running[1]!.reservation); // a2 ends: a and b hold one each; a was served longer ago
    await settle();
    expect(fake.running.map((r) => r.name)).toEqual(["a1", "a2", "b1", "a3"]);
    await s.stop();
  });

  it("asks an empty class again only when hinted or a probe is due, and never for more room than it has", async () => {
    const a = cls();
    const queues = { [a.resourceClass]: [] as string[] };
    const capacity = new WorkerCapacity(CAPS, 4);
    const fake = broker(queues);
    const s = new ClaimScheduler({ capacity, capabilities: CAPS, pull: fake.pull, take: fake.take, probeMs: 60_000 });
    s.add(a);
    await new Promise((r) => setTimeout(r, 600)); // a couple of ticks
    expect(fake.pulls).toEqual([{ cls: a.resourceClass, asked: 1 }]);
    queues[a.resourceClass]!.push("x", "y", "z", "w", "v");
    s.hint(a);
    await settle();
    expect(fake.pulls.map((p) => p.asked)).toEqual([1, 1, 3]); // the hint: one, then what it said was left, up to the room left
    expect(capacity.slots).toBe(0);
    await s.stop();
  });

  it("keeps room for a large request instead of filling it with small ones", async () => {
    const small = cls({ cpus: 1 });
    const large = cls({ cpus: 4 });
    const queues = { [small.resourceClass]: ["s1", "s2", "s3", "s4", "s5", "s6"], [large.resourceClass]: ["L1"] };
    const capacity = new WorkerCapacity(CAPS, 4);
    const fake = broker(queues);
    const s = new ClaimScheduler({ capacity, capabilities: CAPS, pull: fake.pull, take: fake.take });
    s.add(small);
    await settle();
    expect(fake.running.map((r) => r.name)).toEqual(["s1", "s2", "s3", "s4"].slice(0, fake.running.length));
    s.add(large);
    for (const r of [...fake.running]) {
      capacity.release(r.reservation);
      await settle();
    }
    expect(fake.running.map((r) => r.name)).toContain("L1");
    await s.stop();
  });

  it("never pulls a class whose runtime the worker does not serve", async () => {
    const docker = cls({}, "docker");
    const fake = broker({ [docker.resourceClass]: ["d1"] });
    const s = new ClaimScheduler({ capacity: new WorkerCapacity(CAPS, 2), capabilities: CAPS, pull: fake.pull, take: fake.take });
    s.add(docker);
    s.hint(docker);
    await settle();
    expect([fake.pulls, s.resourceClasses]).toEqual([[], []]);
    await s.stop();
  });

  it("probes an empty class after probeMs, doubling up to maxProbeMs, each wait drawn from its upper half", async () => {
    const a = cls();
    const fake = broker({ [a.resourceClass]: [] });
    const at: number[] = [];
    const pull: typeof fake.pull = (...args) => (at.push(Date.now()), fake.pull(...args));
    const s = new ClaimScheduler({ capacity: new WorkerCapacity(CAPS, 1), capabilities: CAPS, pull, take: fake.take, probeMs: 40, maxProbeMs: 160 });
    s.add(a);
    await new Promise((r) => setTimeout(r, 1_300));
    await s.stop();
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    const nominal = gaps.map((_, i) => Math.min(160, 40 * 2 ** i));
    expect(gaps.length).toBeGreaterThanOrEqual(6); // 40, 80, 160, 160, ... at most; 20, 40, 80, 80, ... at least
    for (const [i, gap] of gaps.entries()) {
      expect(gap).toBeGreaterThanOrEqual(nominal[i]! / 2 - 2);
      expect(gap).toBeLessThan(nominal[i]! + 100); // a late timer on a busy machine
    }
  });

  it("after a reconnect asks every class at once and probes it soon again", async () => {
    const a = cls();
    const fake = broker({ [a.resourceClass]: [] });
    const at: number[] = [];
    const pull: typeof fake.pull = (...args) => (at.push(Date.now()), fake.pull(...args));
    const s = new ClaimScheduler({ capacity: new WorkerCapacity(CAPS, 1), capabilities: CAPS, pull, take: fake.take, probeMs: 50, maxProbeMs: 60_000 });
    s.add(a);
    while (at.length < 4) await settle(); // the first pull, then probes after 50, 100 and 200 ms at most: the next waits 200 to 400 ms
    await settle();
    const reconnected = Date.now();
    s.recheck();
    while (at.length < 6) await settle();
    await s.stop();
    const [asked, probed] = at.slice(4);
    expect(asked! - reconnected).toBeLessThan(20);
    expect(probed! - asked!).toBeGreaterThanOrEqual(24);
    expect(probed! - asked!).toBeLessThan(150);
  });
});
