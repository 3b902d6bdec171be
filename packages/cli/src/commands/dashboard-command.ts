import { existsSync } from "node:fs";
import { join } from "node:path";
import { FileJournal, MemoryJournal, startCoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { hostPort, parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const DASHBOARD_HELP = `Usage: hyperfleet dashboard RUN_DIR [options]

Serves the dashboard (docs/dashboard.md) for a run of hyperfleet tune, from its journal
(RUN_DIR/journal.jsonl), until Ctrl-C. The journal is only read: nothing runs, nothing is written.

Options:
  --http HOST:PORT   where to listen (default 127.0.0.1:8080; no token: keep it local)
  -h, --help         this text

Exit codes: 0 after Ctrl-C, 2 bad input (no journal in RUN_DIR, a bad address).`;

export async function dashboardCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, { http: { type: "string" } }, true);
  if (values.help) {
    console.log(DASHBOARD_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError("give the run folder: hyperfleet dashboard RUN_DIR (the --out folder of hyperfleet tune)");
  const path = join(positionals[0]!, "journal.jsonl");
  if (!existsSync(path)) throw new UsageError(`${positionals[0]} holds no journal.jsonl (is it the --out folder of a run of hyperfleet tune?)`);
  // A copy in memory: the coordinator compacts its journal at start, and this one is the run's record.
  const journal = new MemoryJournal();
  journal.events.push(...(await new FileJournal(path).replay()));
  const transport = createInProcessTransport();
  const service = await startCoordinatorService({ transport: transport.coordinator, journal, volatileTransport: true, http: hostPort("http", values.http ?? "127.0.0.1:8080") });
  console.error(`dashboard of ${positionals[0]}: ${service.url}/ (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await service.close();
  await transport.close();
  return EXIT.ok;
}
