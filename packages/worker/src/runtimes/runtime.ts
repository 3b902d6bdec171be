import { existsSync } from "node:fs";
import { WireErrorCode, type MetricPoint, type TrialOffer, type WireError } from "@hyperfleet/transport";

export interface RunContext {
  offer: TrialOffer;
  /** GPU indices this attempt owns exclusively. */
  gpus: readonly number[];
  /** Where the runtime may write the attempt's files (hyperparameters, metrics); deleted after the attempt. */
  workDir: string;
  /**
   * The attempt's kept folders (the worker keeps them after it, per its retention): the model the
   * training saves (SageMaker's /opt/ml/model) and its output (/opt/ml/output, with `failure`).
   */
  modelDir: string;
  outputDir: string;
  onMetrics(points: readonly MetricPoint[]): void;
  onOutput(line: string, stream: "stdout" | "stderr"): void;
}

export type RunOutcome =
  | { kind: "exited"; exitCode: number; signal?: string }
  | { kind: "stopped" }
  | { kind: "error"; code: WireError["code"]; message: string; retryable: boolean };

/** A way to run one training attempt: a local process, a container. */
export interface Runtime {
  run(context: RunContext): RunningTrial;
}

export interface RunningTrial {
  readonly done: Promise<RunOutcome>;
  /** SIGTERM, then SIGKILL after the grace period; `done` resolves as stopped. */
  stop(graceMs: number): Promise<void>;
}

/**
 * The environment every runtime gives the training: where the hyperparameters and metrics files are,
 * where to save the model and output (ours and SageMaker's names), the job and trial ids, and each
 * hyperparameter as HP_<NAME> (upper case, non-alphanumerics as _). Paths as the training sees them.
 */
export function trainingEnvironment(offer: TrialOffer, files: { hyperparameters: string; params: string; metrics: string; modelDir: string; outputDir: string; dataRoot?: string }): Record<string, string> {
  const env: Record<string, string> = {
    ...(offer.training.environment ?? {}),
    HYPERFLEET_HYPERPARAMETERS_FILE: files.hyperparameters,
    HYPERFLEET_PARAMS_FILE: files.params,
    HYPERFLEET_METRICS_FILE: files.metrics,
    HYPERFLEET_MODEL_DIR: files.modelDir,
    HYPERFLEET_OUTPUT_DIR: files.outputDir,
    SM_MODEL_DIR: files.modelDir,
    SM_OUTPUT_DIR: files.outputDir,
    SM_OUTPUT_DATA_DIR: `${files.outputDir}/data`,
    HYPERFLEET_JOB_ID: offer.jobId,
    HYPERFLEET_TRIAL_ID: String(offer.trialId),
    HYPERFLEET_ATTEMPT: String(offer.attempt),
  };
  for (const [k, v] of Object.entries(hyperparameterStrings(offer))) env[`HP_${k.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`] = v;
  // SageMaker's variables for input data: where each channel is (the folder, or its mount in a container).
  for (const [name, path] of Object.entries(offer.training.dataChannels ?? {})) env[`SM_CHANNEL_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`] = files.dataRoot ? `${files.dataRoot}/${name}` : path;
  return env;
}

/** SageMaker's convention: every value a string; static hyperparameters included. */
export function hyperparameterStrings(offer: TrialOffer): Record<string, string> {
  const out: Record<string, string> = { ...offer.staticHyperparameters };
  for (const [k, v] of Object.entries(offer.hyperparameters)) out[k] = String(v);
  return out;
}

/**
 * The same keys with the tuned values as the search space typed them (numbers as numbers, booleans as
 * booleans), for SDKs that hand training code typed values (the Python client's hyperparameters());
 * static hyperparameters stay the strings the spec gave.
 */
export function typedHyperparameters(offer: TrialOffer): Record<string, string | number | boolean> {
  return { ...offer.staticHyperparameters, ...offer.hyperparameters };
}

/** A trial that could not start: it ends at once, failed, not retryable. */
export function failedToStart(code: WireError["code"], message: string): RunningTrial {
  const done = Promise.resolve<RunOutcome>({ kind: "error", code, message, retryable: false });
  return { done, stop: async () => undefined };
}

/** A data channel whose folder this worker does not have: the attempt fails with a clear error. */
export function missingDataChannel(offer: TrialOffer): RunOutcome | undefined {
  for (const [name, path] of Object.entries(offer.training.dataChannels ?? {})) {
    if (!existsSync(path)) return { kind: "error", code: WireErrorCode.DataChannelMissing, message: `data channel ${name}: ${path} does not exist on this worker`, retryable: false };
  }
  return undefined;
}
