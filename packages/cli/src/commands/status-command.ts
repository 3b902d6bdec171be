import { setTimeout as sleep } from "node:timers/promises";
import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { intFlag, parseFlags } from "../flags.js";
import { formatNumber, formatParams } from "../results.js";
import { EXIT, UsageError } from "../usage-error.js";

export const STATUS_HELP = `Usage: hyperfleet status [JOB] [options]

A job's state, trial counters and best trial; without JOB, every job in one line each.

Options:
  --watch             print again every --interval seconds until the job ends
  --interval SECS     (default 2)
${CLIENT_FLAGS_HELP}
  -h, --help          this text

Exit codes: 0 (with --watch: the job completed), 1 the job failed or was stopped, or the coordinator
could not be reached, 2 bad flags or an unknown job.`;

interface JobDetail {
  jobId: string;
  status: string;
  failureReason?: string;
  completionReason?: string;
  objective: { metric: string; type: string };
  limits: { maxTrials: number; maxParallelTrials: number };
  trainingJobStatusCounters: Record<string, number>;
  bestTrial: { trialId: number; objective: number; params: Record<string, unknown> } | null;
  consumedResources: { runtimeInSeconds: number };
}

const TERMINAL = new Set(["Completed", "Failed", "Stopped"]);

export async function statusCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...CLIENT_FLAGS, watch: { type: "boolean" }, interval: { type: "string" } }, true);
  if (values.help) {
    console.log(STATUS_HELP);
    return EXIT.ok;
  }
  const api = new ApiClient(values);
  if (positionals.length === 0) {
    if (values.watch) throw new UsageError("--watch needs a JOB");
    const { jobs } = await api.request<{ jobs: { jobId: string; status: string; counters: Record<string, number>; bestObjective: number | null }[] }>("GET", "/v1/jobs");
    if (values.json) console.log(JSON.stringify({ jobs }));
    else for (const j of jobs) console.log(`${j.jobId}  ${j.status}  ${j.counters.Completed} completed  best ${j.bestObjective === null ? "-" : formatNumber(j.bestObjective)}`);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("give at most one JOB");
  const interval = intFlag("interval", values.interval, 1, 2);
  for (;;) {
    const job = await api.request<JobDetail>("GET", api.job(positionals[0]!));
    console.log(values.json ? JSON.stringify(job) : describe(job));
    if (!values.watch) return EXIT.ok;
    if (TERMINAL.has(job.status)) return job.status === "Completed" ? EXIT.ok : EXIT.failed;
    await sleep(interval * 1000);
  }
}

function describe(j: JobDetail): string {
  const c = j.trainingJobStatusCounters;
  const reason = j.failureReason ?? j.completionReason;
  const best = j.bestTrial
    ? `best ${j.objective.metric}=${formatNumber(j.bestTrial.objective)} (trial ${j.bestTrial.trialId}: ${formatParams(j.bestTrial.params)})`
    : "no completed trial yet";
  return `${j.jobId}  ${j.status}${reason ? ` (${reason})` : ""}  ${c.Completed}/${j.limits.maxTrials} completed, ${c.InProgress} in progress, ${c.Stopped} stopped, ${c.RetryableError + c.NonRetryableError} failed  ${best}  ${j.consumedResources.runtimeInSeconds}s`;
}
