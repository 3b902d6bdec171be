import { spawn } from "node:child_process";
import { closeSync, fstatSync, openSync, readSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { METRIC_LINE_PREFIX, parseMetricJson, RegexMetricExtractor } from "../metrics/metric-parser.js";
import { hyperparameterStrings, trainingEnvironment, type RunContext, type RunOutcome, type RunningTrial, type Runtime } from "./runtime.js";

/**
 * Runs the spec's command as a local process: argv as given, never through a shell (a categorical
 * value cannot inject anything), in its own process group so a stop reaches its children too.
 * Metrics come from, in order of preference, the JSON-lines file (the SDK writes it), stdout lines
 * starting with METRIC_LINE_PREFIX, and the spec's regexes over stdout and stderr.
 */
export class ProcessRuntime implements Runtime {
  run(ctx: RunContext): RunningTrial {
    const files = { hyperparameters: join(ctx.workDir, "hyperparameters.json"), metrics: join(ctx.workDir, "metrics.jsonl") };
    writeFileSync(files.hyperparameters, JSON.stringify(hyperparameterStrings(ctx.offer), null, 2));
    writeFileSync(files.metrics, "");
    const [command, ...args] = ctx.offer.training.command;
    if (!command) return failed("BAD_SPEC", "training.command is empty");
    const env: NodeJS.ProcessEnv = { ...process.env, ...trainingEnvironment(ctx.offer, files) };
    if (ctx.gpus.length > 0 || ctx.offer.resources.gpus > 0) env.CUDA_VISIBLE_DEVICES = env.NVIDIA_VISIBLE_DEVICES = ctx.gpus.join(",");

    const child = spawn(command, args, { cwd: ctx.workDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"], shell: false });
    const regex = new RegexMetricExtractor(ctx.offer.training.metricDefinitions ?? []);
    const readLines = (stream: NodeJS.ReadableStream, name: "stdout" | "stderr") =>
      createInterface({ input: stream }).on("line", (line) => {
        ctx.onOutput(line, name);
        const now = Date.now();
        if (name === "stdout" && line.startsWith(METRIC_LINE_PREFIX)) ctx.onMetrics(parseMetricJson(line.slice(METRIC_LINE_PREFIX.length), now));
        else ctx.onMetrics(regex.extract(line, now));
      });
    readLines(child.stdout!, "stdout");
    readLines(child.stderr!, "stderr");
    const tail = tailJsonLines(files.metrics, (line) => ctx.onMetrics(parseMetricJson(line, Date.now())));

    let stopped = false;
    const done = new Promise<RunOutcome>((resolve) => {
      child.once("error", (err) => resolve({ kind: "error", code: "SPAWN_FAILED", message: `cannot start ${command}: ${err.message}`, retryable: false }));
      child.once("close", (code, signal) => {
        tail.finish();
        resolve(stopped ? { kind: "stopped" } : { kind: "exited", exitCode: code ?? 128, ...(signal ? { signal } : {}) });
      });
    });
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    return {
      done,
      async stop(graceMs: number) {
        stopped = true;
        killGroup("SIGTERM");
        const timer = setTimeout(() => killGroup("SIGKILL"), graceMs);
        await done;
        clearTimeout(timer);
      },
    };
  }
}

function failed(code: string, message: string): RunningTrial {
  const done = Promise.resolve<RunOutcome>({ kind: "error", code, message, retryable: false });
  return { done, stop: async () => undefined };
}

/**
 * Follows a file of JSON lines as it grows (fs.watch plus a 200 ms poll). Reads are synchronous and
 * small, and finish() reads whatever is left, so the last metrics land before the result does.
 */
function tailJsonLines(path: string, onLine: (line: string) => void): { finish(): void } {
  let offset = 0;
  let partial = "";
  const read = () => {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const size = fstatSync(fd).size;
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      offset = size;
      const lines = (partial + buffer.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const l of lines) if (l.trim()) onLine(l);
    } catch {
      // the file may not exist yet
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  const watcher = watch(path, () => read());
  const poll = setInterval(read, 200);
  return {
    finish() {
      watcher.close();
      clearInterval(poll);
      read();
      if (partial.trim()) onLine(partial);
    },
  };
}
