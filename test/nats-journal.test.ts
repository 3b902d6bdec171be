// The coordinator's journal as a JetStream stream (cluster mode) against a real nats-server: records
// come back in order, survive a server restart, and rebuild the jobs they describe.
import { RecordLogJournal, type JobEvent } from "@hyperfleet/coordinator";
import { NatsRecordLog } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";

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
});
