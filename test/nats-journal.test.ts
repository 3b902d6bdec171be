// The coordinator's journal as a JetStream stream (cluster mode) against a real nats-server: records
// come back in order, survive a server restart, and rebuild the jobs they describe.
import { Coordinator, parseJobSpec, RecordLogJournal, type JobEvent } from "@hyperfleet/coordinator";
import { createInProcessTransport, NatsRecordLog } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

describe("NatsRecordLog", () => {
  let nats: NatsServer;
  beforeAll(async () => {
    nats = await NatsServer.start();
  });
  afterAll(async () => {
    await nats?.dispose();
  });

  it("replays nothing when empty, then every record in order, also after a server restart", async () => {
    const log = await NatsRecordLog.connect({ servers: nats.url, prefix: "journal" });
    expect(await log.replay()).toEqual([]);
    const records = Array.from({ length: 700 }, (_, i) => JSON.stringify({ i, pad: "x".repeat(i % 50) }));
    for (const r of records) await log.append(r);
    expect(await log.replay()).toEqual(records);
    await log.close();
    await nats.stop();
    await nats.restart();
    const again = await NatsRecordLog.connect({ servers: nats.url, prefix: "journal" });
    expect(await again.replay()).toEqual(records);
    await again.append("after");
    expect((await again.replay()).at(-1)).toBe("after");
    await again.close();
  });

  it("keeps job events for RecordLogJournal, one installation prefix apart from another", async () => {
    const a = new RecordLogJournal(await NatsRecordLog.connect({ servers: nats.url, prefix: "install-a" }));
    const b = await NatsRecordLog.connect({ servers: nats.url, prefix: "install-b" });
    const event: JobEvent = { type: "stop-requested", jobId: "j-1", at: 5 };
    await a.append(event);
    expect(await a.replay()).toEqual([event]);
    expect(await b.replay()).toEqual([]);
    await b.close();
  });

  it("a coordinator restarted on a JetStream journal keeps a finished job as its snapshot: the stream forgets the rest, a journal's old unkeyed records too", async () => {
    const prefix = "compact";
    const spec = (name: string) => ({
      name,
      objective: { metric: "loss", type: "minimize" },
      strategy: "random",
      parameters: { x: { type: "continuous", min: 0, max: 1 } },
      limits: { maxTrials: 3, maxParallelTrials: 3 },
      training: { runtime: "process", command: ["train"] },
    });
    // A journal from before the per-job subjects: an older job's creation, unkeyed; it runs on below.
    const legacy = await NatsRecordLog.connect({ servers: nats.url, prefix });
    const old: JobEvent = { type: "job-created", jobId: "old-1", spec: parseJobSpec(spec("old")), at: 1 };
    await legacy.append(JSON.stringify(old));
    await legacy.close();

    const log = await NatsRecordLog.connect({ servers: nats.url, prefix });
    const t = createInProcessTransport();
    const coordinator = new Coordinator(t.coordinator, new RecordLogJournal(log));
    await coordinator.start();
    const jobId = await coordinator.submit(spec("done"));
    const claim = await t.worker().claim({
      workerId: "w",
      capabilities: { cpus: 4, memoryMiB: 4096, gpus: [], labels: {}, runtimes: ["process"] },
      slots: 3,
      onTrial: (trial) => void trial.finish({ status: "completed", finalMetrics: [{ name: "loss", value: trial.offer.trialId, step: 0, timestampUnixMs: 0 }] }),
    });
    const job = coordinator.jobs.get(jobId)!;
    const older = coordinator.jobs.get("old-1")!;
    await until(() => job.status === "Completed" && older.status === "Completed", 20_000);
    const states = [job.state, older.state];
    await claim.stop();
    await coordinator.stop();
    const before = (await log.entries()).length;
    await log.close();

    const log2 = await NatsRecordLog.connect({ servers: nats.url, prefix });
    const journal = new RecordLogJournal(log2);
    const again = new Coordinator(createInProcessTransport().coordinator, journal);
    await again.start();
    await journal.untilCompacted();
    expect([again.jobs.get(jobId)!.state, again.jobs.get("old-1")!.state]).toEqual(states);
    // Each finished job is its snapshot alone, under its own key; the unkeyed record is gone too.
    const left = await log2.entries();
    expect(left.map((r) => [r.key, (JSON.parse(r.data) as JobEvent).type]).sort()).toEqual([
      [jobId.replace(/[^A-Za-z0-9_-]/g, "_"), "job-snapshot"],
      ["old-1", "job-snapshot"],
    ].sort());
    expect(before).toBeGreaterThan(10);
    await again.stop();
    await log2.close();
  });
});
