// Cluster mode as users run it: `hyperfleet coordinator`, three `hyperfleet worker`s and the client
// commands as separate processes against a nats-server the test starts. The coordinator is killed
// with -9 mid-job and started again: its JetStream journal carries the job to completion with every
// observation, no trial id reused.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitReady } from "./support/coordinator-ready.js";
import { freePort, NatsServer } from "./support/nats-server.js";
import { RabbitServer } from "./support/rabbitmq-server.js";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
const TOKEN = "s3cret";
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-cluster-"));
const SCRIPT = join(dir, "quadratic.mjs");
writeFileSync(
  SCRIPT,
  `import { readFileSync } from "node:fs";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
const loss = (Number(hp.x) - 0.3) ** 2 + (Number(hp.y) + 1) ** 2;
await new Promise((r) => setTimeout(r, 300));
console.log("final loss=" + loss.toFixed(8));
`,
);
const JOB = join(dir, "job.yaml");
writeFileSync(
  JOB,
  `name: cluster-quad
objective: { metric: loss, type: minimize }
parameters:
  x: { type: continuous, min: -2, max: 2 }
  y: { type: continuous, min: -3, max: 3 }
limits: { maxTrials: 20, maxParallelTrials: 3 }
seed: 5
training:
  runtime: process
  command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(SCRIPT)}]
  metricDefinitions: [{ name: loss, regex: "final loss=([0-9.e+-]+)" }]
`,
);

describe("cluster mode from the command line", () => {
  let nats: NatsServer;
  let port: number;
  let url: string;
  const children: ChildProcess[] = [];
  const spawnCli = (args: string[]) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    children.push(child);
    return child;
  };
  const cli = (args: string[], token = TOKEN) =>
    spawnSync(process.execPath, [CLI, ...args, "--coordinator", url], { encoding: "utf8", env: { ...process.env, HYPERFLEET_TOKEN: token }, timeout: 60_000 });
  const startCoordinator = async () => {
    const child = spawnCli(["coordinator", "--nats", nats.url, "--prefix", "cluster", "--http", `127.0.0.1:${port}`, "--token", TOKEN]);
    await waitReady(url);
    return child;
  };
  const job = async (jobId: string) => {
    const res = await fetch(`${url}/v1/jobs/${jobId}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return (await res.json()) as { status: string; trainingJobStatusCounters: Record<string, number>; bestTrial: { objective: number } | null };
  };

  beforeAll(async () => {
    nats = await NatsServer.start();
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    await nats?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("every command has --help; a bad spec exits 2 naming the field", async () => {
    for (const command of ["tune", "coordinator", "worker", "submit", "status", "trials", "update", "stop", "delete", "logs", "dashboard"]) {
      const r = spawnSync(process.execPath, [CLI, command, "--help"], { encoding: "utf8" });
      expect(r.status, command).toBe(0);
      expect(r.stdout, command).toContain(`hyperfleet ${command}`);
    }
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "name: bad\nobjective: { metric: loss, type: smallest }\nparameters: { x: { type: continuous, min: 2, max: 1 } }\nlimits: { maxTrials: 0 }\ntraining: { runtime: process, command: [node] }\n");
    const r = spawnSync(process.execPath, [CLI, "tune", bad, "--out", join(dir, "bad-run")], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("objective.type");
    expect(r.stderr).toContain("limits.maxTrials");
    expect(r.stderr).toContain("parameters.x.min");
  });

  it("coordinator, three workers, submit, status, trials, logs; kill -9 of the coordinator mid-job loses nothing", async () => {
    let coordinator = await startCoordinator();
    for (const id of ["w1", "w2", "w3"]) spawnCli(["worker", "--nats", nats.url, "--prefix", "cluster", "--slots", "1", "--runtime", "process", "--id", id]);

    expect(cli(["status"], "wrong").status).toBe(1); // 401: a wrong token is refused
    const rejected = cli(["submit", join(dir, "bad.yaml")]); // written by the first test
    expect(rejected.status).toBe(2);
    expect(rejected.stderr).toContain("INVALID_JOB_SPEC");
    expect(rejected.stderr).toContain("limits.maxTrials");
    const submitted = cli(["submit", JOB]);
    expect(submitted.status, submitted.stderr).toBe(0);
    const jobId = submitted.stdout.trim().split("\n").at(-1)!;
    expect(jobId).toMatch(/^cluster-quad-\d+$/);

    const deadline = Date.now() + 30_000;
    while ((await job(jobId)).trainingJobStatusCounters.Completed! < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await job(jobId)).trainingJobStatusCounters.Completed).toBeLessThan(20); // mid-job
    coordinator.kill("SIGKILL");
    await new Promise((r) => coordinator.once("exit", r));
    coordinator = await startCoordinator();

    const watched = cli(["status", jobId, "--watch", "--interval", "1"]);
    expect(watched.status, watched.stdout + watched.stderr).toBe(0);
    const final = JSON.parse(cli(["status", jobId, "--json"]).stdout) as Awaited<ReturnType<typeof job>>;
    expect(final.status).toBe("Completed");
    expect(final.trainingJobStatusCounters).toEqual({ Completed: 20, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
    expect(final.bestTrial!.objective).toBeLessThan(0.05);

    const { trials } = JSON.parse(cli(["trials", jobId, "--json"]).stdout) as { trials: { trialId: number; status: string }[] };
    expect(trials.map((t) => t.trialId).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(trials.every((t) => t.status === "Completed")).toBe(true);
    const logs = cli(["logs", jobId, "0"]);
    expect(logs.stdout).toContain("final loss=");

    // Workers announce themselves every 10 s: the restarted coordinator knows them after the next round.
    const scrape = async () => (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    let metrics = await scrape();
    for (let i = 0; i < 150 && !metrics.includes('hyperfleet_workers{resource_class="cpu",state="idle"} 3'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      metrics = await scrape();
    }
    for (const series of [
      `hyperfleet_trials_total{job="${jobId}",status="Completed"}`,
      `hyperfleet_trials_running{job="${jobId}",resource_class=`,
      "hyperfleet_suggest_duration_seconds_count",
      "hyperfleet_gp_fit_duration_seconds_count",
      `hyperfleet_best_objective{job="${jobId}"}`,
      'hyperfleet_workers{resource_class="cpu",state="idle"} 3',
      "hyperfleet_messages_malformed_total 0",
      'hyperfleet_jobs{state="Completed"} 1',
    ]) expect(metrics, series).toContain(series);

    coordinator.kill("SIGTERM");
    const code = await new Promise((r) => coordinator.once("exit", r));
    expect(code).toBe(0);
  }, 120_000);

  it("the same job over RabbitMQ: coordinator --amqp with a journal file, two workers, submit, status", async () => {
    const rabbit = await RabbitServer.start();
    const httpPort = await freePort();
    const api = `http://127.0.0.1:${httpPort}`;
    try {
      spawnCli(["coordinator", "--amqp", rabbit.url, "--prefix", "rmq", "--http", `127.0.0.1:${httpPort}`, "--journal", join(dir, "rmq-journal.jsonl")]);
      await waitReady(api);
      for (const id of ["r1", "r2"]) spawnCli(["worker", "--amqp", rabbit.url, "--prefix", "rmq", "--slots", "1", "--runtime", "process", "--id", id]);
      const small = join(dir, "small.yaml");
      writeFileSync(small, readFileSync(JOB, "utf8").replace("maxTrials: 20, maxParallelTrials: 3", "maxTrials: 6, maxParallelTrials: 2"));
      const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, "--coordinator", api], { encoding: "utf8", env: { ...process.env, HYPERFLEET_TOKEN: "" }, timeout: 60_000 });
      const jobId = run(["submit", small]).stdout.trim().split("\n").at(-1)!;
      const watched = run(["status", jobId, "--watch", "--interval", "1"]);
      expect(watched.status, watched.stdout + watched.stderr).toBe(0);
      const final = JSON.parse(run(["status", jobId, "--json"]).stdout) as { status: string; trainingJobStatusCounters: Record<string, number> };
      expect(final.status).toBe("Completed");
      expect(final.trainingJobStatusCounters.Completed).toBe(6);
      const journal = readFileSync(join(dir, "rmq-journal.jsonl"), "utf8");
      expect(journal).toContain('"type":"job-ended"');
    } finally {
      await rabbit.dispose();
    }
  }, 120_000);
});
