import { WireErrorCode } from "@hyperfleet/transport";
import { HyperfleetError } from "@hyperfleet/optimizer";
import { z } from "zod";

const positiveInt = z.number().int().min(1).max(1_000_000);

/** PATCH /v1/jobs/:id: the limits that may change, checked like the job spec (strict, named fields). */
const limitsPatchSchema = z.strictObject({
  limits: z.strictObject({ maxTrials: positiveInt.optional(), maxParallelTrials: positiveInt.optional(), maxFailedTrials: positiveInt.optional() }),
});

export type LimitsPatch = z.output<typeof limitsPatchSchema>["limits"];

/** A PATCH body that breaks the schema; `field` names the first problem. */
export class InvalidPatchError extends HyperfleetError<typeof WireErrorCode.InvalidArgument> {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(WireErrorCode.InvalidArgument, `${field}: ${detail} (a PATCH body is { "limits": { "maxTrials"?: integer >= 1, "maxParallelTrials"?: integer >= 1, "maxFailedTrials"?: integer >= 1 } })`);
  }
}

export function parseLimitsPatch(body: unknown): LimitsPatch {
  const parsed = limitsPatchSchema.safeParse(body);
  if (parsed.success) return parsed.data.limits;
  // A misspelt field explains a missing one best ({"limit": ...} rather than "limits: required").
  const issues = parsed.error.issues;
  const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0]!;
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") return fail(issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(", "), "unknown field");
  return fail(path || "(body)", issue.message);
}

function fail(field: string, detail: string): never {
  throw new InvalidPatchError(field, detail);
}
