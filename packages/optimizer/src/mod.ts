// The public surface of @hyperfleet/optimizer: pure, seeded maths with no runtime dependency.
export { createOptimizer, Optimizer } from "./optimizer/optimizer.js";
export { TRIAL_STATES } from "./optimizer/optimizer.js";
export type { ExportedObservations, FailureOptions, FeasibleTrial, ObservationRecord, OptimizerState, ParetoTrial, StoppedOptions, Suggestion, TellOptions, TrialState } from "./optimizer/optimizer.js";
export { hypervolume } from "./pareto/hypervolume.js";
export { dominates, nonDominated } from "./pareto/non-dominated.js";
export type { Objective, OptimizerOptions, StrategyName } from "./optimizer/optimizer-options.js";
export type { AskAnswer, AskRequest } from "./optimizer/optimizer.js";
export { answerAsk } from "./optimizer/remote-ask.js";
export { OBJECTIVES, STRATEGIES, LIARS } from "./optimizer/optimizer-options.js";
export type { Liar } from "./batching/constant-liar.js";
export { SearchSpace } from "./space/search-space.js";
export { REPEAT_TOLERANCE } from "./space/tried-points.js";
export { parameterImportance, MAX_OBSERVATIONS_FOR_IMPORTANCE, MIN_OBSERVATIONS_FOR_IMPORTANCE, type ParameterImportance } from "./gp/parameter-importance.js";
export { DEFAULT_STOPPED_POLICY, STOPPED_POLICIES, type StoppedPolicy } from "./strategies/stopped-trials.js";
export { createRng, rngFromState, type Rng, type RngState } from "./random/rng.js";
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
export { medianRuleStops, median, MEDIAN_RULE_DEFAULTS, type CurvePoint, type MedianRuleOptions } from "./early-stopping/median-rule.js";
export { MedianRuleIndex } from "./early-stopping/median-rule-index.js";
export { AshaRungs, type AshaDecision, type HyperbandOptions } from "./early-stopping/asha.js";
export { HyperbandSchedule, type HyperbandScheduleOptions, type PlannedTrial, type RungPlacement } from "./early-stopping/hyperband-schedule.js";
