import { WireErrorCode } from "@hyperfleet/transport";
import { HyperfleetError } from "@hyperfleet/optimizer";
import { z } from "zod";
import { formatProblem, type SpecProblem } from "../job/job-spec-error.js";
import { issueProblems } from "../job/spec-issues.js";

// The bodies of the suggestion service's routes (docs/api.md), checked like a job spec: strict objects,
// every problem named by its field.

const lease = z.string().min(1).max(100);
/** JSON has no NaN or infinity: a diverged metric travels as one of these strings. */
const metricValue = z.union([z.number(), z.enum(["NaN", "Infinity", "-Infinity"]).transform(Number)]);
const metrics = z.record(z.string().min(1).max(255), metricValue).refine((m) => Object.keys(m).length <= 100, "at most 100 metrics per report");

const suggestionRequest = z.strictObject({
  count: z.number().int().min(1).max(100).default(1),
  waitSeconds: z.number().min(0).max(60).default(0),
  leaseSeconds: z.number().min(5).max(86_400).default(600),
  client: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "1-64 letters, digits, '.', '_' or '-'").default("client"),
});

const metricsReport = z.strictObject({ lease, step: z.number().int().min(0).optional(), metrics });

const heartbeat = z.strictObject({ lease });

const resultReport = z.strictObject({
  lease,
  status: z.enum(["completed", "failed", "stopped"]).default("completed"),
  /** The objective metric's final value (shorthand for metrics: {<objective>: value}). */
  value: metricValue.optional(),
  metrics: metrics.optional(),
  error: z.string().max(10_000).optional(),
});

export type SuggestionRequest = z.output<typeof suggestionRequest>;
export type MetricsReport = z.output<typeof metricsReport>;
export type ResultReport = z.output<typeof resultReport>;

/** A body that breaks its schema: `field` names the first problem, `problems` lists them all. */
export class InvalidBodyError extends HyperfleetError<typeof WireErrorCode.InvalidArgument> {
  readonly field: string;
  constructor(
    readonly problems: readonly SpecProblem[],
    shape: string,
  ) {
    super(WireErrorCode.InvalidArgument, `${problems.map(formatProblem).join("; ")} (the body is ${shape})`);
    this.field = problems[0]!.field;
  }
}

function parse<S extends z.ZodType>(schema: S, body: unknown, shape: string): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const problems = issueProblems(parsed.error.issues, schema, body).map((p) => (p.field === "(spec)" ? { ...p, field: "(body)", message: "expected a JSON object" } : p));
  throw new InvalidBodyError(problems, shape);
}

export const parseSuggestionRequest = (body: unknown): SuggestionRequest =>
  parse(suggestionRequest, body, '{ "count"?: 1-100, "waitSeconds"?: 0-60, "leaseSeconds"?: 5-86400, "client"?: label }');
export const parseMetricsReport = (body: unknown): MetricsReport => parse(metricsReport, body, '{ "lease": string, "step"?: integer >= 0, "metrics": { name: number } }');
export const parseHeartbeat = (body: unknown): { lease: string } => parse(heartbeat, body, '{ "lease": string }');
export const parseResultReport = (body: unknown): ResultReport =>
  parse(resultReport, body, '{ "lease": string, "status"?: "completed" | "failed" | "stopped", "value"?: number, "metrics"?: { name: number }, "error"?: string }');
