import { HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/transport";

export interface SpecProblem {
  /** Dotted path of the field, e.g. training.resources.gpus. */
  field: string;
  message: string;
  /** The values the field accepts, where there is a list. */
  allowed?: string;
  /** The likely intended field name or value ("did you mean"), also named in the message. */
  suggestion?: string;
}

/** One problem as a line: field, what is wrong, then what is allowed (listed once, here). */
export function formatProblem(p: SpecProblem): string {
  return `${p.field}: ${p.message}${p.allowed ? ` (allowed: ${p.allowed})` : ""}`;
}

/** A rejected job spec, with every problem found (not only the first). */
export class JobSpecError extends HyperfleetError<typeof WireErrorCode.InvalidJobSpec> {
  readonly problems: readonly SpecProblem[];
  constructor(problems: readonly SpecProblem[]) {
    super(WireErrorCode.InvalidJobSpec, `invalid job spec:\n${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`);
    this.problems = problems;
  }
}
