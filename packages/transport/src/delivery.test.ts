import { describe, expect, it } from "vitest";
import { WorkerCapacity } from "./capacity.js";
import { encodeOffer } from "./codec.js";
import { deliver, type BrokerMessage } from "./delivery.js";
import type { TrialOffer, TransportEvent } from "./domain.js";
import { newStats } from "./errors.js";
import type { ClaimedTrial } from "./transport.js";

const offer: TrialOffer = {
  jobId: "j",
  trialId: 3,
  attempt: 1,
  hyperparameters: { lr: 0.1 },
  staticHyperparameters: {},
  training: { runtime: "process", command: ["true"] },
  resources: { cpus: 1, memoryMiB: 1, gpus: 1 },
  deadlineUnixMs: 0,
  offeredUnixMs: 0,
};

/** A broker message that records what the delivery path did to it. */
function message(data: Uint8Array, deliveryCount = 1) {
  const calls: string[] = [];
  const m: BrokerMessage = {
    data,
    deliveryCount,
    extendLease: () => void calls.push("extend"),
    ack: () => void calls.push("ack"),
    nack: () => void calls.push("nack"),
    term: () => void calls.push("term"),
  };
  return { m, calls };
}

function setup() {
  const capacity = new WorkerCapacity({ cpus: 4, memoryMiB: 64, gpus: [{ index: 0, model: "A100", memoryMiB: 1 }, { index: 1, model: "A100", memoryMiB: 1 }], labels: {} }, 2);
  const stats = newStats();
  const events: TransportEvent[] = [];
  const trials: ClaimedTrial[] = [];
  const target = { workerId: "w", stats, capacity, publish: async (e: TransportEvent) => void events.push(e), onTrial: (t: ClaimedTrial) => void trials.push(t) };
  return { capacity, stats, events, trials, target };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("deliver", () => {
  it("publishes the claim, then hands over a trial holding exactly the reserved GPUs until it settles", async () => {
    const { capacity, stats, events, trials, target } = setup();
    const [first, second] = capacity.reserve(offer.resources, 2);
    const { m, calls } = message(encodeOffer(offer), 2);
    deliver(target, m, second!);
    expect(trials).toHaveLength(0); // not before the claim's publish settles
    await tick();
    expect(events.map((e) => e.type)).toEqual(["claim"]);
    expect(trials[0]!.gpus).toEqual([1]);
    expect([trials[0]!.delivery, stats.delivered, stats.redelivered]).toEqual([2, 1, 1]);

    await trials[0]!.heartbeat();
    await trials[0]!.finish({ status: "completed", finalMetrics: [] });
    await trials[0]!.release(); // settled already: nothing more
    expect(calls).toEqual(["extend", "ack"]);
    expect(events.map((e) => e.type)).toEqual(["claim", "heartbeat", "result"]);
    expect(capacity.reserve(offer.resources, 2).map((r) => r.gpus)).toEqual([[1]]); // GPU 0 is still the first's
    capacity.release(first!);
  });

  it("counts a malformed offer, drops it for good and gives its room back", async () => {
    const { capacity, stats, events, trials, target } = setup();
    const [r] = capacity.reserve(offer.resources, 1);
    const { m, calls } = message(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f));
    deliver(target, m, r!);
    await tick();
    expect([calls, events, trials, stats.malformed]).toEqual([["term"], [], [], 1]);
    expect(capacity.reserve(offer.resources, 2)).toHaveLength(2);
  });

  it("hands over at once when the claim is pipelined, and a handed-back trial returns its room", async () => {
    const { capacity, trials, target } = setup();
    const [r] = capacity.reserve(offer.resources, 1);
    const { m, calls } = message(encodeOffer(offer));
    deliver({ ...target, pipelineClaim: true }, m, r!);
    expect(trials).toHaveLength(1);
    await trials[0]!.release();
    expect(calls).toEqual(["nack"]);
    expect(capacity.reserve(offer.resources, 2)).toHaveLength(2);
  });
});
