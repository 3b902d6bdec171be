// The public surface of @hyperfleet/worker.
export { Worker, type WorkerOptions } from "./worker.js";
export { ProcessRuntime } from "./runtimes/process-runtime.js";
export type { Runtime, RunningTrial, RunContext, RunOutcome } from "./runtimes/runtime.js";
export { detectCapabilities, detectGpus, parseDeclaredGpus, parseNvidiaSmi, type MachineCapabilities } from "./capabilities.js";
export { METRIC_LINE_PREFIX, parseMetricJson, RegexMetricExtractor } from "./metrics/metric-parser.js";
export { report } from "./sdk.js";
export { DockerRuntime, type DockerRuntimeOptions, CONTAINER_CONFIG_DIR, CONTAINER_METRICS_DIR, CONTAINER_MODEL_DIR, CONTAINER_OUTPUT_DIR } from "./runtimes/docker-runtime.js";
export { globMatches, refusal, type AllowList } from "./allow-list.js";
export { defaultFolder, dropArtifacts, type ArtifactRetention, type ArtifactsOptions } from "./artifacts.js";
