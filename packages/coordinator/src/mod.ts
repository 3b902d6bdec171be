// The public surface of @hyperfleet/coordinator.
// The optimizer lives in @hyperfleet/optimizer; re-exported so that existing imports keep working.
export * from "@hyperfleet/optimizer";
export { jobSpecSchema, parseJobSpec, type JobSpec, type JobSpecInput } from "./job/job-spec.js";
export { JobSpecError, formatProblem, type SpecProblem } from "./job/job-spec-error.js";
export { closestName } from "./job/closest-name.js";
export { JobActiveError, JobEndedError, JobNotFoundError, JournalWriteError } from "./job/job-errors.js";
export { fromSageMakerRequest } from "./job/sagemaker-request.js";
export { Coordinator, type CoordinatorOptions } from "./job/coordinator.js";
export { constraintBounds, constraintValues, describeConstraint, feasible, multiObjective, objectivesOf, paretoIndices, type ConstraintBound } from "./job/objectives.js";
export { WORKER_TTL_MS } from "@hyperfleet/transport";
export { JobRunner } from "./job/job-runner.js";
export { applyJobEvent, initialJobState, replayJob, snapshotRecords, inFlight, type JobState, type JobStatus, type TrialStatus, type JobTrial, type WarmObservation } from "./job/job-state.js";
export { jobEnding, CONVERGED_ASKS, CONVERGED_LOG_EI, type JobEnding } from "./job/completion.js";
export { shouldRetry, MIN_ATTEMPTS_FOR_INFRASTRUCTURE } from "./job/retry-policy.js";
export { FileJournal, MemoryJournal, RecordLogJournal, type Journal, type JobEvent } from "./job/journal.js";
export { createHttpApi, type HttpApiOptions } from "./http/http-api.js";
export { coordinatorMetrics } from "./http/coordinator-metrics.js";
export { earlyStopOf, stopReason, type EarlyStop } from "./http/trial-stop-reason.js";
export type { JobHooks, JobContext } from "./job/job-runner.js";
export { startCoordinatorService, type CoordinatorService, type CoordinatorServiceOptions } from "./http/coordinator-service.js";
export { SuggestionPool, type Suggester } from "./suggest/suggestion-pool.js";
