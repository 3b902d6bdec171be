import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { intFlag, parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const UPDATE_HELP = `Usage: hyperfleet update JOB [--max-trials N] [--max-parallel N] [--max-failed N] [options]

Changes a job's limits while it runs (PATCH /v1/jobs/JOB), effective at once: more trials reopen a
Completed job; a --max-failed at or below the trials failed so far ends the job Failed.

Options:
  --max-trials N      the trial budget (limits.maxTrials)
  --max-parallel N    trials at once (limits.maxParallelTrials)
  --max-failed N      trials that may fail for good before the job fails (limits.maxFailedTrials)
${CLIENT_FLAGS_HELP}
  -h, --help          this text

Prints the job's limits as they are now. Exit codes: 0 changed, 1 the coordinator could not be
reached, 2 bad flags, an unknown job, or a job that has ended (Stopped, Failed).`;

interface Limits {
  maxTrials: number;
  maxParallelTrials: number;
  maxFailedTrials?: number;
}

export async function updateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...CLIENT_FLAGS, "max-trials": { type: "string" }, "max-parallel": { type: "string" }, "max-failed": { type: "string" } }, true);
  if (values.help) {
    console.log(UPDATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one JOB: hyperfleet update JOB --max-trials N");
  const limits = {
    ...optionalInt("max-trials", values["max-trials"], "maxTrials"),
    ...optionalInt("max-parallel", values["max-parallel"], "maxParallelTrials"),
    ...optionalInt("max-failed", values["max-failed"], "maxFailedTrials"),
  };
  if (Object.keys(limits).length === 0) throw new UsageError("nothing to change: give --max-trials, --max-parallel or --max-failed");
  const api = new ApiClient(values);
  const job = await api.request<{ jobId: string; status: string; limits: Limits }>("PATCH", api.job(positionals[0]!), { limits });
  if (values.json) console.log(JSON.stringify({ jobId: job.jobId, status: job.status, limits: job.limits }));
  else {
    const l = job.limits;
    console.log(`${job.jobId}: ${job.status}; limits: ${l.maxTrials} trials, ${l.maxParallelTrials} in parallel${l.maxFailedTrials === undefined ? "" : `, fails after ${l.maxFailedTrials} failed trials`}`);
  }
  return EXIT.ok;
}

function optionalInt(flag: string, value: string | undefined, field: string): Record<string, number> {
  return value === undefined ? {} : { [field]: intFlag(flag, value, 1, 0) };
}
