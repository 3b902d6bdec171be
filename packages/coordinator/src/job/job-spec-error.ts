import { HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/transport";

export interface SpecProblem {
  /** Dotted path of the field, e.g. training.resources.gpus. */
  field: string;
  message: string;
  /** The values the field accepts, where there is a list. */
  allowed?: string;
}

/** A rejected job spec, with every problem found (not only the first). */
export class JobSpecError extends HyperfleetError<typeof WireErrorCode.InvalidJobSpec> {
  readonly problems: readonly SpecProblem[];
  constructor(problems: readonly SpecProblem[]) {
    super(WireErrorCode.InvalidJobSpec, `invalid job spec:\n${problems.map((p) => `  - ${p.field}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed})` : ""}`).join("\n")}`);
    this.problems = problems;
  }
}
