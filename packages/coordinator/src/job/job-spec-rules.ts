import { closestName } from "./closest-name.js";
import type { SpecProblem } from "./job-spec-error.js";

// The rules that span fields, checked on the spec as written rather than inside the schema: a zod
// refinement runs only once everything else parses, so `maxParallelTrials > maxTrials` would show up
// only after the other problems were fixed. Each rule reads just the fields it needs and says nothing
// when one of them is malformed (the schema reports that one), so every problem is listed at once.

type Fields = Record<string, unknown>;

const fields = (v: unknown): Fields | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Fields) : undefined);
const int = (v: unknown): number | undefined => (Number.isInteger(v) ? (v as number) : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export function crossFieldProblems(input: unknown): SpecProblem[] {
  const spec = fields(input);
  if (!spec) return [];
  return [...strategyProblems(spec), ...limitProblems(spec), ...trainingProblems(spec), ...objectivesProblems(spec), ...constraintProblems(spec), ...objectiveProblems(spec)];
}

function strategyProblems(spec: Fields): SpecProblem[] {
  const out: SpecProblem[] = [];
  const hyperband = fields(spec.hyperband);
  if (spec.strategy === "hyperband" && spec.earlyStopping === "auto") {
    out.push({ field: "earlyStopping", message: 'must be "off" with the hyperband strategy (Hyperband stops trials itself), as in SageMaker' });
  }
  if (spec.strategy === "hyperband" && spec.hyperband === undefined) out.push({ field: "hyperband", message: "the hyperband strategy needs { minResource, maxResource }" });
  const min = int(hyperband?.minResource);
  const max = int(hyperband?.maxResource);
  if (min !== undefined && max !== undefined && min >= max) out.push({ field: "hyperband.minResource", message: `must be less than maxResource (${max})` });
  return out;
}

function limitProblems(spec: Fields): SpecProblem[] {
  const limits = fields(spec.limits);
  const maxTrials = int(limits?.maxTrials);
  const parallel = int(limits?.maxParallelTrials);
  if (maxTrials !== undefined && maxTrials >= 1 && parallel !== undefined && parallel > maxTrials) {
    return [{ field: "limits.maxParallelTrials", message: `must be at most maxTrials (${maxTrials})` }];
  }
  return [];
}

function trainingProblems(spec: Fields): SpecProblem[] {
  const training = fields(spec.training);
  if (!training) return [];
  const command = training.command;
  if (training.runtime === "process" && (command === undefined || (Array.isArray(command) && command.length === 0))) {
    return [{ field: "training.command", message: "required with the process runtime: an argv array, run without a shell, e.g. [python3, train.py]" }];
  }
  if (training.runtime === "docker" && (training.image === undefined || training.image === "")) return [{ field: "training.image", message: "required with the docker runtime" }];
  if (training.runtime === "external") return externalProblems(training);
  return [];
}

/**
 * With `runtime: external` the coordinator runs nothing: API clients ask for suggestions and report
 * (docs/api.md). What only a worker would use is refused rather than silently ignored.
 */
function externalProblems(training: Record<string, unknown>): SpecProblem[] {
  const unused = ["command", "image", "metricDefinitions", "dataChannels", "environment", "keepBestArtifacts", "checkpointDir"].filter((k) => {
    const v = training[k];
    return v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
  });
  return unused.map((k) => ({ field: `training.${k}`, message: `not used with runtime external (the API client runs the training and reports its metrics: POST /v1/jobs/<id>/suggestions); remove it, or use runtime process or docker` }));
}

/**
 * One objective, or several: `objective` and `objectives` are one or the other (a normalized spec has
 * both, the first of `objectives` filled in as `objective`). With several, what ranks trials on one
 * metric (Hyperband, completion criteria on a best value) has no meaning, and is refused.
 */
function objectivesProblems(spec: Fields): SpecProblem[] {
  const list = Array.isArray(spec.objectives) ? spec.objectives.map(fields) : undefined;
  const single = fields(spec.objective);
  if (!list) return spec.objective === undefined ? [{ field: "objective", message: "required: { metric, type: minimize | maximize }, or objectives: [...] for several" }] : [];
  const out: SpecProblem[] = [];
  const first = list[0];
  if (single && first && (single.metric !== first.metric || single.type !== first.type)) {
    out.push({ field: "objective", message: "give objective or objectives, not both (with objectives, objective is their first)" });
  }
  const metrics = list.map((o) => text(o?.metric));
  metrics.forEach((m, i) => {
    if (m !== undefined && metrics.indexOf(m) !== i) out.push({ field: `objectives.${i}.metric`, message: `${JSON.stringify(m)} is already objective ${metrics.indexOf(m)}` });
  });
  if (list.length < 2) return out;
  if (spec.warmStart !== undefined) out.push({ field: "warmStart", message: "a warm start carries one objective's values: not available with several objectives" });
  if (spec.strategy === "hyperband") out.push({ field: "strategy", message: "hyperband promotes trials on one metric: with several objectives use bayesian, random or grid" });
  const completion = fields(spec.completion);
  for (const key of ["targetObjective", "bestNotImprovingTrials"]) {
    if (completion?.[key] !== undefined) out.push({ field: `completion.${key}`, message: "needs one objective to rank trials by: with several, the job runs to maxTrials (or its time limit)" });
  }
  if (completion?.convergence === true) out.push({ field: "completion.convergence", message: "is measured on one objective's expected improvement: not available with several objectives" });
  return out;
}

/** Each constraint bounds a metric from above, below or both, and not one already optimized. */
function constraintProblems(spec: Fields): SpecProblem[] {
  if (!Array.isArray(spec.constraints)) return [];
  const listed: unknown[] = Array.isArray(spec.objectives) ? spec.objectives : [];
  const objectives = new Set([spec.objective, ...listed].map((o) => text(fields(o)?.metric)));
  const out: SpecProblem[] = [];
  if (spec.warmStart !== undefined) out.push({ field: "warmStart", message: "a parent's trials carry no constraint values: a warm start is not available with constraints" });
  spec.constraints.forEach((c: unknown, i) => {
    const f = fields(c);
    if (!f) return;
    const max = typeof f.max === "number" ? f.max : undefined;
    const min = typeof f.min === "number" ? f.min : undefined;
    if (f.max === undefined && f.min === undefined) out.push({ field: `constraints.${i}`, message: "give max, min or both: { metric: latency_ms, max: 20 }" });
    if (max !== undefined && min !== undefined && min > max) out.push({ field: `constraints.${i}.min`, message: `must be at most max (${max})` });
    if (objectives.has(text(f.metric))) out.push({ field: `constraints.${i}.metric`, message: `${JSON.stringify(f.metric)} is an objective: bound it or optimize it, not both` });
  });
  return out;
}

/**
 * The objective must be a metric something produces. Metrics can come from metricDefinitions (regexes
 * on the output) or from the training itself (the SDK, HYPERFLEET_METRICS_FILE, HYPERFLEET_METRIC
 * lines: docs/worker.md), which the spec does not see. So a spec without metricDefinitions is taken on
 * trust; one with them must define the objective or declare it in training.reportedMetrics, else
 * every trial would fail OBJECTIVE_MISSING.
 */
function objectiveProblems(spec: Fields): SpecProblem[] {
  const training = fields(spec.training);
  const definitions = training?.metricDefinitions;
  if (!Array.isArray(definitions) || definitions.length === 0) return [];
  const defined = definitions.map((d) => text(fields(d)?.name)).filter((n): n is string => n !== undefined);
  const reported = Array.isArray(training?.reportedMetrics) ? training.reportedMetrics.filter((n): n is string => typeof n === "string") : [];
  if (defined.length < definitions.length) return [];
  // Every metric the job reads: the objective(s) and the constrained ones.
  const read: [string, unknown][] = [
    ["objective.metric", fields(spec.objective)?.metric],
    ...(Array.isArray(spec.objectives) ? spec.objectives.map((o, i): [string, unknown] => [`objectives.${i}.metric`, fields(o)?.metric]) : []),
    ...(Array.isArray(spec.constraints) ? spec.constraints.map((c, i): [string, unknown] => [`constraints.${i}.metric`, fields(c)?.metric]) : []),
  ];
  return read.flatMap(([field, m]) => {
    const metric = text(m);
    return metric && !defined.includes(metric) && !reported.includes(metric) ? [unproduced(field, metric, defined)] : [];
  });
}

function unproduced(field: string, metric: string, defined: readonly string[]): SpecProblem {
  const suggestion = closestName(metric, defined);
  return (
    {
      field,
      message:
        `no metric definition produces ${JSON.stringify(metric)} (defined: ${defined.map((n) => JSON.stringify(n)).join(", ")}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ""}). ` +
        "Add a definition for it to training.metricDefinitions, or list it in training.reportedMetrics when the training reports it itself (the SDK, HYPERFLEET_METRICS_FILE, HYPERFLEET_METRIC lines)",
      ...(suggestion ? { suggestion } : {}),
    }
  );
}
