import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { FileJournal, startCoordinatorService, SuggestionPool } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { detectCapabilities, Worker } from "@hyperfleet/worker";
import pino from "pino";
import { hostPort, intFlag, parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";
import { startRuntimes } from "./worker-command.js";

export const SERVE_HELP = `Usage: hyperfleet serve [options]

A coordinator for one machine, with no broker (the embedded mode as a service): the HTTP API
(docs/api.md) and the dashboard, the suggestion service for jobs whose training runs in your own
code (training.runtime: external; the Python client's Study), and local workers for process and
docker jobs. Submit with "hyperfleet submit --url URL JOB.yaml", or from Python.

Options:
  --http HOST:PORT    where the API listens (default 127.0.0.1:8080: this machine only; port 0 picks a
                      free one). Once ready the URL is the one line printed on standard output.
  --dir DIR           the journal (DIR/journal.jsonl) and the trials' artifacts (default hyperfleet-serve);
                      a restarted serve carries on from it
  --workers N         trials of process and docker jobs at once (default: the number of CPU cores)
  --runtime KIND      process | docker | both (default both: docker when an engine answers)
  --token TOKEN       require "Authorization: Bearer TOKEN" (or HYPERFLEET_TOKEN)
  --suggest-threads N threads that answer the Bayesian strategy's asks (default: the cores less one)
  -h, --help          this text

SIGTERM or Ctrl-C stops cleanly (running trials are stopped; the journal keeps every job).
Exit codes: 0 after a clean shutdown, 1 on a fatal error, 2 on bad flags.`;

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    http: { type: "string" },
    dir: { type: "string" },
    workers: { type: "string" },
    runtime: { type: "string" },
    token: { type: "string" },
    "suggest-threads": { type: "string" },
  });
  if (values.help) {
    console.log(SERVE_HELP);
    return EXIT.ok;
  }
  const http = hostPort("http", values.http ?? "127.0.0.1:8080");
  const slots = intFlag("workers", values.workers, 1, availableParallelism());
  const threads = intFlag("suggest-threads", values["suggest-threads"], 0, Math.max(1, availableParallelism() - 1));
  const runtimeKind = values.runtime ?? "both";
  if (!["process", "docker", "both"].includes(runtimeKind)) throw new UsageError(`--runtime: expected process | docker | both, got ${JSON.stringify(runtimeKind)}`);
  const token = values.token ?? process.env.HYPERFLEET_TOKEN;
  const dir = resolve(values.dir ?? "hyperfleet-serve");
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`--dir ${dir}: cannot create it (${(err as Error).message})`);
  }
  const log = pino({ name: "hyperfleet-serve" }, pino.destination(2));

  const transport = createInProcessTransport();
  const suggester = threads > 0 ? new SuggestionPool(threads) : undefined;
  const service = await startCoordinatorService({
    transport: transport.coordinator,
    journal: new FileJournal(join(dir, "journal.jsonl")),
    volatileTransport: true,
    http,
    ...(token ? { token } : {}),
    ...(suggester ? { suggester } : {}),
    hooks: {
      trialEnded: (jobId, status, t) => log.info({ jobId, trialId: t.trialId, status, objective: t.objective, error: t.error?.code }, "trial ended"),
      failed: (jobId, err) => log.error({ jobId, err }, "a timed task failed; the job carries on at its next event"),
    },
  });
  const worker = new Worker({
    transport: transport.worker(),
    workerId: "local",
    capabilities: await detectCapabilities(),
    slots,
    runtimes: await startRuntimes(runtimeKind, log),
    artifacts: { root: join(dir, "artifacts") },
  });
  await worker.start();
  log.info({ url: service.url, dir, slots, runtimes: worker.capabilities.runtimes, jobsRestored: service.coordinator.jobs.size }, "serving");
  // The one line on standard output: scripts and tests read the address from it.
  console.log(service.url);

  await new Promise<void>((done) => {
    process.once("SIGTERM", done);
    process.once("SIGINT", done);
  });
  log.info("shutting down: running trials are stopped; the journal keeps every job");
  await worker.shutdown(10_000);
  await service.close();
  await transport.close();
  await suggester?.close();
  return EXIT.ok;
}
