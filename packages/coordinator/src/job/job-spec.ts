import { z } from "zod";
import { InvalidSpaceError, SearchSpace } from "@hyperfleet/optimizer";
import { JobSpecError, type SpecProblem } from "./job-spec-error.js";
import { crossFieldProblems } from "./job-spec-rules.js";
import { issueProblems, withoutExplainedMissing } from "./spec-issues.js";

// One schema for a tuning job, parsed once at the edge (docs/job-spec.md). Defaults are applied here;
// every object is strict, so an unknown or misspelt field is an error that names it. The rules across
// fields are checked beside the schema (job-spec-rules.ts), so that they are reported with the rest.

const name = z.string().regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, "1-63 letters, digits and hyphens, starting and ending with a letter or digit");
const positiveInt = z.number().int().min(1);

// A parameter's shape is checked here; its rules across fields (min < max, log needs min > 0, ...)
// by the optimizer's SearchSpace, which names the rule, in parseJobSpec.
const scaling = z.enum(["auto", "linear", "log", "reverse-log"]);
const parameter = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("continuous"), min: z.number(), max: z.number(), scaling: scaling.optional(), gridPoints: z.number().int().min(2).optional() }),
  z.strictObject({ type: z.literal("integer"), min: z.number().int(), max: z.number().int(), scaling: scaling.optional() }),
  z.strictObject({ type: z.literal("categorical"), values: z.array(z.union([z.string(), z.number(), z.boolean()])) }),
]);

const metricDefinition = z.strictObject({
  name: z.string().min(1),
  regex: z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      const problem = regexProblem(source);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

/**
 * A static hyperparameter as written (YAML's `epochs: 20`, `shuffle: true`) becomes the string
 * SageMaker would pass (and the worker passes for tuned values): String(), so 20 -> "20",
 * 0.001 -> "0.001", 1e-7 -> "1e-7", true -> "true".
 */
const staticValue = z
  .union([z.string(), z.number(), z.boolean()], { error: "expected a string, a number or true/false (passed to the training as a string)" })
  .transform((v) => String(v));

/** SageMaker's limits on tags: 50 per resource, keys up to 128 characters, values up to 256. */
const tags = z
  .record(z.string().min(1).max(128), z.string().max(256))
  .refine((t) => Object.keys(t).length <= 50, "at most 50 tags");

const resources = z.strictObject({
  cpus: z.number().positive().default(1),
  memoryMiB: z.number().int().min(1).default(1024),
  gpus: z.number().int().min(0).default(0),
  gpuModel: z.string().min(1).optional(),
  labels: z.record(z.string(), z.string()).optional(),
});

const dataChannel = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9.\-_]{1,64}$/, "1-64 letters, digits, '.', '-' or '_'"),
  /** A local folder (or file:// URI), mounted at /opt/ml/input/data/<name>. */
  path: z.string().min(1),
});

const training = z.strictObject({
  /** external: no worker runs it; API clients ask for its trials and report them (the suggestion service). */
  runtime: z.enum(["process", "docker", "external"]),
  command: z.array(z.string()).default([]),
  image: z.string().min(1).optional(),
  metricDefinitions: z.array(metricDefinition).max(40).default([]),
  /**
   * Metrics the training reports itself (the SDK, HYPERFLEET_METRICS_FILE, HYPERFLEET_METRIC lines)
   * rather than through a definition: an objective named here needs no definition.
   */
  reportedMetrics: z.array(z.string().min(1)).max(40).optional(),
  resources: resources.prefault({}),
  environment: z.record(z.string(), z.string()).default({}),
  retry: z.strictObject({ maxAttempts: z.number().int().min(1).max(30).default(1), retryTrainingFailures: z.boolean().default(false) }).prefault({}),
  dataChannels: z.array(dataChannel).default([]),
  /**
   * A folder every worker can reach (a local folder in the embedded mode, a shared volume in a
   * cluster): each trial gets HYPERFLEET_CHECKPOINT_DIR under it, shared by a Hyperband
   * configuration's promotions so the training can resume from its last checkpoint.
   */
  checkpointDir: z.string().min(1).optional(),
  /** Each attempt is stopped after this long (SageMaker's StoppingCondition.MaxRuntimeInSeconds). */
  maxRuntimeSeconds: z.number().int().min(1).optional(),
  /**
   * Keep the artifacts of only this many best completed trials: the workers delete every other
   * attempt's folder once it is known not to be among them. Absent: the workers keep everything.
   */
  keepBestArtifacts: z.number().int().min(1).max(1_000_000).optional(),
});

/** The shape of a job spec; parseJobSpec adds the rules across fields and the search space's own. */
const objective = z.strictObject({ metric: z.string().min(1), type: z.enum(["minimize", "maximize"]) });

/** An outcome constraint on a reported metric: a completed trial is feasible when it is within every bound. */
const constraint = z.strictObject({ metric: z.string().min(1), max: z.number().optional(), min: z.number().optional() });

export const jobSpecSchema = z.strictObject({
  name,
  /** The metric to optimize; with `objectives`, the first of them (filled in when absent). */
  objective: objective.optional(),
  /** Several metrics to optimize at once: the job finds their Pareto front (docs/job-spec.md). */
  objectives: z.array(objective).min(1).max(4).optional(),
  /** Bounds on reported metrics; the best trial (or the Pareto front) is chosen among the trials within them. */
  constraints: z.array(constraint).max(10).optional(),
  strategy: z.enum(["bayesian", "random", "grid", "hyperband"]).default("bayesian"),
  parameters: z.record(z.string(), parameter),
  staticHyperparameters: z.record(z.string(), staticValue).default({}),
  limits: z.strictObject({
    maxTrials: positiveInt,
    maxParallelTrials: positiveInt.default(1),
    maxRuntimeSeconds: z.number().int().min(120).max(15_768_000).optional(),
    /** The job ends Failed (MaxFailedTrialsReached) once this many trials have failed for good (Katib's maxFailedTrialCount). */
    maxFailedTrials: positiveInt.optional(),
  }),
  completion: z
    .strictObject({
      targetObjective: z.number().optional(),
      bestNotImprovingTrials: z.number().int().min(3).optional(),
      convergence: z.boolean().default(false),
    })
    .prefault({}),
  earlyStopping: z.enum(["off", "auto"]).default("off"),
  hyperband: z
    .strictObject({
      minResource: positiveInt,
      maxResource: z.number().int().min(1).max(20_000),
      reductionFactor: z.number().int().min(2).default(3),
      resourceName: z.string().min(1).default("epochs"),
      /**
       * New configurations from a GP on the largest well-filled rung (BOHB-style) instead of at
       * random. Off by default: on bench:early-stopping it found the best configuration less often.
       */
      modelBased: z.boolean().default(false),
    })
    .optional(),
  seed: z.number().int().min(0).optional(),
  training,
  warmStart: z.strictObject({ parents: z.array(z.string().min(1)).min(1).max(5), type: z.enum(["identical", "transfer"]) }).optional(),
  /** Free-form labels (SageMaker's Tags), for finding jobs: GET /v1/jobs?tag=key=value. */
  tags: tags.optional(),
});

type ParsedSpec = z.output<typeof jobSpecSchema>;
/** A parsed spec: `objective` is always there (the first of `objectives` when several are given). */
export type JobSpec = Omit<ParsedSpec, "objective"> & { objective: NonNullable<ParsedSpec["objective"]> };
export type JobSpecInput = z.input<typeof jobSpecSchema>;

/**
 * Parses and checks a job spec; throws JobSpecError listing every problem once, all at once: the
 * schema's (a missing field "required", an unknown one with "did you mean"), the rules across fields,
 * and the search space's, each with its field path and what is allowed.
 */
export function parseJobSpec(input: unknown): JobSpec {
  const result = jobSpecSchema.safeParse(input);
  const problems: SpecProblem[] = result.success ? [] : issueProblems(result.error.issues, jobSpecSchema, input);
  problems.push(...crossFieldProblems(input));
  const parameters = (input as { parameters?: unknown } | null)?.parameters;
  if (parameters && typeof parameters === "object") {
    // The rules across a parameter's fields, for every parameter whose shape is right (the schema
    // has reported the others).
    const wellFormed = Object.entries(parameters).flatMap(([key, value]) => {
      const parsed = parameter.safeParse(value);
      return parsed.success ? [[key, parsed.data] as const] : [];
    });
    if (Object.keys(parameters).length === 0) problems.push({ field: "parameters", message: "the search space has no parameters" });
    else problems.push(...spaceProblems(wellFormed));
  }
  if (problems.length > 0 || !result.success) throw new JobSpecError(once(withoutExplainedMissing(problems)));
  const spec = result.data;
  // The rules make sure one of them is there (and that both agree when both are).
  return { ...spec, objective: spec.objective ?? spec.objectives![0]! };
}

/** Each problem once: two routes to the same finding (a field and a rule about it) print one line. */
function once(problems: readonly SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function spaceProblems(parameters: readonly (readonly [string, z.output<typeof parameter>])[]): SpecProblem[] {
  // Each parameter on its own, so that every bad one is reported, not just the first.
  const out: SpecProblem[] = [];
  for (const [key, value] of parameters) {
    try {
      new SearchSpace({ [key]: value });
    } catch (err) {
      if (!(err instanceof InvalidSpaceError)) throw err;
      const field = RULE_FIELD[err.rule];
      out.push({ field: `parameters.${key}${field ? `.${field}` : ""}`, message: err.message });
    }
  }
  return out;
}

/** The field of a parameter that each search-space rule is about (none: the parameter itself). */
const RULE_FIELD: Record<string, string> = {
  "min<max": "min",
  "log-needs-positive-min": "min",
  min: "min",
  max: "max",
  scaling: "scaling",
  "reverse-log-range": "scaling",
  "reverse-log-continuous-only": "scaling",
  values: "values",
  "non-empty-values": "values",
  "unique-values": "values",
  gridPoints: "gridPoints",
};

/**
 * What is wrong with a metric definition's regex: it does not compile (JavaScript syntax, no flags,
 * as the worker runs it), or it has no capture group to take the value from.
 */
export function regexProblem(source: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch (err) {
    return `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, "")}`;
  }
  // An alternative that matches the empty string reports how many groups the regex has.
  const groups = new RegExp(`${re.source}|`).exec("")!.length - 1;
  if (groups === 0) return "the regular expression has no capture group: put the value in parentheses, e.g. loss=([0-9.eE+-]+)";
  return undefined;
}
