import { SearchSpace } from "@hyperfleet/optimizer";
import type { JobRunner } from "../job/job-runner.js";
import type { JobSpec } from "../job/job-spec.js";
import type { JobTrial } from "../job/job-state.js";
import { trialOffer } from "../job/trial-offer.js";
import { describeConstraint, feasible, multiObjective, objectivesOf } from "../job/objectives.js";
import { earlyStopOf, stopReason } from "./trial-stop-reason.js";

// What the API says about a job and its trials (SageMaker's DescribeHyperParameterTuningJob and
// ListTrainingJobsForHyperParameterTuningJob, in our words). Plain JSON, built from the job's state.

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

/** One line of GET /v1/jobs. */
export function jobSummary(j: JobRunner) {
  return {
    jobId: j.jobId,
    name: j.spec.name,
    status: j.status,
    strategy: j.spec.strategy,
    objective: j.spec.objective,
    resourceClass: j.resourceClass,
    counters: j.counters,
    trials: j.trials.size,
    limits: j.limits,
    bestObjective: j.best?.objective ?? null,
    ...(multiObjective(j.spec) ? { paretoSize: j.paretoFront.length } : {}),
    tags: j.spec.tags ?? {},
    createdAt: iso(j.state.createdUnixMs),
    endedAt: iso(j.state.endedUnixMs),
  };
}

/**
 * GET /v1/jobs/:id: the job's state, its whole configuration and its best trial with everything
 * needed to run it again. `spec` is the spec as submitted, normalized (defaults filled in, static
 * hyperparameters as strings): it can be submitted as it is. `limits` are the limits now (PATCH
 * changes them; `spec.limits` keeps what was submitted).
 */
export function jobDescription(j: JobRunner) {
  const best = j.best;
  return {
    jobId: j.jobId,
    name: j.spec.name,
    status: j.status,
    failureReason: j.status === "Failed" ? j.reason : undefined,
    completionReason: j.status === "Completed" ? j.reason : undefined,
    createdAt: iso(j.state.createdUnixMs),
    endedAt: iso(j.state.endedUnixMs),
    objective: j.spec.objective,
    strategy: j.spec.strategy,
    resourceClass: j.resourceClass,
    limits: j.limits,
    tags: j.spec.tags ?? {},
    trainingJobStatusCounters: j.counters,
    objectiveStatusCounters: j.objectiveCounters,
    bestTrial: best ? bestTrialDescription(j, best) : null,
    ...outcomeFields(j),
    consumedResources: { runtimeInSeconds: j.runtimeSeconds },
    spec: normalizedSpec(j.spec),
    /** How each numeric parameter is searched once `auto` is resolved (log for wide positive ranges). */
    resolvedScaling: resolvedScaling(j.spec),
    /** Completed observations carried over from warm-start parents (they are not trials). */
    warmStartObservations: j.warm.length,
  };
}

/**
 * Every objective, and with several the Pareto front (the non-dominated feasible trials, each with its
 * values); with constraints, how many trials are feasible, and a note when none is.
 */
function outcomeFields(j: JobRunner) {
  const spec = j.spec;
  const constraints = spec.constraints ?? [];
  const completed = j.count((s) => s === "Completed");
  const feasibleCount = constraints.length === 0 ? completed : [...j.trials.values()].filter((t) => t.status === "Completed" && feasible(spec, t.constraintMetrics)).length;
  const none = constraints.length > 0 && completed > 0 && feasibleCount === 0;
  return {
    objectives: objectivesOf(spec),
    constraints,
    ...(multiObjective(spec) ? { paretoFront: j.paretoFront.map((t) => ({ trialId: t.trialId, values: t.values, params: t.params, ...(t.constraintMetrics ? { constraintMetrics: t.constraintMetrics } : {}) })) } : {}),
    ...(constraints.length > 0 ? { feasibleTrials: feasibleCount } : {}),
    ...(none ? { constraintsNote: `none of the ${completed} completed trials satisfies the constraints (${constraints.map(describeConstraint).join(", ")}): no best trial yet; the bounds may be out of reach` } : {}),
  };
}

/**
 * The best trial as one would rerun it: every hyperparameter as the training received it (static
 * ones and Hyperband's budget included, all strings), the command or image, environment, data
 * channels and resources, and how long its attempt ran where.
 */
export function bestTrialDescription(j: JobRunner, t: JobTrial) {
  const offer = trialOffer(j.jobId, j.spec, t, t.createdUnixMs);
  const hyperparameters: Record<string, string> = { ...offer.staticHyperparameters };
  // As the worker writes them (hyperparameterStrings): String() of each tuned value, over the static ones.
  for (const [k, v] of Object.entries(offer.hyperparameters)) hyperparameters[k] = String(v);
  const hb = j.spec.hyperband;
  return {
    trialId: t.trialId,
    status: t.status,
    objective: t.objective,
    params: t.params,
    hyperparameters,
    staticHyperparameters: j.spec.staticHyperparameters,
    finalMetrics: Object.fromEntries(Object.entries(t.metrics).map(([name, series]) => [name, series.at(-1)!.value])),
    training: {
      runtime: offer.training.runtime,
      command: offer.training.command,
      ...(offer.training.image ? { image: offer.training.image } : {}),
      environment: offer.training.environment ?? {},
      ...(offer.training.dataChannels ? { dataChannels: offer.training.dataChannels } : {}),
    },
    resources: offer.resources,
    attempt: t.attempt,
    workerId: t.workerId ?? null,
    createdAt: iso(t.createdUnixMs),
    startedAt: iso(t.claimedUnixMs),
    endedAt: iso(t.endedUnixMs),
    durationSeconds: t.claimedUnixMs !== undefined && t.endedUnixMs !== undefined ? (t.endedUnixMs - t.claimedUnixMs) / 1000 : null,
    /** Where the worker that ran it kept its model, output and logs (hyperfleet worker --artifacts). */
    artifacts: t.artifacts ?? null,
    hyperband: t.placement && hb ? { configuration: t.placement.configId, rung: t.placement.rung, budget: t.placement.resource, resourceName: hb.resourceName } : null,
  };
}

/** A trial in GET /v1/jobs/:id/trials: its state without the metric series, earlier runs or logs; how the median rule or a limit stopped it. */
export function trialListEntry(j: JobRunner, t: JobTrial, front: ReadonlySet<number>) {
  const { metrics, logTail, previousRuns, ...rest } = t;
  return { ...rest, ...trialStopFields(j, t), ...outcomeFlags(j, t, front) };
}

/** The trials of the job's Pareto front, by id (empty with one objective): read once per list. */
export function frontIds(j: JobRunner): ReadonlySet<number> {
  return new Set(j.paretoFront.map((t) => t.trialId));
}

/** With constraints, whether a completed trial is feasible; with several objectives, whether it is on the front. */
function outcomeFlags(j: JobRunner, t: JobTrial, front: ReadonlySet<number>) {
  const completed = t.status === "Completed";
  return {
    ...(j.spec.constraints && completed ? { feasible: feasible(j.spec, t.constraintMetrics) } : {}),
    ...(multiObjective(j.spec) ? { pareto: front.has(t.trialId) } : {}),
  };
}

/** GET /v1/jobs/:id/trials/:trial: everything but the log lines (those are …/logs). */
export function trialDetail(j: JobRunner, t: JobTrial) {
  const { logTail, ...rest } = t;
  return { ...rest, ...trialStopFields(j, t), ...outcomeFlags(j, t, frontIds(j)) };
}

function trialStopFields(j: JobRunner, t: JobTrial) {
  const early = earlyStopOf(t, j.spec.objective.metric);
  const reason = stopReason(t, j.spec, j.reason);
  return { earlyStopped: t.earlyStopped === true, ...(early ? { earlyStop: early } : {}), ...(reason ? { stopReason: reason } : {}) };
}

/** The spec with the defaults a reader would otherwise have to know: a parameter's scaling is `auto` unless given. */
function normalizedSpec(spec: JobSpec): JobSpec {
  const parameters = Object.fromEntries(Object.entries(spec.parameters).map(([name, p]) => [name, p.type === "categorical" ? p : { ...p, scaling: p.scaling ?? "auto" }]));
  return { ...spec, parameters, tags: spec.tags ?? {} } as JobSpec;
}

function resolvedScaling(spec: JobSpec): Record<string, string> {
  try {
    return Object.fromEntries(new SearchSpace(spec.parameters).parameters.flatMap((p) => ("scaling" in p ? [[p.name, p.scaling]] : [])));
  } catch {
    return {}; // a spec journaled before a rule it now breaks: describe it anyway
  }
}
