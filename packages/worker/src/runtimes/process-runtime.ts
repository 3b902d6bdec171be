import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WireErrorCode } from "@hyperfleet/transport";
import { captureOutput } from "../metrics/training-output.js";
import { failedToStart, hyperparameterStrings, missingDataChannel, trainingEnvironment, typedHyperparameters, type RunContext, type RunOutcome, type RunningTrial, type Runtime } from "./runtime.js";

/**
 * Runs the spec's command as a local process: argv as given, never through a shell (a categorical
 * value cannot inject anything), in its own process group so a stop reaches its children too. Its
 * working directory is the attempt's own scratch folder (`ctx.workDir`, holding hyperparameters.json
 * and metrics.jsonl; the worker deletes it when the attempt ends), so a relative path in the command
 * resolves there: send absolute paths. It inherits the worker's environment, overridden by the
 * training's (runtime.ts) and by CUDA_VISIBLE_DEVICES / NVIDIA_VISIBLE_DEVICES.
 * Metrics come from, in order of preference, the JSON-lines file (the SDK writes it), stdout lines
 * starting with METRIC_LINE_PREFIX, and the spec's regexes over stdout and stderr.
 */
/** clients/python of the checkout this worker runs from (packages/worker/dist/runtimes/ -> the root), when there is one. */
const PYTHON_CLIENT = ((dir) => (existsSync(join(dir, "hyperfleet", "__init__.py")) ? dir : undefined))(fileURLToPath(new URL("../../../../clients/python", import.meta.url)));

export class ProcessRuntime implements Runtime {
  run(ctx: RunContext): RunningTrial {
    const files = { hyperparameters: join(ctx.workDir, "hyperparameters.json"), params: join(ctx.workDir, "params.json"), metrics: join(ctx.workDir, "metrics.jsonl") };
    writeFileSync(files.hyperparameters, JSON.stringify(hyperparameterStrings(ctx.offer), null, 2));
    writeFileSync(files.params, JSON.stringify(typedHyperparameters(ctx.offer), null, 2));
    writeFileSync(files.metrics, "");
    const [command, ...args] = ctx.offer.training.command;
    if (!command) return failedToStart(WireErrorCode.BadSpec, "training.command is empty");
    const missing = missingDataChannel(ctx.offer);
    if (missing) return { done: Promise.resolve(missing), stop: async () => undefined };
    const env: NodeJS.ProcessEnv = { ...process.env, ...trainingEnvironment(ctx.offer, { ...files, modelDir: ctx.modelDir, outputDir: ctx.outputDir }) };
    // Exactly the attempt's GPUs, and none for a CPU-only attempt (empty hides every GPU from CUDA),
    // whatever the worker's own environment says: a CPU trial never takes a GPU another trial holds.
    env.CUDA_VISIBLE_DEVICES = env.NVIDIA_VISIBLE_DEVICES = ctx.gpus.join(",");
    // Python training can `import hyperfleet` uninstalled: the client beside this checkout, after any
    // PYTHONPATH of the worker's own (which wins). PYTHONPATH comes before site-packages, so this copy
    // wins over one installed in the training's environment: it is the worker's own version.
    if (PYTHON_CLIENT) env.PYTHONPATH = [env.PYTHONPATH, PYTHON_CLIENT].filter(Boolean).join(delimiter);

    const child = spawn(command, args, { cwd: ctx.workDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"], shell: false });
    const output = captureOutput(ctx, { stdout: child.stdout!, stderr: child.stderr! }, files.metrics);
    let stopped = false;
    const done = new Promise<RunOutcome>((resolve) => {
      child.once("error", (err) => resolve({ kind: "error", code: WireErrorCode.SpawnFailed, message: `cannot start ${command}: ${err.message}`, retryable: false }));
      child.once("close", (code, signal) => {
        output.finish();
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
