import { WireErrorCode } from "@hyperfleet/transport";
import { ApiClient, ApiError, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const DELETE_HELP = `Usage: hyperfleet delete JOB [options]

Forgets an ended job (Completed, Failed or Stopped; SageMaker's DeleteHyperParameterTuningJob): it
leaves the coordinator's live state and its listings. Its journal records stay, so its id is never
reused. A running job must be stopped first (hyperfleet stop JOB).

Options:
${CLIENT_FLAGS_HELP}
  -h, --help          this text

Exit codes: 0 deleted, 1 the coordinator could not be reached, 2 bad flags, an unknown job or one
that still runs.`;

export async function deleteCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, CLIENT_FLAGS, true);
  if (values.help) {
    console.log(DELETE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one JOB: hyperfleet delete JOB");
  const jobId = positionals[0]!;
  const api = new ApiClient(values);
  try {
    const answer = await api.request<{ jobId: string; deleted: boolean }>("DELETE", api.job(jobId));
    console.log(values.json ? JSON.stringify(answer) : `${answer.jobId}: deleted`);
  } catch (err) {
    if (err instanceof ApiError && err.code === WireErrorCode.JobActive) {
      throw new UsageError(`${jobId} is ${typeof err.body.status === "string" ? err.body.status : "running"}: stop it first (hyperfleet stop ${jobId}), then delete it once it has ended`);
    }
    throw err;
  }
  return EXIT.ok;
}
