// `hyperfleet worker` as a real process over a real nats-server: flags, --help, exit codes, and a
// worker killed with -9 mid-trial whose trial then runs on another worker.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Coordinator, MemoryJournal } from "@hyperfleet/coordinator";
import { NatsCoordinatorTransport, type TransportEvent } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
/** A Docker host where no engine answers. */
const NO_DOCKER = "unix:///nonexistent/hyperfleet-test/docker.sock";
const TRAIN = fileURLToPath(new URL("./fixtures/train.mjs", import.meta.url));

/** A stdout-metrics run of the training fixture: `epochs` epochs of 100 ms. */
function trainingOffer(trialId: number, epochs: number) {
  return {
    jobId: "cli-job",
    trialId,
    attempt: 1,
    hyperparameters: { channel: "stdout", epochs, sleep_ms: 100 },
    staticHyperparameters: {},
    training: { runtime: "process" as const, command: [process.execPath, TRAIN] },
    resources: { cpus: 1, memoryMiB: 64, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
  };
}

describe("hyperfleet worker", () => {
  it("prints --help and exits 0; bad flags exit 2 with the reason", () => {
    const help = spawnSync(process.execPath, [CLI, "worker", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--slots N");
    const bad = spawnSync(process.execPath, [CLI, "worker", "--nats", "nats://127.0.0.1:1", "--slots", "zero"], { encoding: "utf8", env: { ...process.env, HYPERFLEET_AMQP_URL: "" } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--slots");
    const none = spawnSync(process.execPath, [CLI, "worker"], { encoding: "utf8", env: { ...process.env, HYPERFLEET_NATS_URL: "", HYPERFLEET_AMQP_URL: "" } });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("--nats");
    // --runtime docker and no engine: nothing to serve, said before any broker is asked.
    const noDocker = spawnSync(process.execPath, [CLI, "worker", "--nats", "nats://127.0.0.1:1", "--runtime", "docker"], { encoding: "utf8", env: { ...process.env, DOCKER_HOST: NO_DOCKER } });
    expect(noDocker.status).toBe(1);
    expect(noDocker.stderr).toContain("no Docker engine answers");
  });

  describe("over NATS", () => {
    let nats: NatsServer;
    const children: ChildProcess[] = [];
    beforeAll(async () => {
      nats = await NatsServer.start();
    });
    afterAll(async () => {
      for (const c of children) c.kill("SIGKILL");
      await nats?.dispose();
    });

    const startWorker = (id: string, prefix = "cli", runtime = "process") => {
      const child = spawn(process.execPath, [CLI, "worker", "--nats", nats.url, "--prefix", prefix, "--slots", "1", "--runtime", runtime, "--id", id, "--shutdown-grace", "1"], {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, DOCKER_HOST: NO_DOCKER },
      });
      children.push(child);
      return child;
    };

    it("--runtime both with no Docker engine serves process trials only, says so, and never takes a docker trial", async () => {
      const coordinator = await NatsCoordinatorTransport.connect({ servers: nats.url, prefix: "cli3" });
      const events: TransportEvent[] = [];
      const sub = await coordinator.consumeEvents((e) => void events.push(e));
      const w = startWorker("no-docker", "cli3", "both");
      let stderr = "";
      w.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      await until(() => events.some((e) => e.type === "worker" && e.announcement.workerId === "no-docker"));
      const announced = events.find((e) => e.type === "worker")!;
      expect(announced.type === "worker" && announced.announcement.capabilities.runtimes).toEqual(["process"]);
      await until(() => stderr.includes("worker started"));
      expect(stderr).toContain("no Docker engine answers");
      expect(stderr).toContain("serves process trials");
      await coordinator.offer({ ...trainingOffer(7, 1), training: { runtime: "docker", image: "train:1", command: [] } });
      await coordinator.offer(trainingOffer(8, 1));
      await until(() => events.some((e) => e.type === "result" && e.trialId === 8), 20_000);
      expect(events.filter((e) => e.type === "claim").map((e) => e.type === "claim" && e.trialId)).toEqual([8]);
      w.kill("SIGTERM");
      await sub.stop();
      await coordinator.close();
    }, 60_000);

    it("a worker killed with -9 mid-trial loses nothing: another worker runs the trial and the job's counts are right", async () => {
      const coordinator = new Coordinator(await NatsCoordinatorTransport.connect({ servers: nats.url, prefix: "cli", leaseMs: 2000 }), new MemoryJournal());
      await coordinator.start();
      const first = startWorker("first");
      await until(() => coordinator.workers.get("first") !== undefined);
      const jobId = await coordinator.submit({
        name: "kill-nine",
        objective: { metric: "loss", type: "minimize" },
        parameters: { channel: { type: "categorical", values: ["stdout"] }, epochs: { type: "integer", min: 30, max: 31 }, sleep_ms: { type: "categorical", values: [100] } },
        limits: { maxTrials: 1 },
        training: { runtime: "process", command: [process.execPath, TRAIN] },
      });
      const job = coordinator.jobs.get(jobId)!;
      await until(() => job.trials.get(0)?.status === "Running" && Object.keys(job.trials.get(0)!.metrics).length > 0);
      expect(job.trials.get(0)!.workerId).toBe("first");
      first.kill("SIGKILL");
      startWorker("second");
      await until(() => job.status !== "InProgress", 45_000);
      expect(job.status).toBe("Completed");
      expect(job.trials.get(0)!.workerId).toBe("second");
      expect(job.counters).toEqual({ Completed: 1, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
      await coordinator.stop();
    }, 60_000);

    it("SIGTERM: a running trial gets its grace period, then goes back; the worker exits 0", async () => {
      const coordinator = await NatsCoordinatorTransport.connect({ servers: nats.url, prefix: "cli2", leaseMs: 2000 });
      const events: TransportEvent[] = [];
      const sub = await coordinator.consumeEvents((e) => void events.push(e));
      const w = startWorker("graceful", "cli2");
      await until(() => events.some((e) => e.type === "worker" && e.announcement.workerId === "graceful"));
      await coordinator.offer(trainingOffer(2, 100));
      await until(() => events.some((e) => e.type === "metrics" && e.trialId === 2));
      const exited = new Promise<number | null>((r) => w.once("exit", (code) => r(code)));
      w.kill("SIGTERM");
      expect(await exited).toBe(0);
      // Handed back, not finished: no result, a `released` event, and the attempt is claimable again.
      expect(events.some((e) => e.type === "result" && e.trialId === 2)).toBe(false);
      await until(() => events.some((e) => e.type === "released" && e.trialId === 2), 5_000);
      expect(events.find((e) => e.type === "released")).toMatchObject({ workerId: "graceful", delivery: 1, reason: "the worker is shutting down" });
      const left = () => events.some((e) => e.type === "worker" && e.announcement.workerId === "graceful" && e.announcement.leaving);
      await until(left, 5_000);
      await sub.stop();
      await coordinator.close();
    }, 60_000);
  });
});
