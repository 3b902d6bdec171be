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
  return [...strategyProblems(spec), ...limitProblems(spec), ...trainingProblems(spec), ...objectiveProblems(spec)];
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
 * The objective must be a metric something produces. Metrics can come from metricDefinitions (regexes
 * on the output) or from the training itself (the SDK, HYPERFLEET_METRICS_FILE, HYPERFLEET_METRIC
 * lines: docs/worker.md), which the spec does not see. So a spec without metricDefinitions is taken on
 * trust; one with them must define the objective or declare it in training.reportedMetrics, else
 * every trial would fail OBJECTIVE_MISSING.
 */
function objectiveProblems(spec: Fields): SpecProblem[] {
  const metric = text(fields(spec.objective)?.metric);
  const training = fields(spec.training);
  const definitions = training?.metricDefinitions;
  if (!metric || !Array.isArray(definitions) || definitions.length === 0) return [];
  const defined = definitions.map((d) => text(fields(d)?.name)).filter((n): n is string => n !== undefined);
  const reported = Array.isArray(training?.reportedMetrics) ? training.reportedMetrics.filter((n): n is string => typeof n === "string") : [];
  if (defined.length < definitions.length || defined.includes(metric) || reported.includes(metric)) return [];
  const suggestion = closestName(metric, defined);
  return [
    {
      field: "objective.metric",
      message:
        `no metric definition produces ${JSON.stringify(metric)} (defined: ${defined.map((n) => JSON.stringify(n)).join(", ")}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ""}). ` +
        "Add a definition for it to training.metricDefinitions, or list it in training.reportedMetrics when the training reports it itself (the SDK, HYPERFLEET_METRICS_FILE, HYPERFLEET_METRIC lines)",
      ...(suggestion ? { suggestion } : {}),
    },
  ];
}
