import { describe, expect, it } from "vitest";
import { WorkerCapacity } from "./capacity.js";
import { encodeOffer } from "./codec.js";
import { deliver, type BrokerMessage, type DeliveryTarget } from "./delivery.js";
import type { Carried, TrialOffer, TransportEvent } from "./domain.js";
import { newStats, TransportError, TransportErrorCode } from "./errors.js";
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

/** A broker message that records what the delivery path did to it; `acked` is what its ack reports. */
function message(data: Uint8Array, deliveryCount = 1, carried?: Carried) {
  const calls: string[] = [];
  const m: BrokerMessage = {
    data,
    deliveryCount,
    ...(carried ? { carried } : {}),
    extendLease: () => void calls.push("extend"),
    ack: () => void calls.push("ack"),
    term: () => void calls.push("term"),
  };
  return { m, calls };
}

function setup(publish?: (e: TransportEvent) => Promise<void>) {
  const capacity = new WorkerCapacity({ cpus: 4, memoryMiB: 64, gpus: [{ index: 0, model: "A100", memoryMiB: 1 }, { index: 1, model: "A100", memoryMiB: 1 }], labels: {}, runtimes: ["process"] }, 2);
  const stats = newStats();
  const events: TransportEvent[] = [];
  const trials: ClaimedTrial[] = [];
  const target: DeliveryTarget = {
    workerId: "w",
    stats,
    capacity,
    publish: publish ?? (async (e: TransportEvent) => void events.push(e)),
    onTrial: (t: ClaimedTrial) => void trials.push(t),
    maxDeliveries: 3,
    holding: new Map(),
    finished: new Map(),
  };
  return { capacity, stats, events, trials, target };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("deliver", () => {
  it("hands over a trial holding exactly the reserved GPUs; claim, heartbeat, result in order, each with the delivery", async () => {
    const { capacity, stats, events, trials, target } = setup();
    const [first, second] = capacity.reserve(offer.resources, 2);
    const { m, calls } = message(encodeOffer(offer), 2);
    deliver(target, m, second!);
    expect(trials[0]!.gpus).toEqual([1]);
    expect([trials[0]!.delivery, stats.delivered, stats.redelivered]).toEqual([2, 1, 1]);

    await trials[0]!.heartbeat();
    await trials[0]!.finish({ status: "completed", finalMetrics: [] });
    await trials[0]!.release(); // settled already: nothing more
    expect(calls).toEqual(["extend", "ack"]);
    expect(events.map((e) => [e.type, "delivery" in e && e.delivery])).toEqual([["claim", 2], ["heartbeat", 2], ["result", 2]]);
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

  it("a hand-back publishes released with the counts to carry, then takes its copy off the queue; the room comes back only then", async () => {
    const { capacity, events, trials, target } = setup();
    const [r] = capacity.reserve(offer.resources, 1);
    const { m, calls } = message(encodeOffer(offer), 2, { deliveries: 3, lost: 1 });
    deliver(target, m, r!);
    expect(trials[0]!.delivery).toBe(5); // three before this copy, and this copy's second
    await trials[0]!.release("shutting down");
    expect(calls).toEqual(["ack"]); // the coordinator queues the fresh copy
    expect(events.map((e) => e.type)).toEqual(["claim", "released"]);
    // The hand-back itself adds no loss: this copy's second delivery is the one lost lease.
    expect(events[1]).toMatchObject({ type: "released", workerId: "w", delivery: 5, lost: 2, requeue: true, reason: "shutting down" });
    expect(capacity.reserve(offer.resources, 2)).toHaveLength(2);
  });

  it("keeps a result the broker cannot take and publishes it when the broker is back; the slot stays taken until the ack", async () => {
    let up = false;
    const sent: TransportEvent[] = [];
    const { capacity, trials, target } = setup(async (e) => {
      if (!up) throw new TransportError(TransportErrorCode.Unavailable, "broker away", { retryable: true });
      sent.push(e);
    });
    const [r] = capacity.reserve(offer.resources, 1);
    const { m, calls } = message(encodeOffer(offer));
    deliver(target, m, r!);
    const finished = trials[0]!.finish({ status: "completed", finalMetrics: [] });
    await new Promise((res) => setTimeout(res, 400));
    expect([calls, capacity.slots]).toEqual([[], 1]);
    up = true;
    await finished;
    expect(sent.map((e) => e.type)).toEqual(["claim", "result"]);
    expect([calls, capacity.slots]).toEqual([["ack"], 2]);
  });

  it("rejects finish() once the transport is closed, rather than hang", async () => {
    const { capacity, trials, target } = setup(async () => {
      throw new TransportError(TransportErrorCode.Closed, "closed");
    });
    const [r] = capacity.reserve(offer.resources, 1);
    deliver(target, message(encodeOffer(offer)).m, r!);
    await expect(trials[0]!.finish({ status: "completed", finalMetrics: [] })).rejects.toMatchObject({ code: TransportErrorCode.Closed });
  });

  it("a second delivery of an attempt it holds joins the first: not run twice, settled together", async () => {
    const { capacity, stats, trials, target } = setup();
    const [r1, r2] = capacity.reserve(offer.resources, 2);
    const first = message(encodeOffer(offer));
    const again = message(encodeOffer(offer), 2);
    deliver(target, first.m, r1!);
    deliver(target, again.m, r2!);
    expect([trials.length, stats.delivered, capacity.slots]).toEqual([1, 2, 1]);
    await trials[0]!.finish({ status: "completed", finalMetrics: [] });
    expect([first.calls, again.calls, capacity.slots]).toEqual([["ack"], ["ack"], 2]);
  });

  it("an attempt it finished is acknowledged, not run again, when it comes back (an ack lost with a connection)", async () => {
    const { capacity, trials, target } = setup();
    const [r1] = capacity.reserve(offer.resources, 1);
    deliver(target, message(encodeOffer(offer)).m, r1!);
    await trials[0]!.finish({ status: "completed", finalMetrics: [] });
    const [r2] = capacity.reserve(offer.resources, 1);
    const back = message(encodeOffer(offer), 2);
    deliver(target, back.m, r2!);
    expect([trials.length, back.calls, capacity.slots]).toEqual([1, ["ack"], 2]);
  });

  it("a copy whose carried losses reach the limit is reported MAX_DELIVERIES and dropped, not run", async () => {
    const { capacity, events, trials, target } = setup();
    const [r] = capacity.reserve(offer.resources, 1);
    const { m, calls } = message(encodeOffer(offer), 2, { deliveries: 4, lost: 2 }); // 2 + 1 lost = the limit of 3
    deliver(target, m, r!);
    await tick();
    expect(trials).toEqual([]);
    expect(events).toEqual([expect.objectContaining({ type: "result", delivery: 6, outcome: expect.objectContaining({ error: expect.objectContaining({ code: "MAX_DELIVERIES" }) }) })]);
    expect(calls).toEqual(["term"]);
    expect(capacity.slots).toBe(2);
  });
});
