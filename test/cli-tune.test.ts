// `hyperfleet tune`, the embedded mode, on the real example (the digits MLP): a tiny budget completes
// and writes its results; an interrupted run carries on with --resume without redoing finished trials.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { s3SageMakerRequest } from "./support/sagemaker-request.js";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../examples/digits-mlp/job.yaml", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-tune-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The example's job file with a smaller budget (and its ./train.mjs made absolute, as tune would). */
function exampleJob(maxTrials: number, epochs: number): string {
  const text = readFileSync(EXAMPLE, "utf8")
    .replace(/maxTrials: \d+/, `maxTrials: ${maxTrials}`)
    .replace(/epochs: "\d+"/, `epochs: "${epochs}"`)
    .replace("./train.mjs", fileURLToPath(new URL("../examples/digits-mlp/train.mjs", import.meta.url)));
  const file = join(dir, `job-${maxTrials}-${epochs}.yaml`);
  writeFileSync(file, text);
  return file;
}

interface Results {
  status: string;
  trials: { trialId: number; status: string; objective: number | null; params: Record<string, unknown> }[];
}

describe("hyperfleet tune", () => {
  it("tunes the example with a tiny budget and writes results.json and trials.csv", () => {
    const out = join(dir, "tiny");
    const r = spawnSync(process.execPath, [CLI, "tune", exampleJob(4, 2), "--workers", "2", "--out", out], { encoding: "utf8", timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/best: validation:accuracy=0\.\d+ \(trial \d+\)/);
    expect(r.stderr).toMatch(/\[4\/4 done/); // progress lines off a terminal
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    expect(results.status).toBe("Completed");
    expect(results.trials).toHaveLength(4);
    expect(results.trials.every((t) => t.status === "Completed" && t.objective! > 0.1)).toBe(true);
    const csv = readFileSync(join(out, "trials.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toContain("trial_id,status,objective,learning_rate,hidden_units,l2,batch_size,momentum");
    expect(csv).toHaveLength(5);
    // Each attempt's output and model folder stay in the run folder; the best one is named.
    const best = /its model and output: (\S+)/.exec(r.stdout)?.[1];
    expect(best).toMatch(/\/tiny\/trials\/\d+\/attempt-1$/);
    for (const t of results.trials) expect(readFileSync(join(out, "trials", String(t.trialId), "attempt-1", "stdout.log"), "utf8").length, `trial ${t.trialId}`).toBeGreaterThan(0);
  }, 90_000);

  it("--dashboard serves the dashboard and the API on 127.0.0.1 while the job runs, the URL printed at the start", async () => {
    const child = spawn(process.execPath, [CLI, "tune", exampleJob(6, 1), "--workers", "1", "--out", join(dir, "dash"), "--dashboard"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    const deadline = Date.now() + 30_000;
    while (!/dashboard: (http:\/\/127\.0\.0\.1:\d+)\//.test(err) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const url = /dashboard: (http:\/\/127\.0\.0\.1:\d+)\//.exec(err)?.[1];
    expect(url, err).toBeDefined();
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<html");
    const jobs = (await (await fetch(`${url}/v1/jobs`)).json()) as { jobs: { name: string }[] };
    expect(jobs.jobs.map((j) => j.name)).toEqual(["digits-mlp"]);
    expect(await exited).toBe(0);
  }, 90_000);

  it("hyperfleet dashboard RUN_DIR serves a finished run from its journal, which it leaves as it was", async () => {
    const out = join(dir, "tiny"); // the first test's run
    const before = readFileSync(join(out, "journal.jsonl"), "utf8");
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [CLI, "dashboard", out, "--http", `127.0.0.1:${port}`], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const deadline = Date.now() + 20_000;
    while (!err.includes("Ctrl-C") && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(err).toContain(`http://127.0.0.1:${port}/`);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    const jobs = (await (await fetch(`http://127.0.0.1:${port}/v1/jobs`)).json()) as { jobs: { status: string; trials: number }[] };
    expect(jobs.jobs).toMatchObject([{ status: "Completed", trials: 4 }]);
    child.kill("SIGINT");
    expect(await new Promise((r) => child.once("exit", r))).toBe(0);
    expect(readFileSync(join(out, "journal.jsonl"), "utf8")).toBe(before);
    const bad = spawnSync(process.execPath, [CLI, "dashboard", join(dir, "nowhere")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("holds no journal.jsonl");
  }, 60_000);

  it("an interrupted run carries on with --resume: finished trials are kept, only the rest run", async () => {
    const out = join(dir, "resume");
    const first = spawn(process.execPath, [CLI, "tune", exampleJob(8, 4), "--workers", "1", "--out", out], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    await new Promise<void>((resolve) => {
      first.stderr!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if ((stderr.match(/^trial \d+ validation/gm) ?? []).length >= 2) resolve();
      });
    });
    first.kill("SIGINT");
    const code = await new Promise((r) => first.once("exit", r));
    expect(code).toBe(130);
    const before = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    const finished = before.trials.filter((t) => t.status === "Completed");
    expect(finished.length).toBeGreaterThanOrEqual(2);
    expect(finished.length).toBeLessThan(8);

    const second = spawnSync(process.execPath, [CLI, "tune", "--resume", out, "--workers", "2"], { encoding: "utf8", timeout: 90_000 });
    expect(second.status, second.stderr).toBe(0);
    const after = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    expect(after.trials.filter((t) => t.status === "Completed")).toHaveLength(8);
    for (const t of finished) expect(after.trials.find((u) => u.trialId === t.trialId)).toMatchObject({ objective: t.objective, params: t.params });
    // Each finished trial ran once: its completion is in the journal once, and no trial id was reused.
    const events = readFileSync(join(out, "journal.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { type: string; trialId?: number; outcome?: { status: string } });
    const created = events.filter((e) => e.type === "trial-created").map((e) => e.trialId);
    expect(new Set(created).size).toBe(created.length);
    expect(created).toHaveLength(8);
    const completions = events.filter((e) => e.type === "attempt-finished" && e.outcome!.status === "completed");
    expect(completions).toHaveLength(8);
  }, 120_000);
});

// A learning curve whose floor depends on x, one epoch every 40 ms: loss_t = 3 (x - 0.3)^2 + 1 / t.
const CURVE = join(dir, "curve.mjs");
writeFileSync(
  CURVE,
  `const x = Number(process.env.HP_X);
for (let t = 1; t <= 10; t++) {
  await new Promise((r) => setTimeout(r, 40));
  console.log("epoch=" + t + " loss=" + (3 * (x - 0.3) ** 2 + 1 / t).toFixed(6));
}
`,
);

function curveJob(name: string, extra: object = {}): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      name,
      objective: { metric: "loss", type: "minimize" },
      strategy: "random",
      parameters: { x: { type: "continuous", min: -2, max: 2 } },
      limits: { maxTrials: 12, maxParallelTrials: 2 },
      seed: 4,
      training: { runtime: "process", command: [process.execPath, CURVE], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
      ...extra,
    }),
  );
  return file;
}

describe("hyperfleet tune: what it reports", () => {
  it("two objectives and a constraint: the Pareto front in the summary, results.json and trials.csv", () => {
    const out = join(dir, "pareto");
    const file = join(dir, "pareto.json");
    const script = join(dir, "pareto.mjs");
    writeFileSync(script, `import { appendFileSync, readFileSync } from "node:fs";
const { x } = JSON.parse(readFileSync(process.env.HYPERFLEET_PARAMS_FILE, "utf8"));
appendFileSync(process.env.HYPERFLEET_METRICS_FILE, JSON.stringify({ metrics: { loss: x * x, cost: (x - 1) ** 2, size: x } }) + "\\n");
`);
    const spec = {
      name: "pareto",
      objectives: [
        { metric: "loss", type: "minimize" },
        { metric: "cost", type: "minimize" },
      ],
      constraints: [{ metric: "size", max: 0.8 }],
      parameters: { x: { type: "continuous", min: -1, max: 2 } },
      limits: { maxTrials: 8, maxParallelTrials: 2 },
      seed: 1,
      training: { runtime: "process", command: [process.execPath, script] },
    };
    writeFileSync(file, JSON.stringify(spec));
    const r = spawnSync(process.execPath, [CLI, "tune", file, "--workers", "2", "--out", out], { encoding: "utf8", timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Pareto front \(\d+ trials no other beats on every objective\):\ntrial +loss +cost +x\n/);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as {
      bestTrial: unknown;
      paretoFront: { trialId: number; values: number[] }[];
      trials: { trialId: number; values: number[]; feasible: boolean; pareto: boolean; params: { x: number } }[];
    };
    expect(results.bestTrial).toBeNull();
    // On the front: the feasible (x <= 0.8) trials no other feasible one beats on both loss and cost.
    const feasible = results.trials.filter((t) => t.feasible);
    const beats = (a: number[], b: number[]) => a.every((v, i) => v <= b[i]!) && a.some((v, i) => v < b[i]!);
    for (const t of results.trials) {
      expect(t.feasible, `trial ${t.trialId}`).toBe(t.params.x <= 0.8);
      expect(t.pareto, `trial ${t.trialId}`).toBe(t.feasible && !feasible.some((u) => beats(u.values, t.values)));
    }
    expect(results.paretoFront.map((t) => t.trialId)).toEqual(results.trials.filter((t) => t.pareto).map((t) => t.trialId));
    expect(results.paretoFront.length).toBeGreaterThan(0);
    const [header] = readFileSync(join(out, "trials.csv"), "utf8").split("\n");
    expect(header).toBe("trial_id,status,objective,feasible,pareto,x,cost,loss,size,error,early_stopped,stop_reason");
  }, 90_000);

  it("a trial the median rule stops says so, with its step, in the progress, results.json and trials.csv", () => {
    const out = join(dir, "median");
    const r = spawnSync(process.execPath, [CLI, "tune", curveJob("median", { earlyStopping: "auto" }), "--workers", "2", "--out", out], { encoding: "utf8", timeout: 90_000 });
    expect(r.status, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as { trials: { trialId: number; status: string; earlyStopped: boolean; earlyStop?: { rule: string; step: number }; stopReason: string | null }[] };
    const stopped = results.trials.filter((t) => t.status === "Stopped");
    expect(stopped.length).toBeGreaterThan(0);
    for (const t of stopped) {
      expect(t.earlyStopped, `trial ${t.trialId}`).toBe(true);
      expect(t.earlyStop).toMatchObject({ rule: "median", step: expect.any(Number) });
      expect(t.stopReason).toMatch(/^stopped early by the median rule at step \d+ \(loss=[0-9.]+, median of earlier trials [0-9.]+\)$/);
      // The progress line names the reason, not just "stopped".
      expect(r.stderr).toContain(`trial ${t.trialId} ${t.stopReason}`);
    }
    expect(results.trials.filter((t) => t.status === "Completed").every((t) => t.earlyStopped === false && t.stopReason === null)).toBe(true);
    const [header, ...rows] = readFileSync(join(out, "trials.csv"), "utf8").trim().split("\n");
    expect(header).toBe("trial_id,status,objective,x,loss,error,early_stopped,stop_reason");
    const first = stopped[0]!;
    expect(rows[first.trialId]).toMatch(new RegExp(`^${first.trialId},Stopped,,.*,true,"?stopped early by the median rule at step \\d+`));
    expect(rows.filter((row) => row.includes(",Completed,")).every((row) => row.endsWith(",false,"))).toBe(true);
  }, 90_000);

  it("bad input is exit 2 with the reason and no stack trace: a SageMaker s3:// channel, missing warm-start parents, a bad --out", () => {
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, "tune", ...args], { encoding: "utf8", timeout: 30_000 });
    const expectBad = (r: ReturnType<typeof run>, pattern: RegExp) => {
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toMatch(/^trial /m);
    };
    const sagemaker = join(dir, "sagemaker-s3.json");
    writeFileSync(
      sagemaker,
      JSON.stringify(s3SageMakerRequest("Random")),
    );
    expectBad(run([sagemaker, "--out", join(dir, "sm-run")]), /^ {2}TrainingJobDefinition\.InputDataConfig\[0\]: S3 data sources are not supported \(s3:\/\/bucket\/train\)/m);

    const warm = curveJob("warm", { warmStart: { parents: ["median"], type: "identical" } });
    const warmOut = join(dir, "warm-run");
    expectBad(run([warm, "--out", warmOut]), /^ {2}warmStart\.parents\.0: no job "median" on this coordinator/m);
    // Nothing ran and nothing is left that would stop the same --out from being used.
    expectBad(run([warm, "--out", warmOut]), /^ {2}warmStart\.parents\.0: no job "median"/m);

    expectBad(run([curveJob("out"), "--out", "/proc/hyperfleet-run"]), /^hyperfleet: --out \/proc\/hyperfleet-run is not writable: ENOENT/);
    expectBad(run([curveJob("out"), "--out", join(CURVE, "below-a-file")]), /is not writable: ENOTDIR/);
    expectBad(run([curveJob("out"), "--out", ""]), /^hyperfleet: --out: give a folder/);
    expectBad(run(["--resume", warmOut, "--out", join(dir, "elsewhere")]), /--resume DIR carries on in DIR: give --out only with a job file/);
  }, 60_000);
});

