// The public surface of @hyperfleet/coordinator.
export { createOptimizer, Optimizer } from "./optimizer/optimizer.js";
export type { ExportedObservations, ObservationRecord, Suggestion, TrialState } from "./optimizer/optimizer.js";
export type { Objective, OptimizerOptions, StrategyName } from "./optimizer/optimizer-options.js";
export { OBJECTIVES, STRATEGIES, LIARS } from "./optimizer/optimizer-options.js";
export type { Liar } from "./batching/constant-liar.js";
export { SearchSpace } from "./space/search-space.js";
export type {
  CategoricalParameterSpec,
  ContinuousParameterSpec,
  IntegerParameterSpec,
  ParameterSpec,
  Params,
  ParamValue,
  Scaling,
  SpaceSpec,
} from "./space/parameter-spec.js";
export {
  ErrorCode,
  HyperfleetError,
  InvalidArgumentError,
  InvalidSpaceError,
  NumericalFailureError,
  TrialAlreadyFinishedError,
  UnknownTrialError,
} from "./errors.js";
export { jobSpecSchema, parseJobSpec, type JobSpec, type JobSpecInput } from "./job/job-spec.js";
export { JobSpecError, type SpecProblem } from "./job/job-spec-error.js";
export { fromSageMakerRequest } from "./job/sagemaker-request.js";
export { Coordinator, WORKER_TTL_MS, type CoordinatorOptions } from "./job/coordinator.js";
export { JobRunner, type JobStatus, type TrialStatus, type JobTrial } from "./job/job-runner.js";
export { FileJournal, MemoryJournal, RecordLogJournal, type Journal, type JobEvent } from "./job/journal.js";
export { createHttpApi, type HttpApiOptions } from "./http/http-api.js";
export { coordinatorMetrics } from "./http/coordinator-metrics.js";
export type { JobHooks, JobContext, WarmObservation } from "./job/job-runner.js";
export { startCoordinatorService, type CoordinatorService, type CoordinatorServiceOptions } from "./http/coordinator-service.js";
export { medianRuleStops, median, MEDIAN_RULE_DEFAULTS, type CurvePoint, type MedianRuleOptions } from "./early-stopping/median-rule.js";
export { AshaRungs, type AshaDecision, type HyperbandOptions } from "./early-stopping/asha.js";
export { EARLY_STOPPED_TELLS_LAST_VALUE } from "./job/job-runner.js";
export { HyperbandSchedule, type HyperbandScheduleOptions, type PlannedTrial, type RungPlacement } from "./job/hyperband-schedule.js";
