// One conformance suite, run against every transport: in-process, NATS JetStream and RabbitMQ (a
// nats-server and a RabbitMQ node this file starts on free ports). Each case uses its own prefix.
import { connect } from "@nats-io/transport-node";
import amqp from "amqplib";
import {
  attemptId,
  createInProcessTransport,
  InProcessCoordinatorTransport,
  NatsCoordinatorTransport,
  NatsWorkerTransport,
  RabbitCoordinatorTransport,
  RabbitWorkerTransport,
  resourceClassOf,
  withPlacementWatch,
  type ClaimedTrial,
  type CoordinatorTransport,
  type TrialOffer,
  type TransportEvent,
  type WorkerCapabilities,
  type WorkerTransport,
} from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { RabbitServer } from "./support/rabbitmq-server.js";

interface Harness {
  coordinator: CoordinatorTransport;
  /** Another coordinator on the same broker and prefix, as after a restart. */
  reconnectCoordinator(): Promise<CoordinatorTransport>;
  worker(): Promise<WorkerTransport>;
  /** Puts raw bytes where offers of this class go, and where events go. */
  injectOffer(resourceClass: string, bytes: Uint8Array): Promise<void>;
  injectEvent(bytes: Uint8Array): Promise<void>;
  restartBroker?(): Promise<void>;
  close(): Promise<void>;
}

interface Flavour {
  name: string;
  restartable: boolean;
  setup(leaseMs: number): Promise<Harness>;
}

const CPU: WorkerCapabilities = { cpus: 4, memoryMiB: 8192, gpus: [], labels: {} };
const GPU: WorkerCapabilities = { cpus: 8, memoryMiB: 32768, gpus: [{ index: 0, model: "NVIDIA A100-SXM4-80GB", memoryMiB: 81920 }], labels: {} };
const GARBAGE = Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01);

let nats: NatsServer;
let rabbit: RabbitServer;
let prefixCounter = 0;
beforeAll(async () => {
  [nats, rabbit] = await Promise.all([NatsServer.start(), RabbitServer.start()]);
}, 120_000);
afterAll(async () => {
  await Promise.all([nats?.dispose(), rabbit?.dispose()]);
}, 60_000);

const flavours: Flavour[] = [
  {
    name: "in-process",
    restartable: false,
    async setup(leaseMs) {
      const t = createInProcessTransport({ leaseMs, maxDeliveries: 5 });
      return {
        coordinator: t.coordinator,
        reconnectCoordinator: async () => new InProcessCoordinatorTransport(t.broker),
        worker: async () => t.worker(),
        injectOffer: async (cls, bytes) => t.broker.publishOffer(cls, { cpus: 1, memoryMiB: 0, gpus: 0 }, bytes),
        injectEvent: async (bytes) => t.broker.publishEvent(bytes),
        close: t.close,
      };
    },
  },
  {
    name: "nats",
    restartable: true,
    async setup(leaseMs) {
      const prefix = `conf${process.pid}x${prefixCounter++}`;
      const options = { servers: nats.url, prefix, leaseMs, maxDeliveries: 5 };
      const coordinator = await NatsCoordinatorTransport.connect(options);
      const workers: WorkerTransport[] = [];
      const raw = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 250 });
      return {
        coordinator,
        reconnectCoordinator: async () => {
          const c = await NatsCoordinatorTransport.connect(options);
          workers.push(c as never);
          return c;
        },
        worker: async () => {
          const w = await NatsWorkerTransport.connect(options);
          workers.push(w);
          return w;
        },
        injectOffer: async (cls, bytes) => raw.publish(`${prefix}.trials.${cls}`, bytes),
        injectEvent: async (bytes) => raw.publish(`${prefix}.events.job.injected`, bytes),
        restartBroker: async () => {
          await nats.stop();
          await nats.restart();
        },
        close: async () => {
          await Promise.all([coordinator.close(), ...workers.map((w) => w.close()), raw.close()]);
        },
      };
    },
  },
  {
    name: "rabbitmq",
    restartable: true,
    async setup() {
      const prefix = `conf${process.pid}x${prefixCounter++}`;
      const options = { url: rabbit.url, prefix, maxDeliveries: 5, heartbeatSeconds: 2 };
      const coordinator = await RabbitCoordinatorTransport.connect(options);
      const workers: WorkerTransport[] = [];
      const raw = await amqp.connect(rabbit.url);
      raw.on("error", () => undefined);
      const ch = await raw.createChannel();
      ch.on("error", () => undefined);
      return {
        coordinator,
        reconnectCoordinator: async () => {
          const c = await RabbitCoordinatorTransport.connect(options);
          workers.push(c as never);
          return c;
        },
        worker: async () => {
          const w = await RabbitWorkerTransport.connect(options);
          workers.push(w);
          return w;
        },
        injectOffer: async (cls, bytes) => void ch.sendToQueue(`${prefix}.trials.${cls}`, Buffer.from(bytes)),
        injectEvent: async (bytes) => void ch.sendToQueue(`${prefix}.events`, Buffer.from(bytes)),
        restartBroker: async () => {
          await rabbit.stop();
          await rabbit.restart();
        },
        close: async () => {
          await Promise.all([coordinator.close(), ...workers.map((w) => w.close()), raw.close().catch(() => undefined)]);
        },
      };
    },
  },
];

function offer(jobId: string, trialId: number, gpus = 0): TrialOffer {
  return {
    jobId,
    trialId,
    attempt: 1,
    hyperparameters: { lr: 0.01, layers: 3, act: "relu" },
    staticHyperparameters: { epochs: "2" },
    training: { runtime: "process", command: ["true"] },
    resources: { cpus: 1, memoryMiB: 256, gpus, ...(gpus > 0 ? { gpuModel: "A100" } : {}) },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
  };
}

/** Collects coordinator events; `until` waits for a condition over them. */
async function collect(coordinator: CoordinatorTransport) {
  const events: TransportEvent[] = [];
  const sub = await coordinator.consumeEvents((e) => void events.push(e));
  return {
    events,
    results: () => events.filter((e) => e.type === "result"),
    async until(pred: () => boolean, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pred()) {
        if (Date.now() > deadline) throw new Error(`timed out; events so far: ${JSON.stringify(events.map((e) => e.type))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () => sub.stop(),
  };
}

const completed = { status: "completed", finalMetrics: [] } as const;

describe.each(flavours)("transport conformance: $name", (flavour) => {
  it("delivers every attempt at least once; results are idempotent by attempt", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const claims: ClaimedTrial[] = [];
      for (const id of ["w1", "w2"]) {
        const w = await h.worker();
        await w.claim({ workerId: id, capabilities: CPU, slots: 4, onTrial: (t) => {
            claims.push(t);
            t.finish(completed).catch(() => undefined); // a finish racing the end of the test
          },
        });
      }
      for (let i = 0; i < 20; i++) await h.coordinator.offer(offer("job-a", i));
      // A duplicate offer (a coordinator retrying after a timeout) must not double the work.
      await h.coordinator.offer(offer("job-a", 0));
      await seen.until(() => new Set(seen.results().map((r) => attemptId(r as never))).size === 20);
      const ids = new Set(seen.results().map((r) => attemptId(r as never)));
      expect([...ids].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `job-a/${i}/1`).sort());
      expect(seen.events.filter((e) => e.type === "claim").length).toBeGreaterThanOrEqual(20);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("hands an attempt to another worker when the lease of a dead worker expires", async () => {
    const h = await flavour.setup(1_000);
    try {
      const seen = await collect(h.coordinator);
      const dead = await h.worker();
      let took: ClaimedTrial | undefined;
      const deadSub = await dead.claim({ workerId: "dead", capabilities: CPU, slots: 1, onTrial: (t) => (took = t) });
      await h.coordinator.offer(offer("job-b", 1));
      await seen.until(() => took !== undefined);
      // It crashes: it never heartbeats nor finishes, and its connection goes away.
      await deadSub.stop();
      await dead.close();
      const alive = await h.worker();
      const deliveries: number[] = [];
      await alive.claim({ workerId: "alive", capabilities: CPU, slots: 1, onTrial: (t) => {
          deliveries.push(t.delivery);
          t.finish(completed).catch(() => undefined); // a finish racing the end of the test
        },
      });
      await seen.until(() => seen.results().length === 1);
      const result = seen.results()[0]!;
      expect(result.type === "result" && result.workerId).toBe("alive");
      expect(deliveries).toEqual([2]);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("keeps a long trial with its worker while it heartbeats", async () => {
    const h = await flavour.setup(1_000);
    try {
      const seen = await collect(h.coordinator);
      const runner = await h.worker();
      const other = await h.worker();
      await runner.claim({
        workerId: "runner",
        capabilities: CPU,
        slots: 1,
        onTrial: (t) =>
          void (async () => {
            for (let i = 0; i < 10; i++) {
              await new Promise((r) => setTimeout(r, 300)); // 3 s in all, three leases
              await t.heartbeat();
            }
            await t.finish(completed);
          })().catch(() => undefined),
      });
      await h.coordinator.offer(offer("job-c", 1));
      await seen.until(() => seen.events.some((e) => e.type === "claim"));
      let stolen = 0;
      await other.claim({ workerId: "other", capabilities: CPU, slots: 1, onTrial: () => void stolen++ });
      await seen.until(() => seen.results().length === 1, 20_000);
      expect(stolen).toBe(0);
      expect(seen.events.filter((e) => e.type === "claim")).toHaveLength(1);
      expect(seen.events.filter((e) => e.type === "heartbeat").length).toBeGreaterThanOrEqual(9);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("keeps the order of a trial's metrics", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const w = await h.worker();
      await w.claim({
        workerId: "m",
        capabilities: CPU,
        slots: 1,
        onTrial: (t) =>
          void (async () => {
            for (let step = 0; step < 50; step++) await t.reportMetrics([{ name: "loss", value: 1 / (step + 1), step, timestampUnixMs: Date.now() }]);
            await t.finish(completed);
          })().catch(() => undefined),
      });
      await h.coordinator.offer(offer("job-d", 7));
      await seen.until(() => seen.results().length === 1);
      const steps = seen.events.flatMap((e) => (e.type === "metrics" ? e.points.map((p) => p.step) : []));
      expect(steps).toEqual(Array.from({ length: 50 }, (_, i) => i));
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("counts and drops malformed payloads and keeps consuming", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const w = await h.worker();
      await w.claim({ workerId: "x", capabilities: CPU, slots: 2, onTrial: (t) => void t.finish(completed).catch(() => undefined) });
      const good = offer("job-e", 1);
      await h.coordinator.offer(good); // creates the class
      await h.injectOffer(resourceClassOf(good.resources), GARBAGE);
      await h.injectEvent(GARBAGE);
      await h.coordinator.offer(offer("job-e", 2));
      await seen.until(() => seen.results().length === 2);
      await seen.until(() => w.stats.malformed >= 1 && h.coordinator.stats.malformed >= 1);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("a restarted coordinator resumes its events where it acknowledged them: nothing missed, nothing twice", async () => {
    const h = await flavour.setup(30_000);
    try {
      const first = await collect(h.coordinator);
      const w = await h.worker();
      await w.claim({ workerId: "r", capabilities: CPU, slots: 4, onTrial: (t) => void t.finish(completed).catch(() => undefined) });
      for (let i = 1; i <= 3; i++) await h.coordinator.offer(offer("job-r", i));
      await first.until(() => first.results().length === 3);
      await first.stop();
      await h.coordinator.close(); // the coordinator goes away; workers carry on
      const later = await h.reconnectCoordinator();
      for (let i = 4; i <= 6; i++) await later.offer(offer("job-r", i));
      const second = await collect(later);
      await second.until(() => second.results().length === 3);
      await new Promise((r) => setTimeout(r, 300));
      expect(second.results().map((r) => r.type === "result" && r.trialId).sort()).toEqual([4, 5, 6]);
      await second.stop();
    } finally {
      await h.close();
    }
  });

  it("sends a trial only to a worker that can run it: GPU trials go to the GPU worker", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const ran: Record<string, string[]> = { cpu: [], gpu: [] };
      for (const [id, caps] of [["cpu", CPU], ["gpu", GPU]] as const) {
        const w = await h.worker();
        await w.claim({ workerId: id, capabilities: caps, slots: 2, onTrial: (t) => {
            ran[id]!.push(`${t.offer.trialId}`);
            t.finish(completed).catch(() => undefined); // a finish racing the end of the test
          },
        });
      }
      await h.coordinator.offer(offer("job-f", 1, 1));
      await h.coordinator.offer(offer("job-f", 2, 1));
      await seen.until(() => seen.results().length === 2);
      expect(ran.gpu!.sort()).toEqual(["1", "2"]);
      expect(ran.cpu).toEqual([]);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("reports an attempt no connected worker can run as unschedulable, and only that one", async () => {
    const h = await flavour.setup(30_000);
    try {
      const watched = withPlacementWatch(h.coordinator, { unschedulableAfterMs: 500 });
      const seen = await collect(watched);
      const w = await h.worker();
      await w.announce({ workerId: "cpu-only", host: "h", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });
      await seen.until(() => seen.events.some((e) => e.type === "worker"));
      await watched.offer(offer("job-h", 1, 1)); // needs an A100; nobody has one
      await watched.offer(offer("job-h", 2)); // a CPU trial: queued, not unschedulable
      await seen.until(() => seen.events.some((e) => e.type === "unschedulable"));
      await new Promise((r) => setTimeout(r, 700));
      const reports = seen.events.filter((e) => e.type === "unschedulable");
      expect(reports.map((e) => e.type === "unschedulable" && e.trialId)).toEqual([1]);
      expect(reports[0]!.type === "unschedulable" && reports[0]!.reason).toMatch(/1 GPU\(s\) of model A100/);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  // Only transports with a broker process have a restart to survive.
  if (!flavour.restartable) return;
  it("carries on after the broker restarts: offers survive and new ones flow", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      await h.coordinator.offer(offer("job-g", 1));
      await h.restartBroker!();
      const w = await h.worker();
      await w.claim({ workerId: "after", capabilities: CPU, slots: 2, onTrial: (t) => void t.finish(completed).catch(() => undefined) });
      await retry(() => h.coordinator.offer(offer("job-g", 2)));
      await seen.until(() => new Set(seen.results().map((r) => attemptId(r as never))).size === 2, 30_000);
      await seen.stop();
    } finally {
      await h.close();
    }
  }, 90_000);
});

async function retry(f: () => Promise<void>, attempts = 40): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      return await f();
    } catch (err) {
      if (i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
