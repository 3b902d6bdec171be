import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const LOGS_HELP = `Usage: hyperfleet logs JOB TRIAL [options]

The last output lines of a trial's attempt, as its worker kept them (they arrive when the attempt ends).

Options:
${CLIENT_FLAGS_HELP}
  -h, --help          this text`;

export async function logsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, CLIENT_FLAGS, true);
  if (values.help) {
    console.log(LOGS_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2 || !/^\d+$/.test(positionals[1]!)) throw new UsageError("give a JOB and a TRIAL number: hyperfleet logs JOB TRIAL");
  const api = new ApiClient(values);
  const logs = await api.request<{ trialId: number; attempt: number; lines: string[] }>("GET", `${api.job(positionals[0]!)}/trials/${positionals[1]}/logs`);
  if (values.json) console.log(JSON.stringify(logs));
  else for (const line of logs.lines) console.log(line);
  return EXIT.ok;
}
