import { HyperfleetError, JobSpecError, type SpecProblem } from "@hyperfleet/coordinator";
import { WireErrorCode } from "@hyperfleet/transport";
import { ApiError } from "./api-client.js";
import { EXIT, printSpecProblems, UsageError } from "./usage-error.js";

/** Codes that mean the input was bad (exit 2), wherever the error was raised. */
const BAD_INPUT = new Set<string>([WireErrorCode.InvalidArgument, WireErrorCode.InvalidJobSpec, WireErrorCode.InvalidSpace]);

/**
 * Prints a command's failure and returns its exit code: 2 for bad input (flags, a job spec, a warm
 * start that names no job, a 4xx answer), 1 for anything else. Each is one line (a spec adds one per
 * problem, each once); a stack only with --debug, where it helps find a bug.
 */
export function reportFailure(err: unknown, debug: boolean): number {
  if (err instanceof JobSpecError) {
    console.error(`hyperfleet: ${problemCount(err.problems)} in the job spec:`);
    printSpecProblems(err.problems);
    return EXIT.usage;
  }
  if (err instanceof ApiError) {
    const problems = (err.body.problems as SpecProblem[] | undefined) ?? [];
    // The coordinator turned the request down: its message repeats the problems, which print once, below.
    const what = err.code === WireErrorCode.InvalidJobSpec ? "the job spec" : "the request";
    console.error(problems.length > 0 ? `hyperfleet: ${err.code}: the coordinator rejected ${what}, ${problemCount(problems)}:` : `hyperfleet: ${err.code}: ${err.message}`);
    printSpecProblems(problems);
    return err.status >= 400 && err.status < 500 && err.status !== 401 ? EXIT.usage : EXIT.failed;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const code = err instanceof HyperfleetError ? (err as HyperfleetError).code : undefined;
  if (debug) console.error(`hyperfleet: ${e.stack ?? e.message}`);
  else if (err instanceof UsageError) console.error(`hyperfleet: ${e.message}`);
  // A typed error is one a user can act on as it reads; anything else is a bug, whose stack helps.
  else console.error(code ? `hyperfleet: ${code}: ${e.message}` : `hyperfleet: ${e.message} (--debug shows where)`);
  return err instanceof UsageError || (code !== undefined && BAD_INPUT.has(code)) ? EXIT.usage : EXIT.failed;
}

function problemCount(problems: readonly unknown[]): string {
  return problems.length === 1 ? "1 problem" : `${problems.length} problems`;
}
