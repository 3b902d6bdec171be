import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const LOGS_HELP = `Usage: hyperfleet logs JOB TRIAL [options]

A trial's output: while it runs, what its worker has sent so far (the last 1,000 lines, in batches
about once a second); once it ended, the last lines its result carried. The whole output stays with
the worker (stdout.log and stderr.log in the trial's artifacts folder).

Options:
  -f, --follow        keep printing the output as it comes, until the attempt ends (a queued trial
                      waits for its run); exit 0 then
${CLIENT_FLAGS_HELP}
  -h, --help          this text`;

export async function logsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...CLIENT_FLAGS, follow: { type: "boolean", short: "f" } }, true);
  if (values.help) {
    console.log(LOGS_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2 || !/^\d+$/.test(positionals[1]!)) throw new UsageError("give a JOB and a TRIAL number: hyperfleet logs JOB TRIAL");
  const api = new ApiClient(values);
  if (values.follow) return follow(api, `${api.job(positionals[0]!)}/trials/${positionals[1]}/logs?follow=true`, values.json === true);
  const logs = await api.request<{ trialId: number; attempt: number; lines: string[] }>("GET", `${api.job(positionals[0]!)}/trials/${positionals[1]}/logs`);
  if (values.json) console.log(JSON.stringify(logs));
  else for (const line of logs.lines) console.log(line);
  return EXIT.ok;
}

/** Prints each batch as it comes (with --json, each item as a JSON line); a gap where the worker left lines out. */
async function follow(api: ApiClient, path: string, json: boolean): Promise<number> {
  await api.stream(path, (item) => {
    if (item.keepalive) return;
    if (json) return console.log(JSON.stringify(item));
    if (typeof item.dropped === "number" && item.dropped > 0) console.error(`… ${item.dropped} lines left out …`);
    if (item.ended) return console.error(`(the attempt ended: ${String(item.status)})`);
    for (const line of (item.lines as string[] | undefined) ?? []) console.log(line);
  });
  return EXIT.ok;
}
