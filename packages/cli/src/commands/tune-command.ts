import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { FileJournal, JobSpecError, JournalWriteError, parseJobSpec, startCoordinatorService, type JobRunner, type JobSpec } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { detectCapabilities, DockerRuntime, ProcessRuntime, Worker } from "@hyperfleet/worker";
import { hostPort, intFlag, parseFlags } from "../flags.js";
import { localJobSpec, readJobDocument } from "../job-file.js";
import { ProgressView } from "../progress.js";
import { bestTable, formatNumber, formatParams, writeResults } from "../results.js";
import { EXIT, printSpecProblems, UsageError } from "../usage-error.js";
import { WatchedJournal } from "../watched-journal.js";

export const TUNE_HELP = `Usage: hyperfleet tune JOB.yaml [options]
       hyperfleet tune --resume DIR [options]

Runs a tuning job on this machine (the embedded mode): the coordinator and local workers in one
process, no broker to install. The job spec is the one cluster mode takes (docs/job-spec.md); a
SageMaker CreateHyperParameterTuningJob request in JSON works too.

Options:
  --workers N    trials at once on this machine (default: the number of CPU cores)
  --out DIR      where the journal and results go (default hyperfleet-runs/<name>-<time>)
  --resume DIR   carry on an interrupted run from DIR's journal: finished trials are kept, the rest run
  --json         print the final summary as JSON on standard output
  --dashboard[=HOST:PORT]
                 serve the dashboard (docs/dashboard.md) while the job runs, at HOST:PORT (default
                 127.0.0.1 on a free port; the URL is printed at the start; no token: keep it local)
  -h, --help     this text

Ctrl-C stops cleanly: running trials are stopped, everything finished is in DIR/journal.jsonl.
Results: DIR/results.json (every trial, its parameters and metric series, whether and why it was
stopped early) and DIR/trials.csv.
Exit codes: 0 the job completed, 1 it failed (or its journal or results could not be written: the
message says which), 2 bad input (spec, flags, an --out that cannot be written), 130 interrupted.`;

const TERMINAL = new Set(["Completed", "Failed", "Stopped"]);

export async function tuneCommand(argv: string[]): Promise<number> {
  // --dashboard alone takes the default address (parseArgs has no optional values).
  const args = argv.map((a) => (a === "--dashboard" ? "--dashboard=127.0.0.1:0" : a));
  const { values, positionals } = parseFlags(args, { workers: { type: "string" }, out: { type: "string" }, resume: { type: "string" }, json: { type: "boolean" }, dashboard: { type: "string" } }, true);
  const dashboard = values.dashboard === undefined ? undefined : hostPort("dashboard", values.dashboard);
  if (values.help) {
    console.log(TUNE_HELP);
    return EXIT.ok;
  }
  if (values.resume ? positionals.length > 0 : positionals.length !== 1) throw new UsageError("give one job file (hyperfleet tune JOB.yaml), or --resume DIR");
  if (values.resume && values.out !== undefined) throw new UsageError("--resume DIR carries on in DIR: give --out only with a job file");
  if (values.out === "" || values.resume === "") throw new UsageError(`--${values.out === "" ? "out" : "resume"}: give a folder`);
  const slots = intFlag("workers", values.workers, 1, availableParallelism());

  let spec: JobSpec | undefined;
  let dir: string;
  if (values.resume) {
    dir = values.resume;
    if (!existsSync(join(dir, "journal.jsonl"))) throw new UsageError(`--resume: ${dir} holds no journal.jsonl (is it the --out folder of a run?)`);
  } else {
    try {
      // A SageMaker request is checked as it is mapped: its problems are the spec's.
      const { spec: raw, warnings } = localJobSpec(readJobDocument(positionals[0]!), positionals[0]!);
      for (const w of warnings) console.error(`warning: ${w}`);
      spec = parseJobSpec(raw);
    } catch (err) {
      if (!(err instanceof JobSpecError)) throw err;
      return badSpec(positionals[0]!, err);
    }
    dir = values.out ?? join("hyperfleet-runs", `${spec.name}-${new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)}`);
    // Hyperband promotions resume from their configuration's checkpoint: on one machine, a folder of the run.
    if (spec.strategy === "hyperband") spec.training.checkpointDir ??= resolve(dir, "checkpoints");
    if (existsSync(join(dir, "journal.jsonl"))) throw new UsageError(`${dir} already holds a run: carry it on with --resume ${dir}, or choose another --out`);
    ensureWritable(dir);
  }

  const transport = createInProcessTransport();
  const progress: { view?: ProgressView } = {}; // shown once the job exists
  const journal = new WatchedJournal(new FileJournal(join(dir, "journal.jsonl")));
  const service = await startCoordinatorService({
    transport: transport.coordinator,
    journal,
    volatileTransport: true,
    hooks: { trialEnded: (_job, _status, t) => progress.view?.trialEnded(t) },
    ...(dashboard ? { http: dashboard } : {}),
  });
  if (service.url) console.error(`dashboard: ${service.url}/`);
  let job: JobRunner | undefined;
  try {
    job = spec ? service.coordinator.jobs.get(await service.coordinator.submit(spec))! : [...service.coordinator.jobs.values()][0];
  } catch (err) {
    if (!(err instanceof JournalWriteError || err instanceof JobSpecError)) throw err;
    await service.close();
    await transport.close();
    if (err instanceof JobSpecError) {
      // What only the coordinator can check: a warm start's parents. Nothing was journaled: the empty
      // journal goes, so that the same --out can be used once the spec is fixed.
      forgetEmptyJournal(join(dir, "journal.jsonl"));
      const code = badSpec(positionals[0]!, err);
      if (spec?.warmStart) console.error("  (tune starts a coordinator of its own, with no earlier jobs: warm-start from a cluster's jobs with hyperfleet submit)");
      return code;
    }
    return diskTrouble(err, dir);
  }
  if (!job) throw new UsageError(`${dir}/journal.jsonl holds no job`);

  const machine = await detectCapabilities();
  // --workers is what the user asked for: the embedded worker may run that many trials at once even
  // where each trial's CPU request would fit fewer.
  const capabilities = { ...machine, cpus: Math.max(machine.cpus, slots * job.spec.training.resources.cpus) };
  const worker = new Worker({
    transport: transport.worker(),
    workerId: "embedded",
    capabilities,
    slots,
    runtimes: { process: new ProcessRuntime(), ...(job.spec.training.runtime === "docker" ? { docker: new DockerRuntime() } : {}) },
    // Each attempt's model, output and logs stay in the run folder: trials/<id>/attempt-<n>.
    artifacts: { root: join(dir, "trials"), folder: (offer) => join(String(offer.trialId), `attempt-${offer.attempt}`) },
  });
  await worker.start();
  const view = (progress.view = new ProgressView(job, { slots, settled: () => service.coordinator.idle() }));
  console.error(`${values.resume ? "resuming" : "tuning"} ${job.jobId}: ${job.limits.maxTrials} trials, ${slots} at once; results in ${dir}`);
  view.start();

  const ended = await untilEnd(job, journal.failed);
  const interrupted = ended === "interrupted";
  await view.stop();
  await worker.shutdown(ended === "ended" ? 30_000 : 0);
  await service.close();
  await transport.close();
  if (ended instanceof Error) return diskTrouble(ended, dir);

  let files: { json: string; csv: string };
  try {
    files = writeResults(dir, job);
  } catch (err) {
    return diskTrouble(err as Error, dir);
  }
  const best = job.best;
  const front = job.paretoFront;
  if (values.json) {
    console.log(JSON.stringify({ jobId: job.jobId, status: interrupted ? "Interrupted" : job.status, reason: job.reason, counters: job.counters, bestTrial: best ? { trialId: best.trialId, objective: best.objective, params: best.params } : null, ...(front.length > 0 ? { paretoFront: front.map((t) => ({ trialId: t.trialId, values: t.values, params: t.params })) } : {}), results: files, dir }));
  } else {
    console.log(`${job.jobId}: ${interrupted ? "interrupted" : `${job.status} (${job.reason})`}; ${job.counters.Completed} trials completed, ${job.counters.NonRetryableError + job.counters.RetryableError} failed`);
    if (front.length > 0) console.log(`\nPareto front (${front.length} trials no other beats on every objective):\n${bestTable(job)}\n`);
    if (best) {
      console.log(`\n${bestTable(job)}\n`);
      console.log(`best: ${job.spec.objective.metric}=${formatNumber(best.objective!)} (trial ${best.trialId}) ${formatParams(best.params)}`);
      if (best.artifacts) console.log(`its model and output: ${best.artifacts.path}`);
    }
    console.log(`results: ${files.json}, ${files.csv}`);
    if (interrupted) console.log(`carry on with: hyperfleet tune --resume ${dir}`);
  }
  if (interrupted) return 130;
  return job.status === "Completed" ? EXIT.ok : EXIT.failed;
}

/**
 * Resolves "ended" when the job ends, "interrupted" on the first SIGINT or SIGTERM (a second SIGINT
 * quits at once), or the error when the journal cannot be written.
 */
function untilEnd(job: JobRunner, journalFailed: Promise<Error>): Promise<"ended" | "interrupted" | Error> {
  return new Promise((resolve) => {
    const finish = (how: "ended" | "interrupted" | Error) => {
      clearInterval(poll);
      process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      resolve(how);
    };
    const onSignal = () => {
      console.error("\ninterrupted: stopping running trials (Ctrl-C again to quit at once)");
      process.once("SIGINT", () => process.exit(130));
      finish("interrupted");
    };
    const poll = setInterval(() => TERMINAL.has(job.status) && finish("ended"), 100);
    process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
    void journalFailed.then(finish);
  });
}

/** A job spec with problems: each on a line of its own, once; exit 2. */
function badSpec(file: string, err: JobSpecError): number {
  console.error(`hyperfleet: ${file} is not a valid job spec (${err.problems.length === 1 ? "1 problem" : `${err.problems.length} problems`}):`);
  printSpecProblems(err.problems);
  return EXIT.usage;
}

/** The output folder exists and takes a file, before any trial runs (else exit 2, naming it). */
function ensureWritable(dir: string): void {
  try {
    makeFolders(dir);
    const probe = join(dir, ".hyperfleet-write-test");
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (err) {
    throw new UsageError(`--out ${dir} is not writable: ${(err as Error).message}`);
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync never returns for a path under /proc, so
 * the missing folders are found first and made in order (a file on the way fails with ENOTDIR).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let p = resolve(dir); !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) mkdirSync(p);
}

function forgetEmptyJournal(path: string): void {
  try {
    if (statSync(path).size === 0) rmSync(path);
  } catch {
    // not there: nothing to forget
  }
}

/** A journal or results write failed (a full disk, a lost volume): one line, exit 1, what was written kept. */
function diskTrouble(err: Error, dir: string): number {
  console.error(`\nhyperfleet: ${err.message}`);
  console.error(`the journal keeps every event written before that; hyperfleet tune --resume ${dir} carries on once there is room`);
  return EXIT.failed;
}
