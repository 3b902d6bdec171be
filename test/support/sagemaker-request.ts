/** A SageMaker CreateHyperParameterTuningJob request whose training data is on S3 (which Hyperfleet refuses: exit 2). */
export function s3SageMakerRequest(strategy: "Bayesian" | "Random") {
  return {
    HyperParameterTuningJobName: "sm-s3",
    HyperParameterTuningJobConfig: {
      Strategy: strategy,
      HyperParameterTuningJobObjective: { MetricName: "loss", Type: "Minimize" },
      ResourceLimits: { MaxNumberOfTrainingJobs: 2, MaxParallelTrainingJobs: 1 },
      ParameterRanges: { ContinuousParameterRanges: [{ Name: "x", MinValue: "0", MaxValue: "1" }] },
    },
    TrainingJobDefinition: {
      AlgorithmSpecification: { TrainingImage: "train:1", MetricDefinitions: [{ Name: "loss", Regex: "loss=([0-9.]+)" }] },
      InputDataConfig: [{ ChannelName: "train", DataSource: { S3DataSource: { S3Uri: "s3://bucket/train" } } }],
    },
  };
}
