import { setTimeout as sleep } from "node:timers/promises";
import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { intFlag, parseFlags } from "../flags.js";
import { jobLine, jobText, type JobDescription } from "../job-description-text.js";
import { formatNumber } from "../results.js";
import { EXIT, UsageError } from "../usage-error.js";

export const STATUS_HELP = `Usage: hyperfleet status [JOB] [options]

With JOB: the job's configuration (search space, limits, completion criteria, tags), its state and
counters, and its best trial with what it takes to run it again (every hyperparameter, static ones
included, the command or image, resources, attempt, duration, Hyperband rung and budget). --json
prints the API's whole description (GET /v1/jobs/JOB).
Without JOB: every job in one line each, or those --status and --tag select.

Options:
  --watch             print a line every --interval seconds until the job ends, then the description
  --interval SECS     (default 2)
  --status STATUS     list only jobs in this state (InProgress, Completed, Failed, Stopping, Stopped;
                      repeatable, or a comma list)
  --tag KEY=VALUE     list only jobs with this tag (KEY alone: any value; repeatable, all must match)
${CLIENT_FLAGS_HELP}
  -h, --help          this text

Exit codes: 0 (with --watch: the job completed), 1 the job failed or was stopped, or the coordinator
could not be reached, 2 bad flags or an unknown job.`;

interface JobListEntry {
  jobId: string;
  status: string;
  counters: Record<string, number>;
  bestObjective: number | null;
  tags?: Record<string, string>;
}

const TERMINAL = new Set(["Completed", "Failed", "Stopped"]);

export async function statusCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...CLIENT_FLAGS, watch: { type: "boolean" }, interval: { type: "string" }, status: { type: "string", multiple: true }, tag: { type: "string", multiple: true } },
    true,
  );
  if (values.help) {
    console.log(STATUS_HELP);
    return EXIT.ok;
  }
  const api = new ApiClient(values);
  if (positionals.length === 0) {
    if (values.watch) throw new UsageError("--watch needs a JOB");
    const query = new URLSearchParams([...(values.status ?? []).map((s) => ["status", s] as [string, string]), ...(values.tag ?? []).map((t) => ["tag", t] as [string, string])]);
    const { jobs } = await api.request<{ jobs: JobListEntry[] }>("GET", `/v1/jobs${query.size > 0 ? `?${query.toString()}` : ""}`);
    if (values.json) console.log(JSON.stringify({ jobs }));
    else for (const j of jobs) console.log(listLine(j));
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError("give at most one JOB");
  if (values.status || values.tag) throw new UsageError("--status and --tag select jobs to list: give them without a JOB");
  const interval = intFlag("interval", values.interval, 1, 2);
  for (;;) {
    const job = await api.request<JobDescription>("GET", api.job(positionals[0]!));
    const ended = TERMINAL.has(job.status);
    if (values.json) console.log(JSON.stringify(job));
    else console.log(values.watch && !ended ? jobLine(job) : jobText(job));
    if (!values.watch) return EXIT.ok;
    if (ended) return job.status === "Completed" ? EXIT.ok : EXIT.failed;
    await sleep(interval * 1000);
  }
}

function listLine(j: JobListEntry): string {
  const tags = Object.entries(j.tags ?? {}).map(([k, v]) => `${k}=${v}`);
  return `${j.jobId}  ${j.status}  ${j.counters.Completed} completed  best ${j.bestObjective === null ? "-" : formatNumber(j.bestObjective)}${tags.length > 0 ? `  ${tags.join(" ")}` : ""}`;
}
