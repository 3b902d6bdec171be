#!/usr/bin/env node
// pnpm bench:optimizer [--quick] [--seeds N] [--only name,name] [--stopped-trials POLICY] [--no-latency] [--out FILE]
// Quality: best value found per function, strategy and seed (median and worst seed), and how many
// suggestions repeated an earlier one.
// Failed and stopped trials (issue #16): Branin with a failing region, and with trials stopped unvalued.
// Latency: one tell+ask in 6-D after n observations.
// Writes bench/results/optimizer.json. See docs/benchmarks.md.
import { availableParallelism, cpus, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { REPEAT_TOLERANCE } from "@hyperfleet/optimizer";
import { FUNCTIONS } from "./functions.mjs";
import { measureLatency } from "./latency.mjs";
import { PEERS, LATENCY_TARGETS_MS } from "./peers.mjs";
import { SCENARIOS } from "./scenarios.mjs";
import { median, runPool } from "../support/worker-pool.mjs";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    seeds: { type: "string" },
    only: { type: "string" },
    out: { type: "string" },
    "stopped-trials": { type: "string" },
    "no-latency": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (args.help) {
  console.log(`Usage: pnpm bench:optimizer [--quick] [--seeds N] [--only branin,hartmann6] [--stopped-trials POLICY] [--no-latency] [--out FILE]

  --quick           3 seeds, q=1 and random only, latency up to n=200 (about a minute)
  --seeds           seeds per function and strategy (default 10)
  --only            comma-separated function or scenario names (${[...FUNCTIONS, ...SCENARIOS].map((f) => f.name).join(", ")})
  --stopped-trials  the optimizer's stoppedTrials option in the scenario runs (default: the optimizer's default)
  --no-latency      skip the latency measurement
  --out             JSON output file (default bench/results/optimizer.json)`);
  process.exit(0);
}

const here = dirname(fileURLToPath(import.meta.url));
const seeds = Number(args.seeds ?? (args.quick ? 3 : 10));
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error(`--seeds: expected an integer >= 1, got ${args.seeds}`);
  process.exit(2);
}
const only = args.only?.split(",");
const functions = only ? FUNCTIONS.filter((f) => only.includes(f.name)) : FUNCTIONS;
const scenarios = only ? SCENARIOS.filter((s) => only.includes(s.name)) : SCENARIOS;
if (only && functions.length + scenarios.length !== only.length) {
  console.error(`--only: unknown name in ${args.only}; known: ${[...FUNCTIONS, ...SCENARIOS].map((f) => f.name).join(", ")}`);
  process.exit(2);
}
const stoppedTrials = args["stopped-trials"];
const modes = args.quick ? [{ strategy: "bayesian", q: 1 }, { strategy: "random", q: 1 }] : [{ strategy: "bayesian", q: 1 }, { strategy: "bayesian", q: 4 }, { strategy: "random", q: 1 }];
const latencySizes = args.quick ? [25, 50, 100, 200] : [25, 50, 100, 200, 400, 1000];

const jobs = [];
for (const fn of functions) for (const mode of modes) for (let seed = 0; seed < seeds; seed++) jobs.push({ fn: fn.name, ...mode, seed });
// The pending-trial strategies compared where it matters most: Hartmann6 with 4 trials in flight.
const LIAR_COMPARISON = ["min", "mean", "max"];
const compareLiars = !args.quick && functions.some((f) => f.name === "hartmann6");
if (compareLiars) for (const liar of LIAR_COMPARISON) for (let seed = 0; seed < seeds; seed++) jobs.push({ fn: "hartmann6", strategy: "bayesian", q: 4, seed, liar });
for (const sc of scenarios) {
  for (const mode of modes) for (let seed = 0; seed < seeds; seed++) jobs.push({ fn: sc.fn, scenario: sc.name, ...mode, seed, ...(stoppedTrials ? { stoppedTrials } : {}) });
}
// Longest first, so the pool drains evenly.
const budgetOf = (job) => (job.scenario ? SCENARIOS.find((s) => s.name === job.scenario).budget : FUNCTIONS.find((f) => f.name === job.fn).budget);
jobs.sort((a, b) => (b.strategy === "bayesian") - (a.strategy === "bayesian") || budgetOf(b) - budgetOf(a));

const started = performance.now();
const results = await runPool(resolve(here, "run-one.mjs"), jobs, Math.max(1, availableParallelism()));
const rows = [];
for (const fn of functions) {
  for (const mode of modes) {
    const runs = results.filter((r) => r.fn === fn.name && !r.scenario && r.strategy === mode.strategy && r.q === mode.q && !r.liar);
    const bests = runs.map((r) => r.best).sort((a, b) => a - b);
    rows.push({
      function: fn.name,
      optimum: fn.optimum,
      evaluations: fn.budget,
      strategy: mode.strategy,
      q: mode.q,
      seeds: bests.length,
      median: median(bests),
      worst: bests.at(-1),
      bests,
      repeats: runs.reduce((n, r) => n + r.repeats, 0),
      secondsPerRun: median(runs.map((r) => r.seconds)),
    });
  }
}
const scenarioRows = [];
for (const sc of scenarios) {
  for (const mode of modes) {
    const runs = results.filter((r) => r.scenario === sc.name && r.strategy === mode.strategy && r.q === mode.q).sort((a, b) => a.seed - b.seed);
    const bests = runs.map((r) => r.best).sort((a, b) => a - b);
    scenarioRows.push({
      scenario: sc.name,
      strategy: mode.strategy,
      q: mode.q,
      seeds: runs.length,
      median: median(bests),
      worst: bests.at(-1),
      bests,
      failed: runs.map((r) => r.failed),
      stopped: runs.map((r) => r.stopped),
      repeats: runs.reduce((n, r) => n + r.repeats, 0),
      ...(stoppedTrials ? { stoppedTrials } : {}),
    });
  }
}
const allRepeats = [...rows, ...scenarioRows].reduce((n, r) => n + r.repeats, 0);

console.log(`\nQuality: best value after the budget, ${seeds} seeds (median, worst seed); peers measured on this machine class, from issue #2`);
printTable(
  ["function (f*)", "evals", "bayesian q=1", "bayesian q=4", "random", "Optuna GPSampler", "q=1 meets target", "repeats"],
  functions.map((fn) => {
    const get = (s, q) => rows.find((r) => r.function === fn.name && r.strategy === s && r.q === q);
    const peer = PEERS[fn.name];
    const q1 = get("bayesian", 1);
    return [
      `${fn.name} (${fn.optimum})`,
      fn.budget,
      fmt(q1),
      fmt(get("bayesian", 4)),
      fmt(get("random", 1)),
      peer ? `${peer.median}${peer.worst === undefined ? "" : ` (${peer.worst})`}` : "",
      peer && q1 ? verdict(q1, peer) : "",
      rows.filter((r) => r.function === fn.name).reduce((n, r) => n + r.repeats, 0),
    ];
  }),
);

if (scenarios.length > 0) {
  console.log(`\nFailed and stopped trials: Branin, 30 trials, ${seeds} seeds, median (worst seed) of the best completed value${stoppedTrials ? `; stoppedTrials: ${stoppedTrials}` : ""}`);
  console.log("failed/stopped: trials of 30 failed or stopped, median over seeds (most); repeats: over all seeds. Optuna and \"before\" columns: issue #16 (q=1), not re-run here");
  printTable(
    ["case", "strategy", "q", "best", "failed", "stopped", "repeats", "targets", "before #16", "Optuna GPSampler", "Optuna TPE", "Optuna random"],
    scenarioRows.map((r) => {
      const sc = SCENARIOS.find((s) => s.name === r.scenario);
      const ref = r.q === 1 && r.strategy === "bayesian" ? sc.reference : r.q === 1 && r.strategy === "random" ? { before: sc.reference.random } : {};
      return [
        sc.describe,
        r.strategy,
        r.q,
        `${r.median.toPrecision(4)} (${r.worst.toPrecision(4)})`,
        `${median(r.failed)} (${Math.max(...r.failed)})`,
        `${median(r.stopped)} (${Math.max(...r.stopped)})`,
        r.repeats,
        r.strategy === "bayesian" ? scenarioVerdict(r, sc.targets) : "",
        ref.before ?? "",
        ref.gpSampler ?? "",
        ref.tpe ?? "",
        ref.optunaRandom ?? "",
      ];
    }),
  );
}
console.log(`\nrepeats (suggestions within ${REPEAT_TOLERANCE} of the range of an earlier one of the same run, discrete values equal), all rows: ${allRepeats}`);

const liarRows = compareLiars
  ? ["believer", ...LIAR_COMPARISON].map((liar) => {
      const bests = results.filter((r) => r.fn === "hartmann6" && r.q === 4 && (r.liar ?? "believer") === liar && r.strategy === "bayesian").map((r) => r.best).sort((a, b) => a - b);
      return { liar, seeds: bests.length, median: median(bests), worst: bests.at(-1), bests };
    })
  : [];
if (compareLiars) {
  console.log("\nPending trials on Hartmann6, q=4, 50 evaluations (target: median <= -3.28)");
  printTable(["liar", "median", "worst"], liarRows.map((r) => [r.liar + (r.liar === "believer" ? " (default)" : ""), r.median.toPrecision(6), r.worst.toPrecision(5)]));
}

const latency = args["no-latency"] ? [] : measureLatency(latencySizes);
if (latency.length > 0) console.log("\nLatency of one tell+ask in 6-D (Hartmann6 space), milliseconds, median of 9 after 2 warm-up cycles");
if (latency.length > 0) printTable(
  ["n", "median ms", "max ms", "target ms", "meets"],
  latency.map((l) => [l.n, l.medianMs.toFixed(1), l.maxMs.toFixed(1), LATENCY_TARGETS_MS[l.n] ?? "", LATENCY_TARGETS_MS[l.n] ? (l.medianMs <= LATENCY_TARGETS_MS[l.n] ? "yes" : "NO") : ""]),
);

const out = resolve(args.out ?? resolve(here, "../results/optimizer.json"));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      benchmark: "optimizer",
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      quick: args.quick,
      seeds,
      wallSeconds: (performance.now() - started) / 1000,
      quality: rows,
      scenarios: scenarioRows,
      repeats: allRepeats,
      liars: liarRows,
      latency,
      peers: PEERS,
      latencyTargetsMs: LATENCY_TARGETS_MS,
    },
    null,
    2,
  ),
);
console.log(`\nwrote ${out} in ${((performance.now() - started) / 1000).toFixed(0)} s`);


function fmt(row) {
  return row ? `${row.median.toPrecision(6)} (${row.worst.toPrecision(5)})` : "";
}
function scenarioVerdict(row, targets) {
  const misses = [];
  if (row.median > targets.median) misses.push(`median > ${targets.median}`);
  if (row.worst > targets.worst) misses.push(`worst > ${targets.worst}`);
  if (targets.failedInMedianSeed !== undefined && median(row.failed) > targets.failedInMedianSeed) misses.push(`failed > ${targets.failedInMedianSeed}`);
  if (row.repeats > 0) misses.push("repeats");
  return misses.length === 0 ? "met" : `NO (${misses.join(", ")})`;
}
function verdict(row, peer) {
  const medianOk = row.median <= peer.median;
  const worstOk = peer.worst === undefined || row.worst <= peer.worst;
  return medianOk && worstOk ? "yes" : `NO (${medianOk ? "" : "median"}${!medianOk && !worstOk ? ", " : ""}${worstOk ? "" : "worst"})`;
}
function printTable(header, body) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => "| " + r.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of body) console.log(line(r));
}
