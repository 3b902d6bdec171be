import { ErrorCode, HyperfleetError } from "@hyperfleet/optimizer";

export interface SpecProblem {
  /** Dotted path of the field, e.g. training.resources.gpus. */
  field: string;
  message: string;
  /** The values the field accepts, where there is a list. */
  allowed?: string;
}

/** A rejected job spec, with every problem found (not only the first). */
export class JobSpecError extends HyperfleetError {
  readonly problems: readonly SpecProblem[];
  constructor(problems: readonly SpecProblem[]) {
    super(ErrorCode.InvalidArgument, `invalid job spec:\n${problems.map((p) => `  - ${p.field}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed})` : ""}`).join("\n")}`);
    this.problems = problems;
  }
}
