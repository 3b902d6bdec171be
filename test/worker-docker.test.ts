// The docker runtime against a real Docker engine. No image can be pulled here: the test builds a
// small one (FROM scratch, this machine's node and its libraries, the training fixture).
import Docker from "dockerode";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInProcessTransport, type TransportEvent, type TrialOffer } from "@hyperfleet/transport";
import { DockerRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerEngine } from "./support/docker-engine.js";

const IMAGE = "hyperfleet-test-train:1";
/** The digits example laid out as its Dockerfile does (SageMaker's /opt/ml/code), on this machine's node. */
const EXAMPLE_IMAGE = "hyperfleet-test-digits:1";
let engine: DockerEngine;
let docker: Docker;

beforeAll(async () => {
  engine = await DockerEngine.start();
  await engine.buildNodeImage(IMAGE, { "/opt/train.mjs": fileURLToPath(new URL("./fixtures/train.mjs", import.meta.url)) });
  await engine.buildNodeImage(EXAMPLE_IMAGE, {
    "/opt/ml/code/train.mjs": fileURLToPath(new URL("../examples/digits-mlp/train.mjs", import.meta.url)),
    "/opt/ml/code/data/digits.csv.gz": fileURLToPath(new URL("../examples/digits-mlp/data/digits.csv.gz", import.meta.url)),
  });
  docker = new Docker({ socketPath: engine.socketPath });
}, 120_000);
afterAll(async () => {
  await engine?.stop();
}, 60_000);

function offer(trialId: number, hyperparameters: TrialOffer["hyperparameters"], image = IMAGE): TrialOffer {
  return {
    jobId: "dj",
    trialId,
    attempt: 1,
    hyperparameters,
    staticHyperparameters: { epochs: "3" },
    training: { runtime: "docker", image, command: ["/opt/train.mjs"], metricDefinitions: [{ name: "loss", regex: "validation loss=([0-9.]+)" }] },
    resources: { cpus: 0.5, memoryMiB: 256, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
  };
}

async function setup() {
  const t = createInProcessTransport();
  const events: TransportEvent[] = [];
  const sub = await t.coordinator.consumeEvents((e) => void events.push(e));
  const worker = new Worker({
    transport: t.worker(),
    workerId: "dw",
    capabilities: { cpus: 2, memoryMiB: 4096, gpus: [], labels: {} },
    slots: 2,
    runtimes: { docker: new DockerRuntime({ docker }) },
    heartbeatMs: 200,
    stopGraceMs: 1000,
  });
  await worker.start();
  const result = (id: number) => events.find((e) => e.type === "result" && e.trialId === id) as Extract<TransportEvent, { type: "result" }> | undefined;
  const until = async (pred: () => boolean, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`timed out: ${events.map((e) => e.type).join(",")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const metrics = (id: number) => events.flatMap((e) => (e.type === "metrics" && e.trialId === id ? e.points : []));
  return { t, worker, events, result, until, metrics, close: async () => (await worker.shutdown(1000), await sub.stop()) };
}

describe("docker runtime", () => {
  it("trains the digits example in a container: hyperparameters from /opt/ml/input/config, accuracy every epoch", async () => {
    const s = await setup();
    const base = offer(7, { learning_rate: 0.1, hidden_units: 32, batch_size: 32 }, EXAMPLE_IMAGE);
    await s.t.coordinator.offer({
      ...base,
      staticHyperparameters: { epochs: "3" },
      training: { ...base.training, command: ["/opt/ml/code/train.mjs"], metricDefinitions: [{ name: "validation:accuracy", regex: "val_accuracy=([0-9.]+)" }], objectiveMetric: "validation:accuracy" },
    });
    await s.until(() => s.result(7) !== undefined, 60_000);
    expect(s.result(7)!.outcome.status).toBe("completed");
    const accuracy = s.metrics(7).filter((p) => p.name === "validation:accuracy");
    expect(accuracy).toHaveLength(3);
    expect(accuracy.at(-1)!.value).toBeGreaterThan(0.8);
    await s.close();
  }, 90_000);

  it("mounts each data channel read-only at /opt/ml/input/data/<channel> and names it in SM_CHANNEL_<NAME>", async () => {
    const data = mkdtempSync(join(tmpdir(), "hyperfleet-channel-"));
    writeFileSync(join(data, "rows.csv"), "a,b\n1,2\n");
    const s = await setup();
    const base = offer(8, {}, EXAMPLE_IMAGE);
    const script = "const fs=require('fs');const d=process.env.SM_CHANNEL_TRAIN;console.log('rows '+fs.readFileSync(d+'/rows.csv','utf8').trim().split('\\n').length+' at '+d);try{fs.writeFileSync(d+'/x','y')}catch(e){console.log('read-only '+e.code)}";
    await s.t.coordinator.offer({ ...base, training: { ...base.training, command: ["-e", script], dataChannels: { train: data } } });
    await s.until(() => s.result(8) !== undefined);
    const log = s.worker.logTail("dj", 8, 1).join("\n");
    expect(log).toContain("rows 2 at /opt/ml/input/data/train");
    expect(log).toContain("read-only EROFS");
    await s.close();
    rmSync(data, { recursive: true, force: true });
  }, 60_000);

  it("runs the image with SageMaker's hyperparameters file, streams metrics, applies limits, removes the container", async () => {
    const s = await setup();
    await s.t.coordinator.offer(offer(1, { channel: "file", act: "tanh" }));
    await s.until(() => s.result(1) !== undefined);
    expect(s.result(1)!.outcome.status).toBe("completed");
    expect(s.metrics(1).filter((p) => p.name === "loss").map((p) => p.step)).toEqual([0, 1, 2]);
    const line = s.worker.logTail("dj", 1, 1).find((l) => l.startsWith("hyperparameters "))!;
    expect(line).toContain('"act":"tanh"');
    expect(line).toContain("env-act=tanh");
    const left = await docker.listContainers({ all: true, filters: { label: ["hyperfleet.job=dj"] } });
    expect(left).toEqual([]);
    await s.close();
  }, 60_000);

  it("sets the CPU and memory limits of the resource request", async () => {
    const s = await setup();
    let seen: Docker.ContainerInspectInfo | undefined;
    // One poll at a time: the next starts 50 ms after the last one ended (errors count as no container yet).
    let watching = true;
    const poll = async (): Promise<void> => {
      const [c] = await docker.listContainers({ filters: { label: ["hyperfleet.trial=2"] } }).catch(() => []);
      if (c && !seen) seen = await docker.getContainer(c.Id).inspect().catch(() => undefined);
      if (watching) setTimeout(() => void poll(), 50);
    };
    void poll();
    await s.t.coordinator.offer(offer(2, { channel: "regex", epochs: 20, sleep_ms: 50 }));
    await s.until(() => s.result(2) !== undefined);
    watching = false;
    expect(seen?.HostConfig.NanoCpus).toBe(5e8);
    expect(seen?.HostConfig.Memory).toBe(256 * 2 ** 20);
    expect(s.metrics(2).length).toBe(20);
    await s.close();
  }, 60_000);

  it("stops a container on command: it ends Stopped, with its last metrics", async () => {
    const s = await setup();
    await s.t.coordinator.offer(offer(3, { channel: "stdout", epochs: 1000, sleep_ms: 50 }));
    await s.until(() => s.metrics(3).length >= 3);
    await s.t.coordinator.sendControl("dw", { type: "stop-trial", jobId: "dj", trialId: 3, attempt: 1, reason: "user" });
    await s.until(() => s.result(3) !== undefined);
    expect(s.result(3)!.outcome.status).toBe("stopped");
    expect(s.result(3)!.outcome.finalMetrics.length).toBeGreaterThan(0);
    await s.close();
  }, 60_000);

  it("fails clearly, and not retryably, when the image is missing and cannot be pulled", async () => {
    const s = await setup();
    await s.t.coordinator.offer(offer(4, {}, "hyperfleet-no-such-image:0"));
    await s.until(() => s.result(4) !== undefined);
    const o = s.result(4)!.outcome;
    expect(o.status === "failed" && o.error).toMatchObject({ code: "IMAGE_UNAVAILABLE", retryable: false });
    await s.close();
  }, 60_000);
});
