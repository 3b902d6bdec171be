#!/usr/bin/env node
// pnpm bench:scale [--quick] [--only A,B,...]
// One coordinator under many jobs and many workers (issue #15): each scenario starts its own
// nats-server and `hyperfleet coordinator` process, simulated workers over the real NATS transport
// (each its own connection, spread over child processes), and reads the figures back from the
// coordinator's API. A raw JetStream baseline is measured in the same run.
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { askTime } from "./ask-time.mjs";
import { rawBaselines } from "./broker.mjs";
import { coordinatorStderr, killAll, startNats } from "./fleet.mjs";
import { runFlow } from "./flow.mjs";
import { runHistory } from "./history.mjs";
import { runRestart } from "./restart.mjs";
import { SCENARIOS, targets } from "./scenarios.mjs";
import { printTables } from "./table.mjs";

const HELP = `Usage: pnpm bench:scale [--quick] [--only A,B,...]

Scenarios (each on a fresh nats-server and coordinator; trials of 200 ms, 5 in flight per job):
${Object.entries(SCENARIOS).map(([id, s]) => `  ${id}  ${s.label}`).join("\n")}
A raw JetStream baseline runs first, always.

  --quick   8 s measured windows instead of 20 s, and G fills its journal for at most 20 s
            instead of 120 s (10-25k records on 2 cores, not 50k): under 3 minutes in all
  --only    a comma-separated list of scenarios
Needs nats-server on PATH or in /usr/sbin (or NATS_SERVER=path) and a build (npx tsc -b).
Writes bench/results/scale-<timestamp>.json.`;

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" }, help: { type: "boolean", short: "h", default: false } } });
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const ids = args.only ? args.only.split(",").map((s) => s.trim().toUpperCase()) : Object.keys(SCENARIOS);
const unknown = ids.filter((id) => !SCENARIOS[id]);
if (unknown.length) {
  console.error(`unknown scenario(s) ${unknown.join(", ")}\n\n${HELP}`);
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(resolve(here, "../../packages/cli/dist/main.js"))) {
  console.error("packages/cli/dist/main.js is missing: run npx tsc -b first");
  process.exit(2);
}
const timing = args.quick ? { warmupMs: 2_000, windowMs: 8_000, catchUpMs: 2_000, settleMs: 1_500, listsCapMs: 15_000, fillCapMs: 20_000, flowCapMs: 8_000 } : { warmupMs: 5_000, windowMs: 20_000, catchUpMs: 10_000, settleMs: 3_000, listsCapMs: 60_000, fillCapMs: 120_000, flowCapMs: 15_000 };
const started = performance.now();
const log = (id) => (m) => console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${id}: ${m}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void killAll().finally(() => process.exit(130)));

const results = {};
{
  log("raw")("JetStream baselines");
  const nats = await startNats();
  try {
    results.raw = await rawBaselines(nats.url, args.quick ? 5_000 : 20_000);
  } finally {
    await killAll();
  }
}
for (const id of ids) {
  const sc = SCENARIOS[id];
  log(id)(sc.label);
  // Other work on the machine shows here (this scenario's own processes are not started yet).
  const loadBefore = loadavg()[0];
  try {
    const run = { flow: runFlow, restart: runRestart, history: runHistory }[sc.kind];
    results[id] = await run(sc, timing, log(id));
    if (sc.strategy === "bayesian") results[id].ask = askTime(results[id].observations, sc.maxParallelTrials - 1);
    results[id].loadBefore = loadBefore;
  } catch (err) {
    // One scenario that cannot run (a coordinator that never gets ready, say) leaves the others' figures.
    results[id] = { error: String(err?.message ?? err), coordinatorStderr: coordinatorStderr(), loadBefore };
    log(id)(`failed: ${results[id].error}\n${results[id].coordinatorStderr}`);
    await killAll();
  }
}
const wallSeconds = (performance.now() - started) / 1000;

const verdicts = Object.fromEntries(ids.map((id) => [id, targets(id, results[id], results)]));
printTables(ids, results, verdicts);
console.log(`wall time ${wallSeconds.toFixed(0)} s${args.quick ? " (--quick)" : ""}`);

const output = (cmd, argv) => {
  try {
    return execFileSync(cmd, argv, { encoding: "utf8", cwd: here, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
};
const version = output(process.env.NATS_SERVER ?? (existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server"), ["--version"]);
// What was measured: the commit, and how many files under packages/ differed from it.
const build = { commit: output("git", ["rev-parse", "--short", "HEAD"]), changedPackageFiles: output("git", ["status", "--porcelain", "--", "../../packages"])?.split("\n").filter(Boolean).length };
const stamp = new Date().toISOString();
const out = resolve(here, `../results/scale-${stamp.replace(/[:.]/g, "-")}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ benchmark: "scale", date: stamp, machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, natsServer: version }, build, quick: args.quick, timing, wallSeconds, scenarios: Object.fromEntries(ids.map((id) => [id, SCENARIOS[id]])), results, verdicts }, null, 2));
console.log(`wrote ${out}`);
process.exit(0);
