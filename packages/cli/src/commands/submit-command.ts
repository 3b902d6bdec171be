import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { localJobSpec, readJobDocument } from "../job-file.js";
import { EXIT, UsageError } from "../usage-error.js";

export const SUBMIT_HELP = `Usage: hyperfleet submit JOB.yaml [options]

Sends a job file (YAML or JSON; a SageMaker CreateHyperParameterTuningJob request works too) to a
coordinator. Prints the job id alone on the last line of standard output. Command arguments and data
paths that start with ./ or ../ are made absolute against the job file's folder (as tune does), so
workers must see that folder at the same path (a shared checkout or volume); other paths are sent as
written and resolved by each worker on its own host.

Options:
${CLIENT_FLAGS_HELP}
  -h, --help          this text

Exit codes: 0 submitted, 1 the coordinator could not be reached, 2 a bad job spec (every problem listed).`;

export async function submitCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, CLIENT_FLAGS, true);
  if (values.help) {
    console.log(SUBMIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one job file: hyperfleet submit JOB.yaml");
  const api = new ApiClient(values);
  const { spec, warnings } = localJobSpec(readJobDocument(positionals[0]!), positionals[0]!);
  const answer = await api.request<{ jobId: string; warnings: string[] }>("POST", "/v1/jobs", spec);
  const allWarnings = [...warnings, ...(answer.warnings ?? [])];
  if (values.json) console.log(JSON.stringify({ ...answer, warnings: allWarnings }));
  else {
    for (const w of allWarnings) console.error(`warning: ${w}`);
    console.log(answer.jobId);
  }
  return EXIT.ok;
}
