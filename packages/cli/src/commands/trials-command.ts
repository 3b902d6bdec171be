import { ApiClient, CLIENT_FLAGS, CLIENT_FLAGS_HELP } from "../api-client.js";
import { parseFlags } from "../flags.js";
import { formatNumber, formatValue } from "../results.js";
import { EXIT, UsageError } from "../usage-error.js";

export const TRIALS_HELP = `Usage: hyperfleet trials JOB [options]

A job's trials: id, status, objective, whether the median rule stopped it early, and parameters, in
trial order; then, for each stopped trial, why (the rule, the step, its value).

Options:
${CLIENT_FLAGS_HELP}
  -h, --help          this text`;

interface TrialRow {
  trialId: number;
  status: string;
  attempt: number;
  objective?: number;
  params: Record<string, unknown>;
  error?: { code: string };
  earlyStopped?: boolean;
  stopReason?: string;
}

export async function trialsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, CLIENT_FLAGS, true);
  if (values.help) {
    console.log(TRIALS_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give one JOB: hyperfleet trials JOB");
  const api = new ApiClient(values);
  const { trials } = await api.request<{ trials: TrialRow[] }>("GET", `${api.job(positionals[0]!)}/trials`);
  if (values.json) {
    console.log(JSON.stringify({ trials }));
    return EXIT.ok;
  }
  const names = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  const rows = trials.map((t) => [
    String(t.trialId),
    t.status,
    t.objective === undefined ? (t.error?.code ?? "-") : formatNumber(t.objective),
    t.earlyStopped ? "yes" : "",
    ...names.map((n) => formatValue(t.params[n])),
  ]);
  const header = ["trial", "status", "objective", "early-stopped", ...names];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  const stopped = trials.filter((t) => t.stopReason);
  if (stopped.length > 0) console.log("");
  for (const t of stopped) console.log(`trial ${t.trialId}: ${t.stopReason}`);
  return EXIT.ok;
}
