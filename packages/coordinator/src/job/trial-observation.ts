import type { ObservationRecord, Optimizer } from "@hyperfleet/optimizer";
import { WireErrorCode, type WireError } from "@hyperfleet/transport";
import { inFlight, type JobTrial } from "./job-state.js";
import type { JobSpec } from "./job-spec.js";
import { constraintValues, constraintBounds } from "./objectives.js";

/**
 * Failures that say something about the configuration: the training itself ended badly. Anything
 * else (a lost worker, MAX_DELIVERIES, an image or container that would not start, no worker for the
 * request, a refused command) is the infrastructure's, and must not teach the optimizer where
 * trials fail.
 */
const TRAINING_FAILURES: ReadonlySet<string> = new Set([WireErrorCode.TrainingExitCode, WireErrorCode.ObjectiveMissing, WireErrorCode.ObjectiveNotFinite]);

export function isTrainingFailure(error: WireError): boolean {
  return !error.retryable && TRAINING_FAILURES.has(error.code);
}

/**
 * What a trial tells the optimizer, as an observation record (importObservations): its objective;
 * for an early-stopped trial its last objective value and step; a training failure; or, for a trial
 * that failed for the infrastructure or was stopped by the user, the job's end or its time limit,
 * only that it was tried. Running and queued trials are pending.
 */
export function observationOf(t: JobTrial, spec: JobSpec): ObservationRecord {
  const base = { id: t.trialId, params: t.params };
  const objectiveMetric = spec.objective.metric;
  if (inFlight(t.status)) return { ...base, state: "pending" };
  if (t.status === "Completed" && t.objective !== undefined) {
    // Several objectives: every value; constraints: each bound's value (null: not reported, infeasible).
    const constraints = constraintBounds(spec).length > 0 ? { constraints: constraintValues(spec, t.constraintMetrics ?? {}) } : {};
    return { ...base, state: "completed", ...(t.values ? { values: [...t.values] } : { value: t.objective }), ...constraints };
  }
  if (t.status === "Stopped" && t.earlyStopped) {
    const last = t.metrics[objectiveMetric]?.at(-1);
    return { ...base, state: "stopped", ...(last ? { value: last.value, step: last.step } : {}) };
  }
  if (t.status === "Failed" && t.error && isTrainingFailure(t.error)) return { ...base, state: "failed" };
  return { ...base, state: "failed", infrastructure: true };
}

/** Tells the optimizer how a trial ended, as observationOf says (the same a replay imports). */
export function tellEnded(optimizer: Optimizer, record: ObservationRecord): void {
  const id = record.id!;
  if (record.state === "completed") optimizer.tell(id, record.values ?? record.value!, record.constraints ? { constraints: record.constraints } : undefined);
  else if (record.state === "stopped") optimizer.tellStopped(id, { ...(record.value !== undefined ? { value: record.value } : {}), ...(record.step !== undefined ? { step: record.step } : {}) });
  else optimizer.tellFailure(id, { infrastructure: record.infrastructure === true });
}
