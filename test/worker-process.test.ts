// The worker with the process runtime, end to end over the in-process transport (fast, same
// semantics) and once over a real nats-server this file starts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createInProcessTransport,
  NatsCoordinatorTransport,
  NatsWorkerTransport,
  type CoordinatorTransport,
  type HyperparameterValue,
  type TrialOffer,
  type TransportEvent,
  type WorkerTransport,
} from "@hyperfleet/transport";
import { parseDeclaredGpus, ProcessRuntime, Worker, type MachineCapabilities } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";

const TRAIN = fileURLToPath(new URL("./fixtures/train.mjs", import.meta.url));
const CPU: MachineCapabilities = { cpus: 4, memoryMiB: 4096, gpus: [], labels: {} };

function offer(trialId: number, hyperparameters: Record<string, HyperparameterValue>, extra: Partial<TrialOffer> = {}): TrialOffer {
  return {
    jobId: "job",
    trialId,
    attempt: 1,
    hyperparameters,
    staticHyperparameters: { epochs: "3" },
    training: { runtime: "process", command: [process.execPath, TRAIN], metricDefinitions: [{ name: "loss", regex: "validation loss=([0-9.]+)" }] },
    resources: { cpus: 1, memoryMiB: 128, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
    ...extra,
  };
}

async function watch(coordinator: CoordinatorTransport) {
  const events: TransportEvent[] = [];
  const sub = await coordinator.consumeEvents((e) => void events.push(e));
  const result = (trialId: number) => events.find((e) => e.type === "result" && e.trialId === trialId) as Extract<TransportEvent, { type: "result" }> | undefined;
  return {
    events,
    result,
    metrics: (trialId: number) => events.flatMap((e) => (e.type === "metrics" && e.trialId === trialId ? e.points : [])),
    async until(pred: () => boolean, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      while (!pred()) {
        if (Date.now() > end) throw new Error(`timed out; events: ${events.map((e) => e.type).join(",")}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () => sub.stop(),
  };
}

async function startWorker(transport: WorkerTransport, id: string, capabilities = CPU, slots = 2) {
  const w = new Worker({ transport, workerId: id, capabilities, slots, runtimes: { process: new ProcessRuntime() }, heartbeatMs: 200, stopGraceMs: 1000 });
  await w.start();
  return w;
}

describe("worker, process runtime (in-process transport)", () => {
  it.each(["sdk", "file", "stdout", "regex"])("streams per-epoch metrics through the %s channel, in order, then completes", async (channel) => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const worker = await startWorker(t.worker(), "w");
    await t.coordinator.offer(offer(1, { channel, act: "relu" }));
    await seen.until(() => seen.result(1) !== undefined);
    expect(seen.result(1)!.outcome.status).toBe("completed");
    expect(seen.metrics(1).filter((p) => p.name === "loss").map((p) => [p.step, Number(p.value.toFixed(6))])).toEqual([[0, 1], [1, 0.5], [2, 0.333333]]);
    expect(seen.result(1)!.outcome.finalMetrics.find((p) => p.name === "loss")!.step).toBe(2);
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("passes hyperparameters as SageMaker strings in the file and as HP_ variables, never through a shell", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const worker = await startWorker(t.worker(), "w");
    const evil = "relu; touch /tmp/hyperfleet-pwned $(id)";
    await t.coordinator.offer(offer(2, { channel: "regex", act: evil, lr: 0.001, layers: 3, bn: true }));
    await seen.until(() => seen.result(2) !== undefined);
    const line = worker.logTail("job", 2, 1).find((l) => l.startsWith("hyperparameters "))!;
    expect(JSON.parse(line.slice("hyperparameters ".length, line.indexOf(" env-act=")))).toEqual({ epochs: "3", channel: "regex", act: evil, lr: "0.001", layers: "3", bn: "true" });
    expect(line.endsWith(`env-act=${evil}`)).toBe(true);
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("runs only what its allow-list permits: an assignment outside it ends NOT_ALLOWED and never starts", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const marker = join(mkdtempSync(join(tmpdir(), "hyperfleet-allow-")), "ran");
    const w = new Worker({ transport: t.worker(), workerId: "w", capabilities: CPU, slots: 2, runtimes: { process: new ProcessRuntime() }, allow: { commands: [`${process.execPath} ${TRAIN}`] } });
    await w.start();
    await t.coordinator.offer(offer(20, { channel: "regex" }));
    await t.coordinator.offer(offer(21, {}, { training: { runtime: "process", command: [process.execPath, "-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`], metricDefinitions: [] } as TrialOffer["training"] }));
    await seen.until(() => seen.result(20) !== undefined && seen.result(21) !== undefined);
    expect(seen.result(20)!.outcome.status).toBe("completed");
    const refused = seen.result(21)!.outcome;
    expect(refused.status === "failed" && refused.error).toMatchObject({ code: "NOT_ALLOWED", retryable: false });
    expect(existsSync(marker)).toBe(false); // never started
    await w.shutdown(1000);
    await seen.stop();
  });

  it("reports a non-zero exit as a non-retryable failure with the last output", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const worker = await startWorker(t.worker(), "w");
    await t.coordinator.offer(offer(3, { channel: "regex", fail: "true" }));
    await seen.until(() => seen.result(3) !== undefined);
    const o = seen.result(3)!.outcome;
    expect(o.status).toBe("failed");
    expect(o.status === "failed" && o.error).toMatchObject({ code: "TRAINING_EXIT_CODE", retryable: false });
    expect(o.status === "failed" && o.error.message).toContain("something broke");
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("keeps each attempt's model, output and stdout/stderr under its artifacts root, says where in the result, and keeps none when told", async () => {
    const root = mkdtempSync(join(tmpdir(), "hyperfleet-artifacts-"));
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const keeping = new Worker({ transport: t.worker(), workerId: "keeper", capabilities: CPU, slots: 1, runtimes: { process: new ProcessRuntime() }, artifacts: { root } });
    await keeping.start();
    await t.coordinator.offer(offer(5, { channel: "regex", save_model: "true" }));
    await t.coordinator.offer(offer(6, { channel: "regex", failure: "out of memory on batch 7" }));
    await seen.until(() => seen.result(5) !== undefined && seen.result(6) !== undefined);
    const kept = seen.result(5)!.outcome.artifacts!;
    expect(kept.path).toBe(join(root, "job", "5", "attempt-1"));
    expect(JSON.parse(readFileSync(join(kept.path, "model", "model.json"), "utf8"))).toMatchObject({ save_model: "true", epochs: "3" });
    expect(readFileSync(join(kept.path, "stdout.log"), "utf8")).toContain("epoch 2 validation loss=0.333333");
    expect(existsSync(join(kept.path, "stderr.log"))).toBe(true);
    // SageMaker's failure file becomes the failure's message.
    const failed = seen.result(6)!.outcome;
    expect(failed.status === "failed" && failed.error.message).toContain("out of memory on batch 7");
    expect(readFileSync(join(failed.artifacts!.path, "output", "failure"), "utf8")).toBe("out of memory on batch 7");
    await keeping.shutdown(1000);

    const none = new Worker({ transport: t.worker(), workerId: "none", capabilities: CPU, slots: 1, runtimes: { process: new ProcessRuntime() }, artifacts: { root, keep: "none" } });
    await none.start();
    await t.coordinator.offer(offer(7, { channel: "regex", save_model: "true" }));
    await seen.until(() => seen.result(7) !== undefined);
    expect(seen.result(7)!.outcome.status).toBe("completed");
    expect(seen.result(7)!.outcome.artifacts).toBeUndefined();
    expect(existsSync(join(root, "job", "7"))).toBe(false);
    await none.shutdown(1000);
    await seen.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("stops a trial on command: SIGTERM, and it ends Stopped with its last metrics", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const worker = await startWorker(t.worker(), "w");
    await t.coordinator.offer(offer(4, { channel: "stdout", epochs: 1000, sleep_ms: 50 }));
    await seen.until(() => seen.metrics(4).length >= 3);
    await t.coordinator.sendControl("w", { type: "stop-trial", jobId: "job", trialId: 4, attempt: 1, reason: "early stopping" });
    await seen.until(() => seen.result(4) !== undefined);
    expect(seen.result(4)!.outcome.status).toBe("stopped");
    expect(seen.result(4)!.outcome.finalMetrics.length).toBeGreaterThan(0);
    expect(worker.logTail("job", 4, 1)).toContain("got SIGTERM");
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("gives each trial its own GPU: two declared GPUs, three one-GPU trials, never two on one GPU", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const gpus = parseDeclaredGpus("0:FakeGPU,1:FakeGPU");
    const worker = await startWorker(t.worker(), "g", { ...CPU, gpus }, 3);
    for (const id of [10, 11, 12]) await t.coordinator.offer(offer(id, { channel: "file", epochs: 3, sleep_ms: 150 }, { resources: { cpus: 1, memoryMiB: 128, gpus: 1 } }));
    await seen.until(() => [10, 11, 12].every((id) => seen.result(id)));
    const spans = [10, 11, 12].map((id) => {
      const claim = seen.events.find((e) => e.type === "claim" && e.trialId === id) as Extract<TransportEvent, { type: "claim" }>;
      return { gpu: seen.metrics(id).find((p) => p.name === "gpu")!.value, from: claim.claimedUnixMs, to: seen.result(id)!.finishedUnixMs };
    });
    expect(spans.every((s) => s.gpu === 0 || s.gpu === 1)).toBe(true);
    for (const a of spans) for (const b of spans) if (a !== b && a.gpu === b.gpu) expect(a.to <= b.from || b.to <= a.from).toBe(true);
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("serves the runtimes it is given, announces them, and refuses to start with none", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const worker = await startWorker(t.worker(), "p");
    expect(worker.capabilities.runtimes).toEqual(["process"]);
    await seen.until(() => seen.events.some((e) => e.type === "worker"));
    const announced = seen.events.find((e) => e.type === "worker")!;
    expect(announced.type === "worker" && announced.announcement.capabilities.runtimes).toEqual(["process"]);
    // capabilities.runtimes only narrows: a docker runtime it is not to serve, and nothing left to serve.
    const none = () => new Worker({ transport: t.worker(), workerId: "none", capabilities: { ...CPU, runtimes: ["docker"] }, slots: 1, runtimes: { process: new ProcessRuntime() } });
    expect(none).toThrow(/serves no runtime/);
    await worker.shutdown(1000);
    await seen.stop();
  });

  it("graceful shutdown hands a running trial back, and another worker runs the copy the coordinator queues", async () => {
    const t = createInProcessTransport();
    const seen = await watch(t.coordinator);
    const first = await startWorker(t.worker(), "first", CPU, 1);
    const original = offer(5, { channel: "stdout", epochs: 40, sleep_ms: 50 });
    await t.coordinator.offer(original);
    await seen.until(() => seen.metrics(5).length > 0);
    await first.shutdown(100); // deadline passes, the trial goes back
    // What the coordinator does with the released event: a fresh copy carrying the counts.
    const released = seen.events.find((e) => e.type === "released");
    expect(released).toMatchObject({ requeue: true, delivery: 1 });
    if (released?.type === "released") await t.coordinator.offer({ ...original, carried: { deliveries: released.delivery, lost: released.lost ?? 0 } });
    const second = await startWorker(t.worker(), "second", CPU, 1);
    await seen.until(() => seen.result(5) !== undefined);
    expect(seen.result(5)!.workerId).toBe("second");
    expect(first.counts.handedBack).toBe(1);
    // The hand-back said so, and did not count: the second run is delivery 2, and its events say it.
    expect(seen.events.find((e) => e.type === "released")).toMatchObject({ workerId: "first", delivery: 1 });
    expect(seen.result(5)!.delivery).toBe(2);
    await second.shutdown(1000);
    await seen.stop();
  });
});

describe("worker, process runtime over real NATS", () => {
  let nats: NatsServer;
  beforeAll(async () => {
    nats = await NatsServer.start();
  });
  afterAll(async () => {
    await nats?.dispose();
  });

  it.each(["sdk", "file", "stdout", "regex"])("streams metrics through the %s channel over NATS, in order", async (channel) => {
    const options = { servers: nats.url, prefix: `ch${channel}${process.pid}` };
    const coordinator = await NatsCoordinatorTransport.connect(options);
    const seen = await watch(coordinator);
    const worker = await startWorker(await NatsWorkerTransport.connect(options), "n");
    await coordinator.offer(offer(20, { channel, act: "relu" }));
    await seen.until(() => seen.result(20) !== undefined);
    expect(seen.result(20)!.outcome.status).toBe("completed");
    expect(seen.metrics(20).filter((p) => p.name === "loss").map((p) => p.step)).toEqual([0, 1, 2]);
    await worker.shutdown(1000);
    await seen.stop();
    await coordinator.close();
  });

  it("a worker that dies mid-trial loses nothing: the lease runs out and another worker reruns it", async () => {
    const options = { servers: nats.url, prefix: `wk${process.pid}`, leaseMs: 1500 };
    const coordinator = await NatsCoordinatorTransport.connect(options);
    const seen = await watch(coordinator);
    const dyingTransport = await NatsWorkerTransport.connect(options);
    const dying = await startWorker(dyingTransport, "dying", CPU, 1);
    await coordinator.offer(offer(6, { channel: "sdk", epochs: 20, sleep_ms: 50 }));
    await seen.until(() => seen.metrics(6).length > 0);
    // The worker's host vanishes: no heartbeats, no result, its connection gone.
    await dyingTransport.close();
    expect(dying.runningCount).toBeLessThanOrEqual(1);
    const healthy = await startWorker(await NatsWorkerTransport.connect(options), "healthy", CPU, 1);
    await seen.until(() => seen.events.some((e) => e.type === "result" && e.workerId === "healthy"), 30_000);
    const claims = seen.events.filter((e) => e.type === "claim" && e.trialId === 6) as Extract<TransportEvent, { type: "claim" }>[];
    expect(claims.map((c) => [c.workerId, c.delivery])).toEqual([["dying", 1], ["healthy", 2]]);
    await healthy.shutdown(1000);
    await seen.stop();
    await coordinator.close();
  }, 60_000);
});
