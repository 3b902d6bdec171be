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
  WireErrorCode,
  withPlacementWatch,
  type ClaimedTrial,
  type CoordinatorTransport,
  type FreeCapacity,
  type TrialOffer,
  type TransportEvent,
  type WorkerCapabilities,
  type WorkerTransport,
} from "@hyperfleet/transport";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { RabbitServer } from "./support/rabbitmq-server.js";
import { until } from "./support/until.js";

interface Harness {
  coordinator: CoordinatorTransport;
  /** How a separate process reaches the same broker and prefix (kill -9 tests); absent in-process. */
  remote?: { kind: "nats" | "rabbitmq"; url: string; prefix: string };
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

const CPU: WorkerCapabilities = { cpus: 4, memoryMiB: 8192, gpus: [], labels: {}, runtimes: ["process"] };
const GPU: WorkerCapabilities = { cpus: 8, memoryMiB: 32768, gpus: [{ index: 0, model: "NVIDIA A100-SXM4-80GB", memoryMiB: 81920 }], labels: {}, runtimes: ["process"] };
const GARBAGE = Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01);

let nats: NatsServer;
let rabbit: RabbitServer;
let prefixCounter = 0;
/** The 60 s NATS outage runs on its own server while the rest of the file runs (see the last test). */
const outage = new AbortController();
let natsOutage: Promise<OutageReport> | undefined;
beforeAll(async () => {
  natsOutage = runNatsOutage(outage.signal);
  natsOutage.catch(() => undefined); // awaited by its test
  [nats, rabbit] = await Promise.all([NatsServer.start(), RabbitServer.start()]);
}, 120_000);
afterAll(async () => {
  outage.abort(); // a run that filtered out the outage test does not wait for it
  await Promise.all([nats?.dispose(), rabbit?.dispose(), natsOutage?.catch(() => undefined)]);
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
        injectOffer: async (cls, bytes) => t.broker.publishOffer({ resourceClass: cls, request: { cpus: 1, memoryMiB: 0, gpus: 0 }, runtime: "process" }, bytes),
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
        remote: { kind: "nats", url: nats.url, prefix },
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
          await nats.kill();
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
        remote: { kind: "rabbitmq", url: rabbit.url, prefix },
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

function offer(jobId: string, trialId: number, gpus = 0, extra: Partial<TrialOffer> = {}): TrialOffer {
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
    ...extra,
  };
}

/** A trial that takes `ms`, then completes; how many ran at once, and how often each trial id started. */
function timedTrials(ms: number) {
  const started = new Map<number, number>();
  let running = 0;
  let most = 0;
  return {
    started,
    mostAtOnce: () => most,
    onTrial: (t: ClaimedTrial) => {
      started.set(t.offer.trialId, (started.get(t.offer.trialId) ?? 0) + 1);
      most = Math.max(most, ++running);
      setTimeout(() => {
        running--;
        t.finish(completed).catch(() => undefined); // a finish racing the end of the test
      }, ms);
    },
  };
}

const maxDeliveries = (events: TransportEvent[]) => events.filter((e) => e.type === "result" && e.outcome.status === "failed" && e.outcome.error.code === WireErrorCode.MaxDeliveries);

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

  it("two classes sharing one worker both progress: a class that appears later gets a slot within 2 s", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const w = await h.worker();
      const trials = timedTrials(300);
      await w.claim({ workerId: "shared", capabilities: CPU, slots: 2, onTrial: trials.onTrial });
      for (let i = 0; i < 10; i++) await h.coordinator.offer(offer("job-a1", i));
      await seen.until(() => seen.events.filter((e) => e.type === "claim").length >= 2);
      const later = Date.now();
      const other = { resources: { cpus: 1, memoryMiB: 512, gpus: 0 } };
      for (let i = 0; i < 2; i++) await h.coordinator.offer(offer("job-b1", i, 0, other));
      await seen.until(() => seen.events.some((e) => e.type === "claim" && e.jobId === "job-b1"));
      expect(Date.now() - later).toBeLessThan(2_000);
      expect(seen.results().filter((r) => r.jobId === "job-a1").length).toBeLessThan(10); // it did not wait for the first class to drain
      await seen.until(() => seen.results().length === 12);
      expect(trials.mostAtOnce()).toBe(2);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("a worker with room for 1 CPU and 4 slots is handed nothing it must give back: no redelivery, no MAX_DELIVERIES", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const w = await h.worker();
      const trials = timedTrials(150);
      await w.claim({ workerId: "one-cpu", capabilities: { ...CPU, cpus: 1 }, slots: 4, onTrial: trials.onTrial });
      for (let i = 0; i < 4; i++) await h.coordinator.offer(offer("job-c1", i));
      await seen.until(() => seen.results().length === 4);
      expect([w.stats.redelivered, trials.mostAtOnce(), maxDeliveries(seen.events)]).toEqual([0, 1, []]);
      expect([...trials.started.values()]).toEqual([1, 1, 1, 1]);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("a hand-back emits released; the coordinator's fresh copy, carrying the counts, is claimed again; hand-backs never count toward the delivery limit", async () => {
    const h = await flavour.setup(30_000);
    try {
      const first = offer("job-d1", 1);
      // What the coordinator does on a released event (JobRunner): a fresh copy with the counts.
      const events: TransportEvent[] = [];
      const sub = await h.coordinator.consumeEvents(async (e) => {
        events.push(e);
        if (e.type === "released" && e.requeue) await h.coordinator.offer({ ...first, carried: { deliveries: e.delivery, lost: e.lost ?? 0 } });
      });
      const seen = { events, results: () => events.filter((e) => e.type === "result"), until: (pred: () => boolean) => until(pred, 15_000), stop: () => sub.stop() };
      const w = await h.worker();
      // Handed back six times, more than the limit of 5 deliveries, then run.
      await w.claim({
        workerId: "restless",
        capabilities: CPU,
        slots: 1,
        onTrial: (t) => void (t.delivery <= 6 ? t.release(`hand-back ${t.delivery}`) : t.finish(completed)).catch(() => undefined),
      });
      await h.coordinator.offer(first);
      await seen.until(() => seen.results().length === 1);
      const claims = seen.events.filter((e) => e.type === "claim").map((e) => e.type === "claim" && e.delivery);
      const released = seen.events.filter((e) => e.type === "released");
      expect(claims).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(released.map((e) => e.type === "released" && [e.workerId, e.delivery, e.reason])).toEqual([1, 2, 3, 4, 5, 6].map((d) => ["restless", d, `hand-back ${d}`]));
      expect(seen.results()[0]).toMatchObject({ outcome: { status: "completed" }, delivery: 7 });
      expect(maxDeliveries(seen.events)).toEqual([]);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("a worker without the docker runtime never takes a docker offer; the offer is reported unschedulable", async () => {
    const h = await flavour.setup(30_000);
    try {
      const watched = withPlacementWatch(h.coordinator, { unschedulableAfterMs: 500 });
      const seen = await collect(watched);
      const w = await h.worker();
      const took: string[] = [];
      await w.claim({ workerId: "process-only", capabilities: CPU, slots: 2, onTrial: (t) => void (took.push(t.offer.training.runtime), t.finish(completed).catch(() => undefined)) });
      await w.announce({ workerId: "process-only", host: "h", capabilities: CPU, slots: 2, freeSlots: 2, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });
      await seen.until(() => seen.events.some((e) => e.type === "worker"));
      await watched.offer(offer("job-e1", 1, 0, { training: { runtime: "docker", image: "train:1", command: [] } }));
      await watched.offer(offer("job-e1", 2));
      await seen.until(() => seen.events.some((e) => e.type === "unschedulable") && seen.results().length === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(took).toEqual(["process"]);
      const reports = seen.events.filter((e) => e.type === "unschedulable");
      expect(reports.map((e) => e.type === "unschedulable" && [e.trialId, e.resourceClass.startsWith("docker-")])).toEqual([[1, true]]);
      expect(reports[0]!.type === "unschedulable" && reports[0]!.reason).toMatch(/docker runtime/);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  // Only transports with a broker process have a restart to survive, and a coordinator process to kill.
  if (!flavour.restartable) return;
  it("carries on after the broker is killed and restarted mid-run: exact counts, no trial run twice, the worker's room back to full", async () => {
    const h = await flavour.setup(30_000);
    try {
      const seen = await collect(h.coordinator);
      const w = await h.worker();
      const trials = timedTrials(1_000);
      const claim = await w.claim({ workerId: "through", capabilities: CPU, slots: 2, onTrial: trials.onTrial });
      for (let i = 0; i < 4; i++) await h.coordinator.offer(offer("job-g", i));
      await seen.until(() => trials.started.size === 2);
      await h.restartBroker!();
      await retry(() => h.coordinator.offer(offer("job-g", 4)));
      await seen.until(() => new Set(seen.results().map((r) => attemptId(r as never))).size === 5, 60_000);
      expect([...trials.started.entries()].sort(([a], [b]) => a - b)).toEqual([0, 1, 2, 3, 4].map((id) => [id, 1]));
      expect(seen.results().every((r) => r.type === "result" && r.outcome.status === "completed")).toBe(true);
      await until(() => claim.free().slots === 2, 10_000, () => JSON.stringify(claim.free()));
      expect(claim.free()).toEqual({ slots: 2, cpus: CPU.cpus, memoryMiB: CPU.memoryMiB, gpus: [] });
      await seen.stop();
    } finally {
      await h.close();
    }
  }, 120_000);

  // Defined for NATS only, not skipped elsewhere: RabbitMQ has no de-duplication, so a restarted
  // coordinator's re-offer of a queued attempt is a second copy there, which the coordinator stops
  // when it is claimed (packages/coordinator/src/job/job-runs.test.ts).
  if (flavour.name === "nats") it("a restarted coordinator's re-offer of an attempt still queued is dropped: JetStream de-duplicates by attempt id", async () => {
    const h = await flavour.setup(30_000);
    try {
      await h.coordinator.offer(offer("job-dup", 1));
      await h.coordinator.close();
      const later = await h.reconnectCoordinator();
      await later.offer(offer("job-dup", 1));
      const seen = await collect(later);
      const w = await h.worker();
      const trials = timedTrials(0);
      await w.claim({ workerId: "dedup", capabilities: CPU, slots: 2, onTrial: trials.onTrial });
      await seen.until(() => seen.results().length === 1);
      await new Promise((r) => setTimeout(r, 500));
      expect([...trials.started.values()]).toEqual([1]);
      await seen.stop();
    } finally {
      await h.close();
    }
  });

  it("after a coordinator is killed (-9), the events it held unacknowledged come back within seconds", async () => {
    const h = await flavour.setup(30_000);
    try {
      const w = await h.worker();
      const announce = (i: number) => w.announce({ workerId: `held-${i}`, host: "h", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });
      for (let i = 0; i < 5; i++) await announce(i);
      const child = holdingCoordinator(h.remote!);
      await child.holding;
      child.process.kill("SIGKILL");
      const killed = Date.now();
      const seen = await collect(h.coordinator);
      await seen.until(() => seen.events.filter((e) => e.type === "worker").length >= 5, 20_000);
      const back = Date.now() - killed;
      console.log(`${flavour.name}: events held by a killed coordinator back after ${back} ms`);
      expect(back).toBeLessThan(h.remote!.kind === "nats" ? 6_000 : 2_000);
      await seen.stop();
    } finally {
      await h.close();
    }
  }, 60_000);
});

/**
 * A coordinator in a process of its own that consumes events and never finishes handling the first,
 * so it holds its batch unacknowledged; `holding` resolves once it does.
 */
function holdingCoordinator(remote: { kind: "nats" | "rabbitmq"; url: string; prefix: string }) {
  const script = `
    const t = await import("@hyperfleet/transport");
    const [kind, url, prefix] = process.argv.slice(1);
    const c = kind === "nats" ? await t.NatsCoordinatorTransport.connect({ servers: url, prefix }) : await t.RabbitCoordinatorTransport.connect({ url, prefix });
    await c.consumeEvents(() => { process.stdout.write("holding\\n"); return new Promise(() => {}); });
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script, remote.kind, remote.url, remote.prefix], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "pipe", "inherit"] });
  const holding = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the holding coordinator exited with ${code}`)));
  });
  return { process: child, holding };
}

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

interface OutageReport {
  trials: [number, number][];
  statuses: string[];
  free: FreeCapacity;
  resultsBeforeRestart: number;
  /** From the server's restart to every result in, and to the first. */
  recoveredMs: number;
  firstResultMs: number;
}

const OUTAGE_MS = Number(process.env.HYPERFLEET_OUTAGE_MS ?? 60_000);

/**
 * A worker and a coordinator transport lose their nats-server (kill -9) for OUTAGE_MS while two trials
 * run; the trials end during the outage and keep their results; the server comes back on the same
 * port and store. Runs in the background on a server of its own, so the minute costs the file nothing.
 */
async function runNatsOutage(signal: AbortSignal): Promise<OutageReport> {
  const server = await NatsServer.start();
  const options = { servers: server.url, prefix: "outage", maxDeliveries: 5 };
  const coordinator = await NatsCoordinatorTransport.connect(options);
  const worker = await NatsWorkerTransport.connect(options);
  try {
    const seen = await collect(coordinator);
    const trials = timedTrials(1_500);
    const claim = await worker.claim({ workerId: "outlasting", capabilities: CPU, slots: 2, onTrial: trials.onTrial });
    for (let i = 0; i < 4; i++) await coordinator.offer(offer("job-outage", i));
    await seen.until(() => trials.started.size === 2);
    await server.kill();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, OUTAGE_MS);
      signal.addEventListener("abort", () => (clearTimeout(timer), reject(new Error("aborted"))), { once: true });
    });
    const resultsBeforeRestart = seen.results().length;
    await server.restart();
    const restarted = Date.now();
    const distinct = () => new Set(seen.results().map((r) => attemptId(r as never))).size;
    const firstResult = seen.until(() => distinct() >= 1, 60_000).then(() => Date.now() - restarted);
    await retry(() => coordinator.offer(offer("job-outage", 4)));
    const firstResultMs = await firstResult;
    await seen.until(() => distinct() === 5, 60_000);
    const recoveredMs = Date.now() - restarted;
    await until(() => claim.free().slots === 2, 10_000);
    await seen.stop();
    return {
      trials: [...trials.started.entries()].sort(([a], [b]) => a - b),
      statuses: seen.results().map((r) => (r.type === "result" ? r.outcome.status : "")),
      free: claim.free(),
      resultsBeforeRestart,
      recoveredMs,
      firstResultMs,
    };
  } finally {
    await Promise.all([coordinator.close(), worker.close()]);
    await server.dispose();
  }
}

describe("transport conformance: a NATS outage of 60 s", () => {
  it("a worker and a coordinator that lose the server for 60 s carry on: results kept and published, exact counts, the worker's room back to full", async () => {
    const report = await natsOutage!;
    console.log(`nats outage of ${OUTAGE_MS / 1000} s: first result ${report.firstResultMs} ms and all ${report.recoveredMs} ms after the restart`);
    expect(report.resultsBeforeRestart).toBe(0);
    expect(report.trials).toEqual([0, 1, 2, 3, 4].map((id) => [id, 1])); // none trained twice
    expect(report.statuses.every((s) => s === "completed")).toBe(true);
    expect(report.free).toEqual({ slots: 2, cpus: CPU.cpus, memoryMiB: CPU.memoryMiB, gpus: [] });
  }, 180_000);
});
