import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HyperparameterValue, MetricPoint, TrialOffer } from "@hyperfleet/transport";
import { afterEach, describe, expect, it } from "vitest";
import { ProcessRuntime } from "./process-runtime.js";
import type { RunOutcome } from "./runtime.js";

// What a training started by the process runtime sees, as docs/protocol.md ("Writing a worker") and
// docs/worker.md describe it.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function offer(script: string, hyperparameters: Record<string, HyperparameterValue> = {}, extra: Partial<TrialOffer> = {}): TrialOffer {
  return {
    jobId: "job-1",
    trialId: 7,
    attempt: 2,
    hyperparameters,
    staticHyperparameters: { epochs: "3" },
    training: { runtime: "process", command: [process.execPath, "-e", script], environment: { HYPERFLEET_CHECKPOINT_DIR: "/shared/ckpt/job-1/config-7", MY_VAR: "x" } },
    resources: { cpus: 1, memoryMiB: 128, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: 0,
    ...extra,
  };
}

async function run(o: TrialOffer, gpus: number[] = []) {
  const workDir = mkdtempSync(join(tmpdir(), "hyperfleet-runtime-test-"));
  dirs.push(workDir);
  const lines: string[] = [];
  const points: MetricPoint[] = [];
  const trial = new ProcessRuntime().run({ offer: o, gpus, workDir, modelDir: workDir, outputDir: workDir, onMetrics: (p) => points.push(...p), onOutput: (l) => lines.push(l) });
  return { trial, workDir, lines, points, done: trial.done as Promise<RunOutcome> };
}

const SHOW = `
const fs = require("node:fs");
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(HP_|HYPERFLEET_|CUDA_|NVIDIA_|MY_VAR)/.test(k)));
console.log(JSON.stringify({ cwd: process.cwd(), files: fs.readdirSync("."), hp: JSON.parse(fs.readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8")), typed: JSON.parse(fs.readFileSync(process.env.HYPERFLEET_PARAMS_FILE, "utf8")), env }));
`;

describe("process runtime: what the training sees", () => {
  it("writes every value as a string: integers and whole numbers without a fraction, booleans in lower case", async () => {
    const hp = { lr: 0.001, zero: 0, whole: 2, neg: -0.5, tiny: 1e-7, big: 1e21, layers: 3, bn: true, off: false, act: "relu" };
    const r = await run(offer(SHOW, hp));
    expect(await r.done).toEqual({ kind: "exited", exitCode: 0 });
    const seen = JSON.parse(r.lines[0]!) as { hp: Record<string, string>; typed: Record<string, unknown> };
    expect(seen.hp).toEqual({ epochs: "3", lr: "0.001", zero: "0", whole: "2", neg: "-0.5", tiny: "1e-7", big: "1e+21", layers: "3", bn: "true", off: "false", act: "relu" });
    // The typed copy (HYPERFLEET_PARAMS_FILE, for SDKs): tuned values as the space made them, static ones as given.
    expect(seen.typed).toEqual({ epochs: "3", ...hp });
  });

  it("forms HP_<NAME> for tunable and static hyperparameters, upper case, other characters as _", async () => {
    const r = await run(offer(SHOW, { "learning-rate": 0.5, "conv.1x1": 4, act: "tanh" }));
    await r.done;
    const { env } = JSON.parse(r.lines[0]!) as { env: Record<string, string> };
    expect(env).toMatchObject({ HP_LEARNING_RATE: "0.5", HP_CONV_1X1: "4", HP_ACT: "tanh", HP_EPOCHS: "3" });
    expect(env).toMatchObject({ HYPERFLEET_JOB_ID: "job-1", HYPERFLEET_TRIAL_ID: "7", HYPERFLEET_ATTEMPT: "2", HYPERFLEET_CHECKPOINT_DIR: "/shared/ckpt/job-1/config-7", MY_VAR: "x" });
  });

  it("runs in the attempt's scratch folder, which holds the hyperparameters (as strings and typed) and metrics files", async () => {
    const r = await run(offer(SHOW));
    await r.done;
    const seen = JSON.parse(r.lines[0]!) as { cwd: string; files: string[]; env: Record<string, string> };
    expect(realpathSync(seen.cwd)).toBe(realpathSync(r.workDir));
    expect(seen.files.sort()).toEqual(["hyperparameters.json", "metrics.jsonl", "params.json"]);
    expect(seen.env.HYPERFLEET_HYPERPARAMETERS_FILE).toBe(join(r.workDir, "hyperparameters.json"));
    expect(seen.env.HYPERFLEET_PARAMS_FILE).toBe(join(r.workDir, "params.json"));
    expect(seen.env.HYPERFLEET_METRICS_FILE).toBe(join(r.workDir, "metrics.jsonl"));
  });

  it("shows a CPU-only attempt no GPU, whatever the worker's environment, and a GPU attempt exactly its own", async () => {
    const before = process.env.CUDA_VISIBLE_DEVICES;
    process.env.CUDA_VISIBLE_DEVICES = "0,1";
    try {
      const cpu = await run(offer(SHOW));
      await cpu.done;
      expect((JSON.parse(cpu.lines[0]!) as { env: Record<string, string> }).env).toMatchObject({ CUDA_VISIBLE_DEVICES: "", NVIDIA_VISIBLE_DEVICES: "" });
      const gpu = await run(offer(SHOW, {}, { resources: { cpus: 1, memoryMiB: 128, gpus: 1 } }), [1]);
      await gpu.done;
      expect((JSON.parse(gpu.lines[0]!) as { env: Record<string, string> }).env).toMatchObject({ CUDA_VISIBLE_DEVICES: "1", NVIDIA_VISIBLE_DEVICES: "1" });
    } finally {
      if (before === undefined) delete process.env.CUDA_VISIBLE_DEVICES;
      else process.env.CUDA_VISIBLE_DEVICES = before;
    }
  });

  it("resolves a relative command in the scratch folder: it fails to start, not retryable", async () => {
    const r = await run({ ...offer(""), training: { runtime: "process", command: ["./train.sh"] } });
    expect(await r.done).toMatchObject({ kind: "error", code: "SPAWN_FAILED", retryable: false });
  });
});

describe("process runtime: metrics", () => {
  it("numbers points without a step from 0 per metric, across the file, the stdout lines and the regexes", async () => {
    const script = `
const fs = require("node:fs");
const f = process.env.HYPERFLEET_METRICS_FILE;
console.log('HYPERFLEET_METRIC {"metrics":{"loss":1}}');
console.log("epoch done loss=0.5");
console.log('HYPERFLEET_METRIC {"step":4,"metrics":{"loss":0.25}}');
fs.appendFileSync(f, '{"metrics":{"acc":0.1}}\\n{"step":7,"metrics":{"acc":0.2}}\\n');
fs.appendFileSync(f, '{"metrics":{"acc":0.3},"timestamp":1718000000000}');
`;
    const o = offer(script);
    const r = await run({ ...o, training: { ...o.training, metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] } });
    expect(await r.done).toEqual({ kind: "exited", exitCode: 0 });
    const series = (name: string) => r.points.filter((p) => p.name === name).map((p) => [p.step, p.value]);
    expect(series("loss")).toEqual([[0, 1], [1, 0.5], [4, 0.25]]);
    expect(series("acc")).toEqual([[0, 0.1], [7, 0.2], [8, 0.3]]);
    expect(r.points.find((p) => p.value === 0.3)!.timestampUnixMs).toBe(1718000000000);
  });

  it("applies the regexes to stderr too, but reads HYPERFLEET_METRIC lines only on stdout", async () => {
    const o = offer(`console.error("loss=0.125"); console.error('HYPERFLEET_METRIC {"step":3,"metrics":{"acc":1}}');`);
    const r = await run({ ...o, training: { ...o.training, metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] } });
    await r.done;
    expect(r.points.map((p) => [p.name, p.step, p.value])).toEqual([["loss", 0, 0.125]]);
  });
});

describe("process runtime: stop", () => {
  it("sends SIGTERM, then SIGKILL after the grace period; the attempt ends stopped", async () => {
    const script = `process.on("SIGTERM", () => console.log("got SIGTERM, ignoring it")); console.log("ready"); setInterval(() => {}, 1000);`;
    const r = await run(offer(script));
    while (!r.lines.includes("ready")) await new Promise((res) => setTimeout(res, 20));
    const started = Date.now();
    await r.trial.stop(300);
    expect(await r.done).toEqual({ kind: "stopped" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(r.lines).toContain("got SIGTERM, ignoring it");
  });
});
