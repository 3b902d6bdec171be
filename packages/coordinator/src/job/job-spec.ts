import { z } from "zod";
import { InvalidSpaceError, SearchSpace } from "@hyperfleet/optimizer";
import { JobSpecError, type SpecProblem } from "./job-spec-error.js";

// One schema for a tuning job, parsed once at the edge (docs/job-spec.md). Defaults are applied here;
// every object is strict, so an unknown or misspelt field is an error that names it.

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
  regex: z.string().min(1).refine(compiles, "must be a valid regular expression with a capture group"),
});

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

const training = z
  .strictObject({
    runtime: z.enum(["process", "docker"]),
    command: z.array(z.string()).default([]),
    image: z.string().min(1).optional(),
    metricDefinitions: z.array(metricDefinition).max(40).default([]),
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
  })
  .superRefine((t, ctx) => {
    if (t.runtime === "process" && t.command.length === 0) ctx.addIssue({ code: "custom", path: ["command"], message: "the process runtime needs a command (an argv array, run without a shell)" });
    if (t.runtime === "docker" && !t.image) ctx.addIssue({ code: "custom", path: ["image"], message: "the docker runtime needs an image" });
  });

export const jobSpecSchema = z
  .strictObject({
    name,
    objective: z.strictObject({ metric: z.string().min(1), type: z.enum(["minimize", "maximize"]) }),
    strategy: z.enum(["bayesian", "random", "grid", "hyperband"]).default("bayesian"),
    parameters: z.record(z.string(), parameter),
    staticHyperparameters: z.record(z.string(), z.string()).default({}),
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
  })
  .superRefine((s, ctx) => {
    if (s.strategy === "hyperband" && s.earlyStopping === "auto") {
      ctx.addIssue({ code: "custom", path: ["earlyStopping"], message: 'must be "off" with the hyperband strategy (Hyperband stops trials itself), as in SageMaker' });
    }
    if (s.strategy === "hyperband" && !s.hyperband) ctx.addIssue({ code: "custom", path: ["hyperband"], message: "the hyperband strategy needs { minResource, maxResource }" });
    if (s.hyperband && s.hyperband.minResource >= s.hyperband.maxResource) ctx.addIssue({ code: "custom", path: ["hyperband", "minResource"], message: "must be less than maxResource" });
    if (s.limits.maxParallelTrials > s.limits.maxTrials) ctx.addIssue({ code: "custom", path: ["limits", "maxParallelTrials"], message: `must be at most maxTrials (${s.limits.maxTrials})` });
  });

export type JobSpec = z.output<typeof jobSpecSchema>;
export type JobSpecInput = z.input<typeof jobSpecSchema>;

/**
 * Parses and checks a job spec; throws JobSpecError listing every problem, each with its field path
 * and what is allowed. The search space is checked by the optimizer's own rules.
 */
export function parseJobSpec(input: unknown): JobSpec {
  const result = jobSpecSchema.safeParse(input);
  const problems: SpecProblem[] = result.success ? [] : result.error.issues.map(toProblem);
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
  if (problems.length > 0 || !result.success) throw new JobSpecError(problems);
  return result.data;
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

function toProblem(issue: z.core.$ZodIssue): SpecProblem {
  const field = issue.path.map(String).join(".") || "(spec)";
  if (issue.code === "unrecognized_keys") return { field: issue.keys.map((k) => (field === "(spec)" ? k : `${field}.${k}`)).join(", "), message: "unknown field" };
  if (issue.code === "invalid_value") return { field, message: issue.message, allowed: issue.values.map((v) => JSON.stringify(v)).join(" | ") };
  return { field, message: issue.message };
}

function compiles(source: string): boolean {
  try {
    return new RegExp(`${source}|`).exec("")!.length > 1;
  } catch {
    return false;
  }
}
