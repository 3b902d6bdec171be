import { describe, expect, it } from "vitest";
import { JobSpecError } from "./job-spec-error.js";
import { parseJobSpec } from "./job-spec.js";
import { fromSageMakerRequest } from "./sagemaker-request.js";

const VALID = {
  name: "digits-mlp",
  objective: { metric: "validation:accuracy", type: "maximize" },
  parameters: {
    lr: { type: "continuous", min: 1e-4, max: 1, scaling: "log" },
    hidden: { type: "integer", min: 16, max: 256 },
    act: { type: "categorical", values: ["relu", "tanh"] },
  },
  limits: { maxTrials: 20, maxParallelTrials: 4 },
  training: { runtime: "process", command: ["node", "train.mjs"], metricDefinitions: [{ name: "validation:accuracy", regex: "val_acc=([0-9.]+)" }] },
};

function problemsOf(input: unknown) {
  try {
    parseJobSpec(input);
  } catch (err) {
    if (err instanceof JobSpecError) return err.problems;
    throw err;
  }
  throw new Error("expected a JobSpecError");
}

describe("job spec", () => {
  it("parses a valid spec and applies the defaults", () => {
    const spec = parseJobSpec(VALID);
    expect(spec.strategy).toBe("bayesian");
    expect(spec.earlyStopping).toBe("off");
    expect(spec.training.resources).toEqual({ cpus: 1, memoryMiB: 1024, gpus: 0 });
    expect(spec.training.retry).toEqual({ maxAttempts: 1, retryTrainingFailures: false });
    expect(spec.completion).toEqual({ convergence: false });
    expect(spec.staticHyperparameters).toEqual({});
  });

  it("lists every problem of a bad spec, each with its field path and what is allowed", () => {
    const problems = problemsOf({
      name: "bad name!",
      objective: { metric: "loss", type: "min" },
      strategy: "tpe",
      parameters: {
        lr: { type: "continuous", min: 0, max: 1, scaling: "log" },
        act: { type: "categorical", values: [] },
        depth: { type: "integer", min: 5, max: 2 },
      },
      limits: { maxTrials: 0 },
      earlyStopping: "sometimes",
      training: { runtime: "podman", metricDefinitions: [{ name: "loss", regex: "loss=[0-9.]+" }] },
      colour: "blue",
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(
      [
        "colour",
        "name",
        "objective.type",
        "strategy",
        "limits.maxTrials",
        "earlyStopping",
        "training.runtime",
        "training.metricDefinitions.0.regex",
        "parameters.lr.min",
        "parameters.act.values",
        "parameters.depth.min",
      ].sort(),
    );
    expect(byField["objective.type"]!.allowed).toBe('"minimize" | "maximize"');
    expect(byField["strategy"]!.allowed).toBe('"bayesian" | "random" | "grid" | "hyperband"');
    expect(byField["colour"]!.message).toBe("unknown field");
    expect(byField["parameters.lr.min"]!.message).toMatch(/log scaling needs min > 0/);
  });

  it("checks the rules that span fields", () => {
    const fields = (extra: object) => problemsOf({ ...VALID, ...extra }).map((p) => p.field);
    expect(fields({ strategy: "hyperband", earlyStopping: "auto", hyperband: { minResource: 1, maxResource: 27 } })).toEqual(["earlyStopping"]);
    expect(fields({ strategy: "hyperband" })).toEqual(["hyperband"]);
    expect(fields({ limits: { maxTrials: 2, maxParallelTrials: 4 } })).toEqual(["limits.maxParallelTrials"]);
    expect(fields({ training: { runtime: "docker" } })).toEqual(["training.image"]);
    expect(fields({ training: { runtime: "process" } })).toEqual(["training.command"]);
  });
});

// Modelled on the example request of the SageMaker Developer Guide ("Configure and launch a
// hyperparameter tuning job": XGBoost, validation:auc), written here from its published fields, with
// its two S3 channels pointing at local copies of the data.
const AWS_EXAMPLE = {
  HyperParameterTuningJobName: "xgboost-tuningjob-28-11",
  HyperParameterTuningJobConfig: {
    Strategy: "Bayesian",
    HyperParameterTuningJobObjective: { MetricName: "validation:auc", Type: "Maximize" },
    ResourceLimits: { MaxNumberOfTrainingJobs: 20, MaxParallelTrainingJobs: 3 },
    ParameterRanges: {
      CategoricalParameterRanges: [],
      ContinuousParameterRanges: [
        { MaxValue: "1", MinValue: "0", Name: "eta" },
        { MaxValue: "10", MinValue: "1", Name: "min_child_weight" },
        { MaxValue: "2", MinValue: "0", Name: "alpha" },
      ],
      IntegerParameterRanges: [{ MaxValue: "10", MinValue: "1", Name: "max_depth" }],
    },
  },
  TrainingJobDefinition: {
    AlgorithmSpecification: { TrainingImage: "811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:latest", TrainingInputMode: "File" },
    InputDataConfig: ["train", "validation"].map((ChannelName) => ({
      ChannelName,
      CompressionType: "None",
      ContentType: "csv",
      DataSource: { S3DataSource: { S3DataDistributionType: "FullyReplicated", S3DataType: "S3Prefix", S3Uri: `file:///srv/data/xgboost/${ChannelName}` } },
    })),
    OutputDataConfig: { S3OutputPath: "s3://my-bucket/xgboost/output" },
    ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m4.xlarge", VolumeSizeInGB: 10 },
    RoleArn: "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
    StaticHyperParameters: { eval_metric: "auc", num_round: "100", objective: "binary:logistic", rate_drop: "0.3", tweedie_variance_power: "1.4" },
    StoppingCondition: { MaxRuntimeInSeconds: 43200 },
  },
};

describe("SageMaker CreateHyperParameterTuningJob requests", () => {
  it("maps the documentation's example field by field, with a warning for each AWS-only field", () => {
    const { spec, warnings } = fromSageMakerRequest(AWS_EXAMPLE);
    expect(spec.name).toBe("xgboost-tuningjob-28-11");
    expect(spec.objective).toEqual({ metric: "validation:auc", type: "maximize" });
    expect(spec.limits).toEqual({ maxTrials: 20, maxParallelTrials: 3 });
    expect(spec.parameters).toEqual({
      eta: { type: "continuous", min: 0, max: 1 },
      min_child_weight: { type: "continuous", min: 1, max: 10 },
      alpha: { type: "continuous", min: 0, max: 2 },
      max_depth: { type: "integer", min: 1, max: 10 },
    });
    expect(spec.staticHyperparameters.num_round).toBe("100");
    expect(spec.training).toMatchObject({
      runtime: "docker",
      image: "811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:latest",
      dataChannels: [{ name: "train", path: "/srv/data/xgboost/train" }, { name: "validation", path: "/srv/data/xgboost/validation" }],
      maxRuntimeSeconds: 43200,
    });
    expect(warnings.map((w) => w.split(" ")[0])).toEqual(["TrainingJobDefinition.RoleArn", "TrainingJobDefinition.OutputDataConfig", "TrainingJobDefinition.ResourceConfig.InstanceType"]);
  });

  it("rejects S3 channels clearly, together with any other problem", () => {
    const request = structuredClone(AWS_EXAMPLE);
    request.TrainingJobDefinition.InputDataConfig[0]!.DataSource.S3DataSource.S3Uri = "s3://my-bucket/xgboost/train";
    request.HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type = "Maximise";
    let error: JobSpecError | undefined;
    try {
      fromSageMakerRequest(request);
    } catch (err) {
      error = err as JobSpecError;
    }
    expect(error?.problems.map((p) => p.field)).toEqual(["TrainingJobDefinition.InputDataConfig[0]", "objective.type"]);
    expect(error?.problems[0]!.message).toMatch(/S3 data sources are not supported/);
  });
});
