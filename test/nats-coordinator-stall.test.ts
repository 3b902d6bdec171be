// The coordinator's event fetch when nats-server stalls (SIGSTOP) while the coordinator is busy with an
// event: the fetch fails on missed heartbeats, which must end the batch, not the process; the event
// in hand is acknowledged once the server is back and later events still arrive, each handled once.
import { NatsCoordinatorTransport, NatsWorkerTransport, type TransportEvent } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const CPU = { cpus: 1, memoryMiB: 1024, gpus: [], labels: {}, runtimes: ["process" as const] };
const announce = (workerId: string) => ({ workerId, host: "h", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });

describe("the coordinator's event fetch through a stalled server", () => {
  let nats: NatsServer;
  beforeAll(async () => {
    nats = await NatsServer.start();
  });
  afterAll(async () => {
    await nats?.dispose();
  });

  it("a fetch that misses its heartbeats while an event is being handled ends the batch, not the process", async () => {
    const coordinator = await NatsCoordinatorTransport.connect({ servers: nats.url, prefix: "stall" });
    const worker = await NatsWorkerTransport.connect({ servers: nats.url, prefix: "stall" });
    const seen: string[] = [];
    let first = true;
    const sub = await coordinator.consumeEvents(async (e: TransportEvent) => {
      if (e.type !== "worker") return;
      seen.push(e.announcement.workerId);
      if (!first) return;
      first = false;
      // Busy with this event while the server stalls: the open fetch misses two heartbeats (1 s).
      nats.pause();
      await new Promise((r) => setTimeout(r, 3_000));
      nats.resume();
    });
    await worker.announce(announce("a"));
    await until(() => seen.length > 0, 10_000);
    await new Promise((r) => setTimeout(r, 4_000));
    await worker.announce(announce("b"));
    await until(() => seen.includes("b"), 15_000, () => JSON.stringify(seen));
    expect(seen.filter((id) => id === "b")).toEqual(["b"]);
    await sub.stop();
    await worker.close();
    await coordinator.close();
  }, 40_000);
});
