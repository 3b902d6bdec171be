import { v1 } from "@hyperfleet/proto";
import { describe, expect, it } from "vitest";
import { decodeEvent, encodeEvent } from "./codec.js";
import type { TransportEvent, WorkerAnnouncement } from "./domain.js";

const key = { jobId: "j", trialId: 4, attempt: 2 };
const announcement: WorkerAnnouncement = {
  workerId: "w",
  host: "h",
  capabilities: { cpus: 2, memoryMiB: 1024, gpus: [], labels: {}, runtimes: ["process"] },
  slots: 1,
  freeSlots: 1,
  resourceClasses: [],
  sentUnixMs: 5,
  leaving: false,
};

describe("codec", () => {
  it("carries the claim's delivery on heartbeats, metrics, results and hand-backs", () => {
    const events: TransportEvent[] = [
      { type: "heartbeat", ...key, workerId: "w", sentUnixMs: 1, delivery: 3 },
      { type: "metrics", ...key, workerId: "w", points: [{ name: "loss", value: 0.5, step: 0, timestampUnixMs: 2 }], delivery: 3 },
      { type: "result", ...key, workerId: "w", outcome: { status: "completed", finalMetrics: [] }, finishedUnixMs: 3, delivery: 3 },
      { type: "released", ...key, workerId: "w", delivery: 3, reason: "the worker is shutting down" },
    ];
    for (const e of events) expect(decodeEvent(encodeEvent(e))).toEqual(e);
  });

  it("reads a delivery a sender left out as 0 (unknown)", () => {
    const bytes = v1.Event.encode({ heartbeat: { ...key, workerId: "w", sentUnixMs: 1 } }).finish();
    expect(decodeEvent(bytes)).toMatchObject({ type: "heartbeat", delivery: 0 });
  });

  it("carries the runtimes a worker serves; an announcement that names none serves both, unknown names are ignored", () => {
    const back = decodeEvent(encodeEvent({ type: "worker", announcement }));
    expect(back.type === "worker" && back.announcement.capabilities.runtimes).toEqual(["process"]);
    const none = decodeEvent(encodeEvent({ type: "worker", announcement: { ...announcement, capabilities: { ...announcement.capabilities, runtimes: [] } } }));
    expect(none.type === "worker" && none.announcement.capabilities.runtimes).toEqual(["process", "docker"]);
    const other = decodeEvent(encodeEvent({ type: "worker", announcement: { ...announcement, capabilities: { ...announcement.capabilities, runtimes: ["docker", "wasm"] as never } } }));
    expect(other.type === "worker" && other.announcement.capabilities.runtimes).toEqual(["docker"]);
  });
});
