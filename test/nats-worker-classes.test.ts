// How a NATS worker finds the resource classes, measured on a real nats-server by tapping every
// JetStream API request: from the classes stream (direct gets) and the class entries it watches,
// never by listing consumers or asking for their info; idle, it only probes now and then. A worker
// whose coordinator predates the classes stream falls back to listing the consumers.
import { AckPolicy, jetstream, jetstreamManager, RetentionPolicy } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { encodeOffer, NatsCoordinatorTransport, NatsWorkerTransport, type ClaimedTrial, type TrialOffer, type WorkerCapabilities } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const CPU: WorkerCapabilities = { cpus: 8, memoryMiB: 8192, gpus: [], labels: {}, runtimes: ["process"] };
let nats: NatsServer;
let raw: NatsConnection;
let prefixes = 0;

beforeAll(async () => {
  nats = await NatsServer.start();
  raw = await connect({ servers: nats.url });
});
afterAll(async () => {
  await raw?.close();
  await nats?.dispose();
});

function offer(trialId: number, cpus: number): TrialOffer {
  return { jobId: "j", trialId, attempt: 1, hyperparameters: {}, staticHyperparameters: {}, training: { runtime: "process", command: ["true"] }, resources: { cpus, memoryMiB: 64, gpus: 0 }, deadlineUnixMs: 0, offeredUnixMs: 0 };
}

/** Every JetStream API request of the prefix's streams, by kind (`CONSUMER.MSG.NEXT`, `DIRECT.GET`, ...). */
function tapApi(upper: string) {
  const kinds = new Map<string, number>();
  raw.subscribe("$JS.API.>", {
    callback: (_, m) => {
      if (!m.subject.includes(upper)) return;
      const kind = m.subject.slice("$JS.API.".length, m.subject.indexOf(`.${upper}`));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    },
  });
  return kinds;
}

describe("a NATS worker's classes", () => {
  it("come from the classes stream: no consumer listing or info; an idle worker only probes, and a probe finds work that came without a hint", async () => {
    const prefix = `cls${prefixes++}`;
    const upper = prefix.toUpperCase();
    const coordinator = await NatsCoordinatorTransport.connect({ servers: nats.url, prefix });
    // Its first probe of a class found empty comes a lease (here 4 s) later, its wait drawn from the lease's upper half.
    const worker = await NatsWorkerTransport.connect({ servers: nats.url, prefix, workerId: "w", leaseMs: 4_000 });
    try {
      await coordinator.offer(offer(0, 1));
      await coordinator.offer(offer(1, 2));
      await (await jetstreamManager(raw)).streams.purge(`${upper}_TRIALS`); // the classes stay, nothing is queued
      const kinds = tapApi(upper);
      await raw.flush();
      const claimed: ClaimedTrial[] = [];
      await worker.claim({ workerId: "w", capabilities: CPU, slots: 1, onTrial: (t) => void claimed.push(t) });
      await until(() => (kinds.get("CONSUMER.MSG.NEXT") ?? 0) >= 2, 5_000, () => JSON.stringify([...kinds]));
      await new Promise((r) => setTimeout(r, 1_500)); // the pulls end after 1 s; no probe for 2 s more
      // Two classes: two direct gets that found one each, and one that found nothing more; a pull of each.
      expect(Object.fromEntries(kinds)).toEqual({ "DIRECT.GET": 3, "CONSUMER.MSG.NEXT": 2 });

      // An attempt queued without a hint (as one whose lease ran out comes back): the next probe takes it.
      await jetstream(raw).publish(`${prefix}.trials.${(await firstClass(upper))!}`, encodeOffer(offer(2, 1)));
      await until(() => claimed.length === 1, 8_000, () => JSON.stringify([...kinds]));
      expect(claimed[0]!.offer.trialId).toBe(2);
      expect([...kinds.keys()].sort()).toEqual(["CONSUMER.MSG.NEXT", "DIRECT.GET"]);
      await claimed[0]!.finish({ status: "completed", finalMetrics: [] });
    } finally {
      await Promise.all([worker.close(), coordinator.close()]);
    }
  }, 30_000);

  it("come from the consumers' descriptions when there is no classes stream (a coordinator of an earlier version)", async () => {
    const prefix = `old${prefixes++}`;
    const upper = prefix.toUpperCase();
    const jsm = await jetstreamManager(raw);
    await jsm.streams.add({ name: `${upper}_TRIALS`, subjects: [`${prefix}.trials.>`], retention: RetentionPolicy.Workqueue });
    await jsm.streams.add({ name: `${upper}_EVENTS`, subjects: [`${prefix}.events.>`] });
    const work = { resourceClass: "cpu-old", request: { cpus: 1, memoryMiB: 64, gpus: 0, gpuModel: "", labels: {} }, runtime: "process" };
    await jsm.consumers.add(`${upper}_TRIALS`, { durable_name: "trials-cpu-old", filter_subject: `${prefix}.trials.cpu-old`, ack_policy: AckPolicy.Explicit, description: JSON.stringify(work) });
    await jetstream(raw).publish(`${prefix}.trials.cpu-old`, encodeOffer(offer(0, 1)));
    const worker = await NatsWorkerTransport.connect({ servers: nats.url, prefix });
    try {
      const claimed: ClaimedTrial[] = [];
      await worker.claim({ workerId: "w", capabilities: CPU, slots: 1, onTrial: (t) => void claimed.push(t) });
      await until(() => claimed.length === 1, 15_000); // after the direct get of the missing stream times out (5 s)
      await claimed[0]!.finish({ status: "completed", finalMetrics: [] });
    } finally {
      await worker.close();
    }
  }, 30_000);
});

/** The class of the lowest entry on the classes stream. */
async function firstClass(upper: string): Promise<string | undefined> {
  const m = await (await jetstreamManager(raw)).direct.getMessage(`${upper}_CLASSES`, { seq: 1, next_by_subj: ">" });
  return m ? (JSON.parse(m.string()) as { resourceClass: string }).resourceClass : undefined;
}
