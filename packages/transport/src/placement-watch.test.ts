import { describe, expect, it } from "vitest";
import type { TrialOffer, TransportEvent, WorkerAnnouncement } from "./domain.js";
import { newStats } from "./errors.js";
import { withPlacementWatch } from "./placement-watch.js";
import type { CoordinatorTransport } from "./transport.js";
import { WorkerRegistry } from "./worker-registry.js";

/** A coordinator transport that only records: `emit` plays an event from the broker. */
function fakeInner() {
  let handler: ((e: TransportEvent) => Promise<void> | void) | undefined;
  const inner: CoordinatorTransport = {
    stats: newStats(),
    offer: async () => undefined,
    sendControl: async () => undefined,
    consumeEvents: async (h) => {
      handler = h;
      return { stop: async () => undefined };
    },
    close: async () => undefined,
  };
  return { inner, emit: async (e: TransportEvent) => handler!(e) };
}

const gpuOffer: TrialOffer = {
  jobId: "j",
  trialId: 1,
  attempt: 1,
  hyperparameters: {},
  staticHyperparameters: {},
  training: { runtime: "process", command: ["true"] },
  resources: { cpus: 1, memoryMiB: 1, gpus: 1 },
  deadlineUnixMs: 0,
  offeredUnixMs: 0,
};
const gpuWorker: WorkerAnnouncement = {
  workerId: "g",
  host: "h",
  capabilities: { cpus: 8, memoryMiB: 1024, gpus: [{ index: 0, model: "A100", memoryMiB: 1 }], labels: {}, runtimes: ["process"] },
  slots: 1,
  freeSlots: 1,
  resourceClasses: [],
  sentUnixMs: 0,
  leaving: false,
};

describe("withPlacementWatch", () => {
  it("observes announcements into a registry it is given, and counts the workers others put there", async () => {
    const registry = new WorkerRegistry();
    const { inner, emit } = fakeInner();
    const watched = withPlacementWatch(inner, { unschedulableAfterMs: 0, registry });
    const seen: TransportEvent[] = [];
    const sub = await watched.consumeEvents((e) => void seen.push(e));
    await emit({ type: "worker", announcement: { ...gpuWorker, workerId: "from-the-broker" } });
    expect(registry.get("from-the-broker")).toBeDefined();

    registry.observe(gpuWorker); // as the coordinator would
    registry.observe({ ...gpuWorker, workerId: "from-the-broker", leaving: true });
    await watched.offer(gpuOffer);
    await new Promise((r) => setTimeout(r, 120)); // a few of the watch's 50 ms ticks
    expect(seen.filter((e) => e.type === "unschedulable")).toEqual([]); // "g" can run it

    registry.observe({ ...gpuWorker, leaving: true });
    await new Promise((r) => setTimeout(r, 120));
    expect(seen.filter((e) => e.type === "unschedulable").map((e) => e.type === "unschedulable" && e.reason)).toEqual([expect.stringMatching(/0 connected/)]);
    await sub.stop();
  });

  it("counts only workers that serve the attempt's runtime, and watches a handed-back attempt again", async () => {
    const registry = new WorkerRegistry();
    const { inner, emit } = fakeInner();
    const watched = withPlacementWatch(inner, { unschedulableAfterMs: 0, registry });
    const seen: TransportEvent[] = [];
    const sub = await watched.consumeEvents((e) => void seen.push(e));
    registry.observe(gpuWorker); // process only
    const dockerOffer: TrialOffer = { ...gpuOffer, trialId: 2, training: { runtime: "docker", image: "i", command: [] } };
    await watched.offer(gpuOffer);
    await watched.offer(dockerOffer);
    await new Promise((r) => setTimeout(r, 120));
    const reports = () => seen.filter((e) => e.type === "unschedulable");
    expect(reports().map((e) => e.type === "unschedulable" && [e.trialId, e.reason])).toEqual([[2, expect.stringMatching(/serves the docker runtime/)]]);

    // Trial 1 is claimed, then handed back, and its only worker leaves: it waits again, and is reported.
    await emit({ type: "claim", jobId: "j", trialId: 1, attempt: 1, workerId: "g", claimedUnixMs: 0, delivery: 1 });
    registry.observe({ ...gpuWorker, leaving: true });
    await new Promise((r) => setTimeout(r, 120));
    expect(reports()).toHaveLength(1);
    await emit({ type: "released", jobId: "j", trialId: 1, attempt: 1, workerId: "g", delivery: 1, reason: "shutting down" });
    await new Promise((r) => setTimeout(r, 120));
    expect(reports().map((e) => e.type === "unschedulable" && e.trialId)).toEqual([2, 1]);
    await sub.stop();
  });
});
