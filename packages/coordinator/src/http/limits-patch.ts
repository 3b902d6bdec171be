import { WireErrorCode } from "@hyperfleet/transport";
import { HyperfleetError } from "@hyperfleet/optimizer";
import { z } from "zod";
import { formatProblem, type SpecProblem } from "../job/job-spec-error.js";
import { issueProblems } from "../job/spec-issues.js";

const positiveInt = z.number().int().min(1).max(1_000_000);

/** PATCH /v1/jobs/:id: the limits that may change, checked like the job spec (strict, named fields). */
const limitsPatchSchema = z.strictObject({
  limits: z.strictObject({ maxTrials: positiveInt.optional(), maxParallelTrials: positiveInt.optional(), maxFailedTrials: positiveInt.optional() }),
});

export type LimitsPatch = z.output<typeof limitsPatchSchema>["limits"];

const SHAPE = '{ "limits": { "maxTrials"?: integer >= 1, "maxParallelTrials"?: integer >= 1, "maxFailedTrials"?: integer >= 1 } }';

/** A PATCH body that breaks the schema: `field` names the first problem, `problems` lists them all. */
export class InvalidPatchError extends HyperfleetError<typeof WireErrorCode.InvalidArgument> {
  readonly field: string;
  constructor(readonly problems: readonly SpecProblem[]) {
    super(WireErrorCode.InvalidArgument, `${problems.map(formatProblem).join("; ")} (a PATCH body is ${SHAPE})`);
    this.field = problems[0]!.field;
  }
}

export function parseLimitsPatch(body: unknown): LimitsPatch {
  const parsed = limitsPatchSchema.safeParse(body);
  if (parsed.success) {
    if (Object.keys(parsed.data.limits).length === 0) throw new InvalidPatchError([{ field: "limits", message: "names no limit to change" }]);
    return parsed.data.limits;
  }
  const problems = issueProblems(parsed.error.issues, limitsPatchSchema, body).map((p) => (p.field === "(spec)" ? { ...p, field: "(body)", message: "expected a JSON object" } : p));
  // A misspelt field explains a missing one best ({"limit": ...} rather than "limits: required").
  problems.sort((a, b) => Number(b.message.startsWith("unknown field")) - Number(a.message.startsWith("unknown field")));
  throw new InvalidPatchError(problems);
}
