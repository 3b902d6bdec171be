import { formatProblem, HyperfleetError, type SpecProblem } from "@hyperfleet/coordinator";
import { WireErrorCode } from "@hyperfleet/transport";

/** Bad flags or input: the command prints the message and exits with code 2. */
export class UsageError extends HyperfleetError<typeof WireErrorCode.InvalidArgument> {
  constructor(message: string) {
    super(WireErrorCode.InvalidArgument, message);
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A rejected job spec's problems, one per line on standard error: field, what is wrong, what is allowed. */
export function printSpecProblems(problems: readonly SpecProblem[]): void {
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
}
