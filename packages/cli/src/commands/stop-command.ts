import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const STOP_HELP = `Usage: hyperfleet stop JOB [options]

Stops a job: queued trials are dropped, running ones are told to stop (they end Stopped with their
last metrics), finished ones are kept. The job ends Stopped once no trial runs.

Options:
${CLIENT_FLAGS_HELP}
  -h, --help          this text`;

export async function stopCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, CLIENT_FLAGS, true);
  if (values.help) {
    console.log(STOP_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one JOB: hyperfleet stop JOB");
  const api = new ApiClient(values);
  const job = await api.request<{ jobId: string; status: string }>("POST", `${api.job(positionals[0]!)}/stop`);
  console.log(values.json ? JSON.stringify(job) : `${job.jobId}: ${job.status}`);
  return EXIT.ok;
}
