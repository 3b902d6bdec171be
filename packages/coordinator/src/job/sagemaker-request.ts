import { JobSpecError, type SpecProblem } from "./job-spec-error.js";
import { parseJobSpec, type JobSpec } from "./job-spec.js";

/**
 * Accepts the JSON body of a SageMaker CreateHyperParameterTuningJob request and maps it, field by
 * field, to a Hyperfleet job spec. Tags become the job's `tags`. AWS-only fields (role, VPC, KMS keys,
 * instance types, output bucket) are accepted and ignored, each with a warning. Data channels with a local path or a file://
 * URI are mounted at /opt/ml/input/data/<channel>; s3:// and other sources are rejected.
 */
export function fromSageMakerRequest(body: unknown): { spec: JobSpec; warnings: string[] } {
  const warnings: string[] = [];
  const problems: SpecProblem[] = [];
  const r = (body ?? {}) as SageMakerRequest;
  const config = r.HyperParameterTuningJobConfig ?? {};
  const definition = r.TrainingJobDefinition ?? (r.TrainingJobDefinitions?.[0] as TrainingJobDefinition | undefined) ?? {};
  if ((r.TrainingJobDefinitions?.length ?? 0) > 1) problems.push({ field: "TrainingJobDefinitions", message: "only one training job definition per tuning job is supported" });

  const ignore = (field: string, present: unknown, what: string) => {
    if (present !== undefined) warnings.push(`${field} ignored: ${what}`);
  };
  ignore("Autotune", r.Autotune, "set the strategy and ranges explicitly");
  ignore("TrainingJobDefinition.RoleArn", definition.RoleArn, "no IAM roles on machines you own");
  ignore("TrainingJobDefinition.VpcConfig", definition.VpcConfig, "workers use their host's network");
  ignore("TrainingJobDefinition.OutputDataConfig", definition.OutputDataConfig, "nothing is uploaded: each worker keeps its attempts' model and output (hyperfleet worker --artifacts; a trial's artifacts field says where)");
  ignore("TrainingJobDefinition.ResourceConfig.InstanceType", definition.ResourceConfig?.InstanceType, "set training.resources (cpus, memoryMiB, gpus) instead");
  ignore("TrainingJobDefinition.ResourceConfig.VolumeKmsKeyId", definition.ResourceConfig?.VolumeKmsKeyId, "no KMS here");
  ignore("TrainingJobDefinition.EnableManagedSpotTraining", definition.EnableManagedSpotTraining, "no spot capacity here");
  ignore("TrainingJobDefinition.CheckpointConfig", definition.CheckpointConfig, "checkpoints stay in the trial's folder");
  if ((definition.ResourceConfig?.InstanceCount ?? 1) > 1) warnings.push("TrainingJobDefinition.ResourceConfig.InstanceCount ignored: each trial runs on one worker");

  const ranges = config.ParameterRanges ?? definition.HyperParameterRanges ?? {};
  const parameters: Record<string, unknown> = {};
  for (const p of ranges.IntegerParameterRanges ?? []) parameters[p.Name] = { type: "integer", min: num(p.MinValue), max: num(p.MaxValue), scaling: scaling(p.ScalingType) };
  for (const p of ranges.ContinuousParameterRanges ?? []) parameters[p.Name] = { type: "continuous", min: num(p.MinValue), max: num(p.MaxValue), scaling: scaling(p.ScalingType) };
  for (const p of ranges.CategoricalParameterRanges ?? []) parameters[p.Name] = { type: "categorical", values: p.Values };

  const dataChannels: { name: string; path: string }[] = [];
  for (const [i, channel] of (definition.InputDataConfig ?? []).entries()) {
    const uri = channel.DataSource?.S3DataSource?.S3Uri ?? channel.DataSource?.FileSystemDataSource?.DirectoryPath;
    const field = `TrainingJobDefinition.InputDataConfig[${i}]`;
    if (typeof uri !== "string") problems.push({ field, message: "needs a data source with a local path or file:// URI" });
    else if (uri.startsWith("s3://")) problems.push({ field, message: `S3 data sources are not supported (${uri}); copy the data to the workers and give a local path or file:// URI` });
    else if (uri.startsWith("file://") || uri.startsWith("/")) dataChannels.push({ name: channel.ChannelName, path: uri.replace(/^file:\/\//, "") });
    else problems.push({ field, message: `unsupported data source ${JSON.stringify(uri)}; allowed: a local path or a file:// URI` });
  }

  const tags = tagsOf(r.Tags, problems);
  const algorithm = definition.AlgorithmSpecification ?? {};
  const objective = config.HyperParameterTuningJobObjective ?? definition.TuningObjective;
  const limits = config.ResourceLimits ?? {};
  const criteria = config.TuningJobCompletionCriteria;
  const hyperband = config.StrategyConfig?.HyperbandStrategyConfig;
  const candidate = {
    name: r.HyperParameterTuningJobName,
    objective: objective && { metric: objective.MetricName, type: lower(objective.Type) },
    strategy: lower(config.Strategy),
    parameters,
    staticHyperparameters: definition.StaticHyperParameters,
    limits: { maxTrials: limits.MaxNumberOfTrainingJobs, maxParallelTrials: limits.MaxParallelTrainingJobs, maxRuntimeSeconds: limits.MaxRuntimeInSeconds },
    completion: criteria && {
      targetObjective: criteria.TargetObjectiveMetricValue,
      bestNotImprovingTrials: criteria.BestObjectiveNotImproving?.MaxNumberOfTrainingJobsNotImproving,
      convergence: criteria.ConvergenceDetected?.CompleteOnConvergence === "Enabled",
    },
    earlyStopping: lower(config.TrainingJobEarlyStoppingType),
    hyperband: hyperband && { minResource: hyperband.MinResource, maxResource: hyperband.MaxResource },
    seed: config.RandomSeed,
    training: {
      runtime: "docker",
      image: algorithm.TrainingImage,
      metricDefinitions: (algorithm.MetricDefinitions ?? []).map((m) => ({ name: m.Name, regex: m.Regex })),
      environment: definition.Environment,
      retry: definition.RetryStrategy && { maxAttempts: definition.RetryStrategy.MaximumRetryAttempts },
      dataChannels,
      maxRuntimeSeconds: definition.StoppingCondition?.MaxRuntimeInSeconds,
    },
    warmStart: r.WarmStartConfig && {
      parents: (r.WarmStartConfig.ParentHyperParameterTuningJobs ?? []).map((p) => p.HyperParameterTuningJobName),
      type: r.WarmStartConfig.WarmStartType === "TransferLearning" ? "transfer" : r.WarmStartConfig.WarmStartType === "IdenticalDataAndAlgorithm" ? "identical" : r.WarmStartConfig.WarmStartType,
    },
    tags,
  };
  if (algorithm.AlgorithmName && !algorithm.TrainingImage) problems.push({ field: "TrainingJobDefinition.AlgorithmSpecification.AlgorithmName", message: "marketplace algorithms are not available here; give a TrainingImage built locally" });

  let spec: JobSpec | undefined;
  try {
    spec = parseJobSpec(dropUndefined(candidate));
  } catch (err) {
    if (!(err instanceof JobSpecError)) throw err;
    problems.push(...err.problems);
  }
  if (problems.length > 0 || !spec) throw new JobSpecError(problems);
  return { spec, warnings };
}

/** SageMaker's Tags, [{Key, Value}], as the spec's map; a malformed entry is a problem naming it. */
function tagsOf(tags: unknown, problems: SpecProblem[]): Record<string, string> | undefined {
  if (tags === undefined) return undefined;
  if (!Array.isArray(tags)) {
    problems.push({ field: "Tags", message: "expected a list of { Key, Value }" });
    return undefined;
  }
  const out: Record<string, string> = {};
  tags.forEach((t: unknown, i) => {
    const { Key, Value } = (t ?? {}) as { Key?: unknown; Value?: unknown };
    if (typeof Key !== "string" || typeof (Value ?? "") !== "string") problems.push({ field: `Tags[${i}]`, message: "expected { Key: string, Value: string }" });
    else out[Key] = (Value as string | undefined) ?? "";
  });
  return out;
}

function num(v: string | number | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : (v as unknown as number);
}

function scaling(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  return ({ Auto: "auto", Linear: "linear", Logarithmic: "log", ReverseLogarithmic: "reverse-log" } as Record<string, string>)[s] ?? s;
}

function lower(s: string | undefined): string | undefined {
  return s === undefined ? undefined : s.toLowerCase();
}

function dropUndefined<T>(v: T): T {
  if (Array.isArray(v)) return v.map(dropUndefined) as T;
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, dropUndefined(x)])) as T;
  return v;
}

interface Range {
  Name: string;
  MinValue?: string;
  MaxValue?: string;
  ScalingType?: string;
  Values?: string[];
}
interface TrainingJobDefinition {
  StaticHyperParameters?: Record<string, string>;
  AlgorithmSpecification?: { TrainingImage?: string; AlgorithmName?: string; TrainingInputMode?: string; MetricDefinitions?: { Name: string; Regex: string }[] };
  RoleArn?: string;
  VpcConfig?: unknown;
  OutputDataConfig?: unknown;
  ResourceConfig?: { InstanceType?: string; InstanceCount?: number; VolumeSizeInGB?: number; VolumeKmsKeyId?: string };
  StoppingCondition?: { MaxRuntimeInSeconds?: number };
  InputDataConfig?: { ChannelName: string; DataSource?: { S3DataSource?: { S3Uri?: string }; FileSystemDataSource?: { DirectoryPath?: string } } }[];
  Environment?: Record<string, string>;
  RetryStrategy?: { MaximumRetryAttempts: number };
  EnableManagedSpotTraining?: boolean;
  CheckpointConfig?: unknown;
  HyperParameterRanges?: { IntegerParameterRanges?: Range[]; ContinuousParameterRanges?: Range[]; CategoricalParameterRanges?: Range[] };
  TuningObjective?: { Type?: string; MetricName?: string };
}
interface SageMakerRequest {
  HyperParameterTuningJobName?: string;
  HyperParameterTuningJobConfig?: {
    Strategy?: string;
    HyperParameterTuningJobObjective?: { Type?: string; MetricName?: string };
    ResourceLimits?: { MaxNumberOfTrainingJobs?: number; MaxParallelTrainingJobs?: number; MaxRuntimeInSeconds?: number };
    ParameterRanges?: { IntegerParameterRanges?: Range[]; ContinuousParameterRanges?: Range[]; CategoricalParameterRanges?: Range[] };
    TrainingJobEarlyStoppingType?: string;
    TuningJobCompletionCriteria?: {
      TargetObjectiveMetricValue?: number;
      BestObjectiveNotImproving?: { MaxNumberOfTrainingJobsNotImproving?: number };
      ConvergenceDetected?: { CompleteOnConvergence?: string };
    };
    StrategyConfig?: { HyperbandStrategyConfig?: { MinResource?: number; MaxResource?: number } };
    RandomSeed?: number;
  };
  TrainingJobDefinition?: TrainingJobDefinition;
  TrainingJobDefinitions?: TrainingJobDefinition[];
  WarmStartConfig?: { ParentHyperParameterTuningJobs?: { HyperParameterTuningJobName: string }[]; WarmStartType?: string };
  Tags?: unknown;
  Autotune?: unknown;
}
