import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { readJobDocument } from "../job-file.js";
import { EXIT, UsageError } from "../usage-error.js";

export const SUBMIT_HELP = `Usage: hyperfleet submit JOB.yaml [options]

Sends a job file (YAML or JSON; a SageMaker CreateHyperParameterTuningJob request works too) to a
coordinator. Prints the job id alone on the last line of standard output. Paths in the file are
sent as written: workers resolve them on their own hosts.

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
  const answer = await api.request<{ jobId: string; warnings: string[] }>("POST", "/v1/jobs", readJobDocument(positionals[0]!));
  if (values.json) console.log(JSON.stringify(answer));
  else {
    for (const w of answer.warnings ?? []) console.error(`warning: ${w}`);
    console.log(answer.jobId);
  }
  return EXIT.ok;
}
