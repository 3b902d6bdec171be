// The Python client (clients/python) on Debian's python3: its own unittest suite (the training
// helpers, the stdlib-only build backend installed into a fresh venv, Client and Study against
// coordinators the Python tests start with `hyperfleet serve`), and the client against a cluster: a
// coordinator on a real nats-server with a token, and a worker whose trials import hyperfleet.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, CliProcesses } from "./support/cli-process.js";
import { waitReady } from "./support/coordinator-ready.js";
import { freePort, NatsServer } from "./support/nats-server.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Debian's interpreter takes Debian's packages (python3-sklearn for the example); a python3 earlier
// on PATH (pyenv, say) may not have them.
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-python-"));
const processes = new CliProcesses();
let nats: NatsServer | undefined;
afterAll(async () => {
  processes.killAll();
  await nats?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("the Python client", () => {
  it("passes its unittest suite against real coordinators, with no test skipped", { timeout: 300_000 }, () => {
    const r = spawnSync(PYTHON, ["-m", "unittest", "discover", "-s", "clients/python/tests", "-t", "clients/python", "-v"], { cwd: ROOT, encoding: "utf8", timeout: 290_000 });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output.slice(-6000)).toBe(0);
    expect(output).toMatch(/^OK$/m);
    expect(output).not.toMatch(/skipped/i);
    const ran = Number(/^Ran (\d+) tests? in/m.exec(output)?.[1] ?? 0);
    expect(ran).toBeGreaterThanOrEqual(10);
  });

  it("runs a job on a cluster: a NATS coordinator with a token, a worker whose trials import hyperfleet uninstalled", { timeout: 180_000 }, async () => {
    nats = await NatsServer.start();
    const port = await freePort();
    const token = "py-cluster-token";
    const api = `http://127.0.0.1:${port}`;
    processes.spawn(["coordinator", "--nats", nats.url, "--http", `127.0.0.1:${port}`, "--token", token, "--suggest-threads", "0"]);
    await waitReady(api); // the coordinator makes the streams the worker publishes to
    processes.spawn(["worker", "--nats", nats.url, "--runtime", "process", "--slots", "2", "--id", "py-worker", "--artifacts", join(dir, "artifacts")]);
    const train = join(ROOT, "clients/python/tests/fixtures/train_quadratic.py");
    const r = spawnSync(PYTHON, [join(ROOT, "test/fixtures/python_cluster_check.py"), api, token, train], { cwd: dir, encoding: "utf8", timeout: 170_000, env: { ...process.env, PYTHONPATH: join(ROOT, "clients/python") } });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const seen = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { status: string; completed: number; trialIds: number[]; statuses: string[]; best: { objective: number; params: { epochs: number } } | null; workers: string[] };
    expect(seen).toMatchObject({ status: "Completed", completed: 6, trialIds: [0, 1, 2, 3, 4, 5], statuses: ["Completed"], workers: ["py-worker"] });
    // The loss the training reported through hyperfleet.report, from typed hyperparameters: the last epoch's.
    expect(seen.best!.objective).toBeGreaterThan(0);
    expect(Number.isInteger(seen.best!.params.epochs)).toBe(true);
  });

  it("the scikit-learn example: tuned from Python with Study.optimize, and as worker subprocesses with tune", { timeout: 180_000 }, async () => {
    const port = await freePort();
    const serve = spawn(process.execPath, [CLI, "serve", "--http", `127.0.0.1:${port}`, "--dir", join(dir, "serve"), "--workers", "1"], { stdio: ["ignore", "pipe", "ignore"] });
    try {
      await waitReady(`http://127.0.0.1:${port}`);
      const study = spawnSync(PYTHON, [join(ROOT, "examples/python-sklearn/tune_with_study.py"), "--url", `http://127.0.0.1:${port}`, "--trials", "8", "--jobs", "4", "--epochs", "3"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
      expect(study.status, study.stderr).toBe(0);
      expect(study.stdout).toMatch(/^8 trials in [\d.]+ s: /m);
      expect(Number(/validation:accuracy = ([\d.]+)/.exec(study.stdout)?.[1])).toBeGreaterThan(0.5);
    } finally {
      serve.kill("SIGTERM");
    }
    // The same training as worker subprocesses: a smaller budget of the example's job file.
    const job = join(dir, "sklearn-job.yaml");
    writeFileSync(job, readFileSync(join(ROOT, "examples/python-sklearn/job.yaml"), "utf8").replace(/maxTrials: \d+/, "maxTrials: 4").replace(/epochs: \d+/, "epochs: 3").replace("./train.py", join(ROOT, "examples/python-sklearn/train.py")));
    const tune = spawnSync(process.execPath, [CLI, "tune", job, "--workers", "2", "--out", join(dir, "tune")], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    expect(tune.status, tune.stderr).toBe(0);
    expect(tune.stdout).toMatch(/best: validation:accuracy=0\.\d+ \(trial \d+\)/);
  });
});
