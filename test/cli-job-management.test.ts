// The client commands as a user runs them (`submit`, `status`, `trials`, `update`, `stop`, `delete`,
// `--version`), as processes against a coordinator with a worker in this test's process: a job's
// description, listing by status and tag, changing limits, deleting, and errors that say how to fix
// them with the exit codes the README promises (2 bad input, 1 failure) and no stack trace.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "./support/cli-process.js";
import { s3SageMakerRequest } from "./support/sagemaker-request.js";

const TOKEN = "s3cret";
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-cli-jobs-"));
const SCRIPT = join(dir, "quad.mjs");
writeFileSync(
  SCRIPT,
  `import { readFileSync } from "node:fs";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
await new Promise((r) => setTimeout(r, Number(hp.sleep_ms ?? 0)));
console.log("loss=" + ((Number(hp.x) - 1) ** 2).toFixed(6) + " epochs=" + hp.epochs);
`,
);

/** A job file as a user writes it: YAML, numbers in staticHyperparameters, tags. */
function jobFile(name: string, extra: string, limits = "{ maxTrials: 3, maxParallelTrials: 2 }", sleepMs = 0): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `name: ${name}
objective: { metric: loss, type: minimize }
parameters:
  x: { type: continuous, min: -3, max: 3 }
staticHyperparameters: { epochs: 3, shuffle: true${sleepMs ? `, sleep_ms: ${sleepMs}` : ""} }
limits: ${limits}
seed: 2
training:
  runtime: process
  command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(SCRIPT)}]
  metricDefinitions: [{ name: loss, regex: "loss=([0-9.]+)" }]
${extra}`,
  );
  return file;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let service: CoordinatorService;
let worker: Worker;
let transportClose: () => Promise<void>;

/** `hyperfleet <args>` against the test's coordinator, asynchronously (the coordinator lives in this process). */
function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, HYPERFLEET_COORDINATOR_URL: service.url, HYPERFLEET_TOKEN: TOKEN, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** One line on standard error, the exit code expected, no stack trace. */
function expectOneLine(r: Run, code: number, pattern: RegExp): void {
  expect(r.status, r.stderr).toBe(code);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
}

async function untilEnded(jobId: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const status = service.coordinator.jobs.get(jobId)?.status;
    if (status === "Completed" || status === "Failed" || status === "Stopped") return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${jobId} did not end`);
}

async function submitted(file: string): Promise<string> {
  const r = await cli(["submit", file]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split("\n").at(-1)!;
}

beforeAll(async () => {
  const t = createInProcessTransport();
  service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 }, token: TOKEN });
  worker = new Worker({ transport: t.worker(), workerId: "cli-w", capabilities: { cpus: 2, memoryMiB: 4096, gpus: [], labels: {} }, slots: 2, runtimes: { process: new ProcessRuntime() } });
  await worker.start();
  transportClose = () => t.close();
});
afterAll(async () => {
  await worker?.shutdown(1000);
  await service?.close();
  await transportClose?.();
  rmSync(dir, { recursive: true, force: true });
});

describe("the hyperfleet client commands", () => {
  it("--version prints the CLI package's version; an unknown command suggests the nearest", async () => {
    const version = (JSON.parse(readFileSync(new URL("../packages/cli/package.json", import.meta.url), "utf8")) as { version: string }).version;
    const r = await cli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expectOneLine(await cli(["stauts"]), 2, /^hyperfleet: unknown command "stauts"; did you mean status\?/);
  });

  it("status JOB describes the job readably (configuration, best trial to rerun) and --json whole", { timeout: 60_000 }, async () => {
    const jobId = await submitted(jobFile("cli-describe", "tags: { team: vision }\n"));
    await untilEnded(jobId);
    const text = await cli(["status", jobId]);
    expect(text.status, text.stderr).toBe(0);
    const out = text.stdout;
    expect(out).toMatch(new RegExp(`^${jobId}  Completed \\(MaxNumberOfTrainingJobsReached\\)\\n`));
    expect(out).toMatch(/^ {2}created +\d{4}-\d\d-\d\dT.*, ended \d{4}-/m);
    expect(out).toMatch(/^ {2}objective minimize loss; strategy bayesian$/m);
    expect(out).toMatch(/^ {2}param +x: continuous -3 \.\. 3, auto \(linear\) scaling$/m);
    expect(out).toMatch(/^ {2}limits +3 trials, 2 in parallel$/m);
    expect(out).toMatch(/^ {2}trials +3 completed, 0 in progress, 0 stopped, 0 failed$/m);
    expect(out).toMatch(/^ {2}tags +team=vision$/m);
    expect(out).toMatch(/^ {2}best +trial \d+: loss=/m);
    expect(out).toMatch(/^ {4}hyperparameters epochs=3 shuffle=true x=-?[0-9.e-]+$/m);
    expect(out).toContain(`    command ${process.execPath} ${SCRIPT}`);
    expect(out).toMatch(/^ {4}resources 1 cpu, 1024 MiB, 0 gpu$/m);
    expect(out).toMatch(/^ {4}ran +attempt 1, on cli-w, [0-9.]+s$/m);

    const json = await cli(["status", jobId, "--json"]);
    const job = JSON.parse(json.stdout) as { spec: { staticHyperparameters: object; tags: object }; bestTrial: { hyperparameters: object }; createdAt: unknown };
    expect(job.spec.staticHyperparameters).toEqual({ epochs: "3", shuffle: "true" });
    expect(job.spec.tags).toEqual({ team: "vision" });
    expect(job.bestTrial.hyperparameters).toMatchObject({ epochs: "3", shuffle: "true" });
    expect(job.createdAt).toEqual(expect.any(String));
  });

  it("status --status S --tag k=v lists only the jobs that match; a bad status is exit 2", { timeout: 60_000 }, async () => {
    const done = await submitted(jobFile("cli-list-done", "tags: { project: lists }\n", "{ maxTrials: 1 }"));
    await untilEnded(done);
    const running = await submitted(jobFile("cli-list-run", "tags: { project: lists, tier: gold }\n", "{ maxTrials: 40, maxParallelTrials: 1 }", 300));
    const ids = async (...args: string[]) => {
      const r = await cli(["status", ...args]);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.trim().split("\n").filter(Boolean).map((l) => l.split("  ")[0]);
    };
    expect(await ids("--tag", "project=lists")).toEqual([done, running]);
    expect(await ids("--tag", "project=lists", "--status", "Completed")).toEqual([done]);
    expect(await ids("--tag", "project=lists", "--tag", "tier=gold")).toEqual([running]);
    const line = (await cli(["status", "--tag", "tier"])).stdout;
    expect(line).toMatch(new RegExp(`^${running}  InProgress  \\d+ completed  best .*  project=lists tier=gold$`, "m"));
    expectOneLine(await cli(["status", "--status", "Finished"]), 2, /^hyperfleet: INVALID_ARGUMENT: status: "Finished" is not a job status/);
    expectOneLine(await cli(["status", running, "--tag", "a=b"]), 2, /--status and --tag select jobs to list/);
    await cli(["stop", running]);
  });

  it("update changes a running job's limits (exit 2 for nothing to change, a bad number, or an ended job)", { timeout: 60_000 }, async () => {
    // Trials long enough that the job still runs after the CLI calls below (each starts a node): it must be stopped, not completed.
    const jobId = await submitted(jobFile("cli-update", "", "{ maxTrials: 40, maxParallelTrials: 1 }", 3000));
    const r = await cli(["update", jobId, "--max-trials", "30", "--max-parallel", "2", "--max-failed", "5"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${jobId}: InProgress; limits: 30 trials, 2 in parallel, fails after 5 failed trials`);
    expect(service.coordinator.jobs.get(jobId)!.limits).toMatchObject({ maxTrials: 30, maxParallelTrials: 2, maxFailedTrials: 5 });
    const json = JSON.parse((await cli(["update", jobId, "--max-trials", "25", "--json"])).stdout) as { limits: { maxTrials: number } };
    expect(json.limits.maxTrials).toBe(25);
    expectOneLine(await cli(["update", jobId]), 2, /nothing to change: give --max-trials, --max-parallel or --max-failed/);
    expectOneLine(await cli(["update", jobId, "--max-trials", "0"]), 2, /--max-trials: expected an integer >= 1, got "0"/);
    expectOneLine(await cli(["update", jobId, "--max-trails", "9"]), 2, /Unknown option '--max-trails'/);
    expectOneLine(await cli(["update", "no-such-job", "--max-trials", "9"]), 2, /^hyperfleet: JOB_NOT_FOUND: /);
    expect((await cli(["stop", jobId])).status).toBe(0);
    await untilEnded(jobId);
    expectOneLine(await cli(["update", jobId, "--max-trials", "50"]), 2, /^hyperfleet: JOB_ENDED: /);
  });

  it("delete forgets an ended job; a running one is exit 2 with how to stop it", { timeout: 60_000 }, async () => {
    const jobId = await submitted(jobFile("cli-delete", "", "{ maxTrials: 40, maxParallelTrials: 1 }", 300));
    expectOneLine(await cli(["delete", jobId]), 2, new RegExp(`^hyperfleet: ${jobId} is InProgress: stop it first \\(hyperfleet stop ${jobId}\\)`));
    await cli(["stop", jobId]);
    await untilEnded(jobId);
    const r = await cli(["delete", jobId]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`${jobId}: deleted`);
    expect(service.coordinator.jobs.has(jobId)).toBe(false);
    expectOneLine(await cli(["status", jobId]), 2, /^hyperfleet: JOB_NOT_FOUND: /);
  });

  it("trials shows whether the median rule stopped each trial", { timeout: 60_000 }, async () => {
    const jobId = await submitted(jobFile("cli-trials", "", "{ maxTrials: 2, maxParallelTrials: 2 }"));
    await untilEnded(jobId);
    const r = await cli(["trials", jobId]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^trial +status +objective +early-stopped +x$/);
    const { trials } = JSON.parse((await cli(["trials", jobId, "--json"])).stdout) as { trials: { earlyStopped: boolean }[] };
    expect(trials.map((t) => t.earlyStopped)).toEqual([false, false]);
  });

  it("a bad job file is exit 2 with each problem once, all at once, with the fix", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      `name: bad
objective: { metric: loss, type: minimise }
parameters: { x: { type: continuous, min: 0, max: 1 } }
limits: { maxTrials: 2, maxParallelTrials: 4, maxParalelTrials: 3 }
training: { runtime: process, command: [node], metricDefinitions: [{ name: los, regex: "loss=[0-9.]+" }] }
`,
    );
    const r = await cli(["submit", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe("hyperfleet: INVALID_JOB_SPEC: the coordinator rejected the job spec, 5 problems:");
    expect(lines.slice(1)).toEqual([
      `  objective.type: "minimise" is not allowed; did you mean "minimize"? (allowed: "minimize" | "maximize")`,
      "  limits.maxParalelTrials: unknown field; did you mean maxParallelTrials?",
      "  training.metricDefinitions.0.regex: the regular expression has no capture group: put the value in parentheses, e.g. loss=([0-9.eE+-]+)",
      "  limits.maxParallelTrials: must be at most maxTrials (2)",
      expect.stringMatching(/^ {2}objective\.metric: no metric definition produces "loss" \(defined: "los"; did you mean "los"\?\)\. Add a definition .* or list it in training\.reportedMetrics /),
    ]);
  });

  it("a SageMaker request with an s3:// channel is exit 2 naming it once", async () => {
    const request = join(dir, "sagemaker.json");
    writeFileSync(
      request,
      JSON.stringify(s3SageMakerRequest("Bayesian")),
    );
    const r = await cli(["submit", request]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.match(/S3 data sources are not supported/g)).toHaveLength(1);
  });

  it("an unreachable coordinator is one line and exit 1", async () => {
    const port = await closedPort();
    expectOneLine(await cli(["status"], { HYPERFLEET_COORDINATOR_URL: `http://127.0.0.1:${port}` }), 1, /^hyperfleet: COORDINATOR_UNREACHABLE: cannot reach the coordinator at http:\/\/127\.0\.0\.1:\d+: /);
    expectOneLine(await cli(["delete", "x", "--coordinator", `http://127.0.0.1:${port}`]), 1, /cannot reach the coordinator/);
  });
});

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
