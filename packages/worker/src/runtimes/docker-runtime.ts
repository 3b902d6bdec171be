import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { WireErrorCode } from "@hyperfleet/transport";
import Docker from "dockerode";
import { captureOutput } from "../metrics/training-output.js";
import { within } from "../within.js";
import { hyperparameterStrings, missingDataChannel, trainingEnvironment, typedHyperparameters, type RunContext, type RunOutcome, type RunningTrial, type Runtime } from "./runtime.js";

/** SageMaker's layout inside the container. */
export const CONTAINER_CONFIG_DIR = "/opt/ml/input/config";
export const CONTAINER_METRICS_DIR = "/opt/hyperfleet";
/** SageMaker's layout: channel <name> at /opt/ml/input/data/<name>. */
export const CONTAINER_DATA_DIR = "/opt/ml/input/data";
/** SageMaker's layout: the model the training saves, and its output (a `failure` file says why it failed). */
export const CONTAINER_MODEL_DIR = "/opt/ml/model";
export const CONTAINER_OUTPUT_DIR = "/opt/ml/output";

export interface DockerRuntimeOptions {
  /** Defaults to DOCKER_HOST or the local socket, as the docker CLI. */
  docker?: Docker;
}

/**
 * Runs the spec's image, one container per attempt: pulled only if not present, hyperparameters at
 * /opt/ml/input/config/hyperparameters.json (strings), the same HYPERFLEET_* and HP_* variables as
 * the process runtime, CPU and memory limits from the resource request, the attempt's GPUs as a device
 * request, output streamed, stopped with SIGTERM then SIGKILL, and removed afterwards.
 */
export class DockerRuntime implements Runtime {
  private readonly docker: Docker;

  constructor(options: DockerRuntimeOptions = {}) {
    this.docker = options.docker ?? new Docker();
  }

  /**
   * Whether the Docker engine answers a ping within `timeoutMs`: a worker that finds none does not
   * serve the docker runtime, rather than take docker trials and fail them.
   */
  available(timeoutMs = 2_000): Promise<boolean> {
    const pinged = this.docker.ping().then(
      () => true,
      () => false,
    );
    return within(pinged, timeoutMs, false);
  }

  /** Where the engine is, for messages: DOCKER_HOST or the local socket. */
  get engine(): string {
    const m = this.docker.modem as { socketPath?: unknown; host?: unknown; port?: unknown };
    return typeof m.socketPath === "string" ? m.socketPath : `${String(m.host)}:${String(m.port)}`;
  }

  run(ctx: RunContext): RunningTrial {
    let container: Docker.Container | undefined;
    let stopped = false;
    let stopRequest: number | undefined;
    const done = (async (): Promise<RunOutcome> => {
      const image = ctx.offer.training.image;
      if (!image) return { kind: "error", code: WireErrorCode.BadSpec, message: "training.image is empty for the docker runtime", retryable: false };
      const missing = missingDataChannel(ctx.offer);
      if (missing) return missing;
      const pulled = await this.ensureImage(image);
      if (pulled) return pulled;

      const configDir = join(ctx.workDir, "config");
      const metricsDir = join(ctx.workDir, "metrics");
      mkdirSync(configDir, { recursive: true });
      mkdirSync(metricsDir, { recursive: true });
      writeFileSync(join(configDir, "hyperparameters.json"), JSON.stringify(hyperparameterStrings(ctx.offer), null, 2));
      writeFileSync(join(metricsDir, "metrics.jsonl"), "");
      writeFileSync(join(metricsDir, "params.json"), JSON.stringify(typedHyperparameters(ctx.offer), null, 2));
      const env = trainingEnvironment(ctx.offer, {
        hyperparameters: `${CONTAINER_CONFIG_DIR}/hyperparameters.json`,
        metrics: `${CONTAINER_METRICS_DIR}/metrics.jsonl`,
        params: `${CONTAINER_METRICS_DIR}/params.json`,
        modelDir: CONTAINER_MODEL_DIR,
        outputDir: CONTAINER_OUTPUT_DIR,
        dataRoot: CONTAINER_DATA_DIR,
      });
      if (ctx.gpus.length > 0) env.NVIDIA_VISIBLE_DEVICES = ctx.gpus.join(",");
      const r = ctx.offer.resources;
      try {
        container = await this.docker.createContainer({
          Image: image,
          ...(ctx.offer.training.command.length > 0 ? { Cmd: [...ctx.offer.training.command] } : {}),
          Env: Object.entries(env).map(([k, v]) => `${k}=${v}`),
          Labels: { "hyperfleet.job": ctx.offer.jobId, "hyperfleet.trial": String(ctx.offer.trialId), "hyperfleet.attempt": String(ctx.offer.attempt) },
          HostConfig: {
            Binds: [
              `${configDir}:${CONTAINER_CONFIG_DIR}:ro`,
              `${metricsDir}:${CONTAINER_METRICS_DIR}`,
              `${ctx.modelDir}:${CONTAINER_MODEL_DIR}`,
              `${ctx.outputDir}:${CONTAINER_OUTPUT_DIR}`,
              ...Object.entries(ctx.offer.training.dataChannels ?? {}).map(([name, path]) => `${path}:${CONTAINER_DATA_DIR}/${name}:ro`),
            ],
            ...(r.cpus > 0 ? { NanoCpus: Math.round(r.cpus * 1e9) } : {}),
            ...(r.memoryMiB > 0 ? { Memory: r.memoryMiB * 2 ** 20 } : {}),
            ...(ctx.gpus.length > 0 ? { DeviceRequests: [{ Driver: "nvidia", DeviceIDs: ctx.gpus.map(String), Capabilities: [["gpu"]] }] } : {}),
          },
        });
        const stream = await container.attach({ stream: true, stdout: true, stderr: true });
        const stdout = new PassThrough();
        const stderr = new PassThrough();
        // @types/dockerode types the modem as any; docker-modem's demuxStream splits the attach stream.
        (container.modem as { demuxStream(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream, err: NodeJS.WritableStream): void }).demuxStream(stream, stdout, stderr);
        const output = captureOutput(ctx, { stdout, stderr }, join(metricsDir, "metrics.jsonl"));
        // "next-exit": a wait on a created container with the default condition returns at once.
        const waited = container.wait({ condition: "next-exit" });
        await container.start();
        if (stopRequest !== undefined) await container.stop({ t: stopRequest }).catch(() => undefined);
        const { StatusCode } = (await waited) as { StatusCode: number };
        (stream as unknown as { destroy?: () => void }).destroy?.();
        stdout.end();
        stderr.end();
        output.finish();
        return stopped ? { kind: "stopped" } : { kind: "exited", exitCode: StatusCode };
      } catch (err) {
        return { kind: "error", code: WireErrorCode.ContainerFailed, message: `container for ${image}: ${(err as Error).message}`, retryable: true };
      } finally {
        await container?.remove({ force: true }).catch(() => undefined);
      }
    })();
    return {
      done,
      async stop(graceMs: number) {
        stopped = true;
        stopRequest = Math.max(1, Math.ceil(graceMs / 1000));
        await container?.stop({ t: stopRequest }).catch(() => undefined);
        await done;
      },
    };
  }

  /** Pull policy if-not-present. Returns an outcome when the image cannot be had. */
  private async ensureImage(image: string): Promise<RunOutcome | undefined> {
    try {
      await this.docker.getImage(image).inspect();
      return undefined;
    } catch {
      // not present: pull it
    }
    try {
      const stream = await this.docker.pull(image);
      await new Promise<void>((resolve, reject) => this.docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve())));
      return undefined;
    } catch (err) {
      return { kind: "error", code: WireErrorCode.ImageUnavailable, message: `image ${image} is not present and cannot be pulled: ${(err as Error).message}`, retryable: false };
    }
  }
}
