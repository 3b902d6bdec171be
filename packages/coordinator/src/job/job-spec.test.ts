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

describe("job spec: several objectives and constraints", () => {
  const TWO = [
    { metric: "validation:accuracy", type: "maximize" },
    { metric: "latency", type: "minimize" },
  ];
  const base = { ...VALID, objective: undefined, training: { runtime: "external" } };

  it("takes objectives (the first filled in as objective, so the normalized spec can be submitted again) and constraints", () => {
    const spec = parseJobSpec({ ...base, objectives: TWO, constraints: [{ metric: "size_mb", max: 50 }, { metric: "recall", min: 0.5, max: 1 }] });
    expect(spec.objective).toEqual(TWO[0]);
    expect(parseJobSpec(spec).objectives).toEqual(TWO);
    expect(spec.constraints).toHaveLength(2);
  });

  it("refuses what has no meaning with several objectives, and malformed constraints, naming each field", () => {
    const problems = problemsOf({
      ...base,
      objective: { metric: "loss", type: "minimize" },
      objectives: [...TWO, { metric: "latency", type: "minimize" }],
      strategy: "hyperband",
      hyperband: { minResource: 1, maxResource: 9 },
      completion: { targetObjective: 0.9, convergence: true },
      constraints: [{ metric: "size" }, { metric: "latency", max: 3 }, { metric: "recall", min: 2, max: 1 }],
    });
    expect(problems.map((p) => p.field)).toEqual([
      "objective",
      "objectives.2.metric",
      "strategy",
      "completion.targetObjective",
      "completion.convergence",
      "constraints.0",
      "constraints.1.metric",
      "constraints.2.min",
    ]);
    expect(problemsOf({ ...base })).toEqual([expect.objectContaining({ field: "objective", message: expect.stringMatching(/^required/) })]);
  });

  it("wants a metric definition (or reportedMetrics) for every objective and constrained metric when definitions are given", () => {
    const problems = problemsOf({ ...VALID, objective: undefined, objectives: TWO, constraints: [{ metric: "size", max: 1 }] });
    expect(problems.map((p) => p.field)).toEqual(["objectives.1.metric", "constraints.0.metric"]);
  });
});

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

describe("job spec errors that tell the fix", () => {
  it("takes numbers and booleans in staticHyperparameters as the strings SageMaker would pass", () => {
    const spec = parseJobSpec({ ...VALID, staticHyperparameters: { epochs: 20, lr: 0.001, tiny: 1e-7, shuffle: true, opt: "adam" } });
    expect(spec.staticHyperparameters).toEqual({ epochs: "20", lr: "0.001", tiny: "1e-7", shuffle: "true", opt: "adam" });
    const [problem] = problemsOf({ ...VALID, staticHyperparameters: { epochs: null } });
    expect(problem).toEqual({ field: "staticHyperparameters.epochs", message: expect.stringMatching(/^expected a string, a number or true\/false .*got null$/) });
  });

  it("says a missing field is required, and lists the allowed values once, outside the message", () => {
    const problems = problemsOf({ objective: { type: "min" }, parameters: { x: { min: 0, max: 1 } }, limits: {}, training: { runtime: "process", command: ["x"] } });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    for (const field of ["name", "objective.metric", "limits.maxTrials"]) expect(byField[field], field).toEqual({ field, message: "required" });
    expect(byField["parameters.x.type"]).toEqual({ field: "parameters.x.type", message: "required", allowed: '"continuous" | "integer" | "categorical"' });
    expect(byField["objective.type"]).toEqual({ field: "objective.type", message: '"min" is not allowed', allowed: '"minimize" | "maximize"' });
    expect(problems.map((p) => p.message).join("\n")).not.toMatch(/undefined|received/);
  });

  it("suggests the field an unknown one misspells, one problem per unknown field", () => {
    const problems = problemsOf({ ...VALID, limits: { maxTrials: 4, maxParalelTrials: 2 }, straegy: "random", colour: "blue", training: { ...VALID.training, resorces: {} } });
    expect(problems).toEqual([
      { field: "limits.maxParalelTrials", message: "unknown field; did you mean maxParallelTrials?", suggestion: "maxParallelTrials" },
      { field: "training.resorces", message: "unknown field; did you mean resources?", suggestion: "resources" },
      { field: "straegy", message: "unknown field; did you mean strategy?", suggestion: "strategy" },
      { field: "colour", message: "unknown field" },
    ]);
    // Inside a parameter, the fields of the variant its type selects.
    expect(problemsOf({ ...VALID, parameters: { lr: { type: "continuous", min: 0, max: 1, scalling: "log" } } })).toEqual([
      { field: "parameters.lr.scalling", message: "unknown field; did you mean scaling?", suggestion: "scaling" },
    ]);
    // A misspelt required field is one problem, not also "required".
    expect(problemsOf({ ...VALID, hyperband: { minResouce: 1, maxResource: 9 }, training: { runtime: "process", comand: ["x"] } })).toEqual([
      { field: "hyperband.minResouce", message: "unknown field; did you mean minResource?", suggestion: "minResource" },
      { field: "training.comand", message: "unknown field; did you mean command?", suggestion: "command" },
    ]);
    expect(problemsOf({ ...VALID, strategy: "bayesain" })[0]).toMatchObject({ field: "strategy", message: '"bayesain" is not allowed; did you mean "bayesian"?', suggestion: "bayesian" });
  });

  it("reports the rules across fields together with every other problem, each once", () => {
    const problems = problemsOf({
      ...VALID,
      name: "bad name!",
      limits: { maxTrials: 2, maxParallelTrials: 4 },
      strategy: "hyperband",
      earlyStopping: "auto",
      hyperband: { minResource: 9, maxResource: 3 },
      training: { runtime: "docker", metricDefinitions: VALID.training.metricDefinitions, colour: 1 },
    });
    expect(problems.map((p) => p.field)).toEqual(["name", "training.colour", "earlyStopping", "hyperband.minResource", "limits.maxParallelTrials", "training.image"]);
    expect(new Set(problems.map((p) => `${p.field}: ${p.message}`)).size).toBe(problems.length);
    expect(problems.find((p) => p.field === "limits.maxParallelTrials")!.message).toBe("must be at most maxTrials (2)");
  });

  it("rejects an objective that no metric definition produces, naming the defined ones", () => {
    const training = { ...VALID.training, metricDefinitions: [{ name: "val_acc", regex: "acc=([0-9.]+)" }, { name: "loss", regex: "loss=([0-9.]+)" }] };
    const [problem, ...rest] = problemsOf({ ...VALID, training });
    expect(rest).toEqual([]);
    expect(problem!.field).toBe("objective.metric");
    expect(problem!.message).toMatch(/^no metric definition produces "validation:accuracy" \(defined: "val_acc", "loss"\)\. .*training\.reportedMetrics/);
    // A training that reports the objective itself declares it; one without definitions is taken on trust.
    expect(() => parseJobSpec({ ...VALID, training: { ...training, reportedMetrics: ["validation:accuracy"] } })).not.toThrow();
    expect(() => parseJobSpec({ ...VALID, training: { runtime: "process", command: ["node", "train.mjs"] } })).not.toThrow();
    // A near miss is named.
    const near = problemsOf({ ...VALID, objective: { metric: "validation:acuracy", type: "maximize" } })[0]!;
    expect(near).toMatchObject({ field: "objective.metric", suggestion: "validation:accuracy" });
  });

  it("tells an invalid regex from one without a capture group", () => {
    const problems = problemsOf({
      ...VALID,
      training: { ...VALID.training, metricDefinitions: [...VALID.training.metricDefinitions, { name: "a", regex: "a=([0-9.]+" }, { name: "b", regex: "b=[0-9.]+" }, { name: "c", regex: "c=(?:[0-9.]+)" }] },
    });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ["training.metricDefinitions.1.regex", expect.stringMatching(/^invalid regular expression: .*Unterminated group/)],
      ["training.metricDefinitions.2.regex", expect.stringMatching(/^the regular expression has no capture group: put the value in parentheses/)],
      ["training.metricDefinitions.3.regex", expect.stringMatching(/^the regular expression has no capture group/)],
    ]);
  });

  it("keeps tags, as SageMaker's Tags, and checks them", () => {
    expect(parseJobSpec({ ...VALID, tags: { team: "vision", stage: "" } }).tags).toEqual({ team: "vision", stage: "" });
    expect(problemsOf({ ...VALID, tags: { team: 3 } })).toEqual([{ field: "tags.team", message: "expected a string, got number 3" }]);
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

  it("maps Tags to the spec's tags, and numbers in StaticHyperParameters to strings", () => {
    const request = structuredClone(AWS_EXAMPLE) as typeof AWS_EXAMPLE & { Tags?: unknown };
    request.Tags = [{ Key: "team", Value: "ranking" }, { Key: "cost-centre", Value: "42" }];
    (request.TrainingJobDefinition.StaticHyperParameters as Record<string, unknown>).num_round = 100;
    const { spec, warnings } = fromSageMakerRequest(request);
    expect(spec.tags).toEqual({ team: "ranking", "cost-centre": "42" });
    expect(spec.staticHyperparameters.num_round).toBe("100");
    expect(warnings.join("\n")).not.toContain("Tags");
    request.Tags = [{ Key: "team" }, { Value: "x" }];
    expect(() => fromSageMakerRequest(request)).toThrow(/Tags\[1\]: expected \{ Key: string, Value: string \}/);
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
