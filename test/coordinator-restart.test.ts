// A coordinator killed with -9 while results are in flight, as processes against the test's own
// nats-server: after the restart every job gets its next trial within 5 s of /readyz, no stop command
// goes to an attempt the coordinator still wants, and every job completes with exact counts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCaller, CliProcesses } from "./support/cli-process.js";
import { waitReady } from "./support/coordinator-ready.js";
import { freePort, NatsServer } from "./support/nats-server.js";

const TOKEN = "restart-token";
// One trial at a time per job: a job whose only result sat in the killed coordinator's unacknowledged
// batch has nothing else to wake it, so a slow redelivery shows as a stalled job.
const JOBS = 12;
const TRIALS = 8;
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-restart-"));
const SCRIPT = join(dir, "short.mjs");
writeFileSync(SCRIPT, `await new Promise((r) => setTimeout(r, 250));\nconsole.log("loss=" + ((Number(process.env.HP_X) - 0.3) ** 2).toFixed(6));\n`);

interface Trial {
  trialId: number;
  status: string;
}

describe("a coordinator restarted after kill -9 with results in flight", () => {
  let nats: NatsServer;
  let api: string;
  let httpPort: number;
  const processes = new CliProcesses();
  const spawnCli = (args: string[]) => processes.spawn(args);
  const call = apiCaller(() => api, TOKEN);
  const trials = async (jobId: string) => ((await call(`/v1/jobs/${jobId}/trials`)).trials as Trial[]) ?? [];
  // Asked often: the 5 s bound below is measured from the moment /readyz first answers.
  const ready = () => waitReady(api, 25);
  const startCoordinator = () => spawnCli(["coordinator", "--nats", nats.url, "--prefix", "restart", "--http", `127.0.0.1:${httpPort}`, "--token", TOKEN]);

  beforeAll(async () => {
    nats = await NatsServer.start();
    httpPort = await freePort();
    api = `http://127.0.0.1:${httpPort}`;
  });
  afterAll(async () => {
    processes.killAll();
    await nats?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${JOBS} jobs, one trial at a time: each gets its next trial within 5 s of /readyz, no needless stop, exact counts`, async () => {
    let coordinator = startCoordinator();
    await ready();
    for (const id of ["a", "b", "c", "d"]) spawnCli(["worker", "--nats", nats.url, "--prefix", "restart", "--slots", "3", "--runtime", "process", "--id", id]);
    const jobIds: string[] = [];
    for (let j = 0; j < JOBS; j++) {
      const spec = {
        name: `restart-${j}`,
        objective: { metric: "loss", type: "minimize" },
        strategy: "random",
        seed: j,
        parameters: { x: { type: "continuous", min: 0, max: 1 } },
        limits: { maxTrials: TRIALS, maxParallelTrials: 1 },
        training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
      };
      jobIds.push((await call("/v1/jobs", { method: "POST", body: JSON.stringify(spec) })).jobId as string);
    }
    // Kill it in full flow, every job with a trial running: results are in flight, some delivered to
    // it and not yet acknowledged.
    const done = async (jobId: string) => (await trials(jobId)).filter((t) => t.status === "Completed").length;
    const until = Date.now() + 30_000;
    while (Date.now() < until && (await Promise.all(jobIds.map(done))).some((n) => n < 2)) await new Promise((r) => setTimeout(r, 20));
    coordinator.kill("SIGKILL");
    await new Promise((r) => coordinator.once("exit", r));

    coordinator = startCoordinator();
    const readyAt = await ready();
    const before = new Map(await Promise.all(jobIds.map(async (id) => [id, (await trials(id)).length] as const)));
    const nextTrialAfter = new Map<string, number>();
    while (nextTrialAfter.size < JOBS && Date.now() - readyAt < 15_000) {
      for (const id of jobIds) {
        // A job that had created all its trials before the kill ends instead: that is its progress.
        const moved = (await trials(id)).length > before.get(id)! || (await call(`/v1/jobs/${id}`)).status !== "InProgress";
        if (!nextTrialAfter.has(id) && moved) nextTrialAfter.set(id, Date.now() - readyAt);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const waits = jobIds.map((id) => nextTrialAfter.get(id) ?? Infinity);
    const stalled = await Promise.all(jobIds.filter((id) => !nextTrialAfter.has(id)).map(async (id) => `${id}: ${JSON.stringify(await trials(id))}`));
    expect(Math.max(...waits), `ms from /readyz to each job's next trial: ${waits.join(", ")}; stalled: ${stalled.join("; ")}`).toBeLessThan(5_000);

    for (const id of jobIds) {
      const deadline = Date.now() + 60_000;
      while ((await call(`/v1/jobs/${id}`)).status === "InProgress" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      const job = await call(`/v1/jobs/${id}`);
      expect(job.status, id).toBe("Completed");
      expect(job.trainingJobStatusCounters, id).toEqual({ Completed: TRIALS, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
      const all = await trials(id);
      expect(all.map((t) => t.trialId).sort((a, b) => a - b), id).toEqual([...Array(TRIALS).keys()]);
    }
    // The restarted coordinator sent no stop: every attempt it saw again was one it still wanted.
    const metrics = await (await fetch(`${api}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(metrics.split("\n").filter((l) => l.startsWith("hyperfleet_trial_stops_total{"))).toEqual([]);
  }, 120_000);
});
