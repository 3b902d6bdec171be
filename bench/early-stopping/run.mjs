#!/usr/bin/env node
// pnpm bench:early-stopping [--seeds N] [--trials N] [--workers N] [--out FILE]
// Replays tuning jobs of the quickstart's training (the digits MLP) on its recorded learning curves
// (bench/early-stopping/curves.json, made by record-curves.mjs) and compares no stopping, the median
// rule and Hyperband (ASHA): total epochs, wall time with 4 workers, best final objective. The median
// rule runs once per stoppedTrials policy (what a stopped trial tells the optimizer, issue #16).
// Writes bench/results/early-stopping.json. See docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_STOPPED_POLICY, MEDIAN_RULE_DEFAULTS, STOPPED_POLICIES } from "@hyperfleet/optimizer";
import { countRepeats } from "../optimizer/repeats.mjs";
import { CurveTable, simulate } from "./simulate.mjs";

const { values: args } = parseArgs({
  options: { seeds: { type: "string", default: "10" }, trials: { type: "string", default: "40" }, workers: { type: "string", default: "4" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
});
if (args.help) {
  console.log(`Usage: pnpm bench:early-stopping [--seeds 10] [--trials 40] [--workers 4] [--out FILE]`);
  process.exit(0);
}
const here = dirname(fileURLToPath(import.meta.url));
const recording = JSON.parse(readFileSync(resolve(here, "curves.json"), "utf8"));
const table = new CurveTable(recording);
const seeds = Number(args.seeds);
const maxTrials = Number(args.trials);
const workers = Number(args.workers);
const epochs = recording.maxEpochs;
const hyperband = { minResource: 1, maxResource: epochs, reductionFactor: 3 };

// The default policy is the "median" row; every other policy gets a row of its own.
const OTHER_POLICIES = STOPPED_POLICIES.filter((p) => p !== DEFAULT_STOPPED_POLICY);
const policyKey = (p) => `policy:${p}`;
const rows = [];
for (let seed = 0; seed < seeds; seed++) {
  const common = { seed, workers, maxTrials, epochs };
  const none = simulate(table, { ...common, method: "none" });
  const median = simulate(table, { ...common, method: "median" });
  const policies = Object.fromEntries(OTHER_POLICIES.map((p) => [policyKey(p), simulate(table, { ...common, method: "median", stoppedTrials: p })]));
  const judgeBest = simulate(table, { ...common, method: "median", medianRule: { ...MEDIAN_RULE_DEFAULTS, judge: "best" } });
  const judgeLast = simulate(table, { ...common, method: "median", medianRule: { ...MEDIAN_RULE_DEFAULTS, judge: "last" } });
  // Hyperband gets the no-stopping run's epochs; what counts is when it first matches that run's best.
  const randomSearch = simulate(table, { ...common, method: "random" });
  const reach = (run, baseline) => {
    const hit = run.trace.find((t) => t.best >= baseline.best);
    return { ...run, reachedAtEpochs: hit?.epochs ?? null, reachedAtSeconds: hit?.seconds ?? null };
  };
  const hbRun = simulate(table, { ...common, method: "hyperband", epochBudget: none.epochs, hyperband });
  const bohbRun = simulate(table, { ...common, method: "bohb", epochBudget: none.epochs, hyperband });
  rows.push({ seed, none, randomSearch, median, ...policies, judgeBest, judgeLast, hyperband: reach(hbRun, none), bohb: reach(bohbRun, none), hyperbandVsRandom: reach(hbRun, randomSearch) });
  process.stderr.write(`seed ${seed}: none ${none.epochs} epochs best ${none.best}; median ${median.epochs} best ${median.best}; hyperband reached it at ${rows.at(-1).hyperband.reachedAtEpochs ?? "never"}\n`);
}

const med = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (key) => {
  const runs = rows.map((r) => r[key]);
  return {
    epochs: med(runs.map((r) => r.epochs)),
    seconds: med(runs.map((r) => r.seconds)),
    best: med(runs.map((r) => r.best)),
    worstBest: Math.min(...runs.map((r) => r.best)),
    epochRatio: med(rows.map((r) => r[key].epochs / r.none.epochs)),
    secondsRatio: med(rows.map((r) => r[key].seconds / r.none.seconds)),
    bestGapPct: med(rows.map((r) => (100 * (r.none.best - r[key].best)) / r.none.best)),
    worstBestGapPct: Math.max(...rows.map((r) => (100 * (r.none.best - r[key].best)) / r.none.best)),
    stopped: med(runs.map((r) => r.stopped)),
    repeats: runs.reduce((n, r) => n + countRepeats(table.recording.space, r.suggested), 0),
  };
};
const hyperbandSummary = (key) => ({
  ...summary(key),
  seedsReached: rows.filter((r) => r[key].reachedAtEpochs !== null).length,
  // The baselines (no stopping) run the same number of epochs, so one denominator serves both.
  epochsToReachRatio: med(rows.map((r) => (r[key].reachedAtEpochs ?? Infinity) / r.none.epochs)),
  worstEpochsToReachRatio: Math.max(...rows.map((r) => (r[key].reachedAtEpochs ?? Infinity) / r.none.epochs)),
  secondsToReachRatio: med(rows.map((r) => (r[key].reachedAtSeconds ?? Infinity) / r.none.seconds)),
});
const result = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  setup: { seeds, maxTrials, workers, epochs, hyperband, medianRule: MEDIAN_RULE_DEFAULTS, recordedConfigurations: recording.curves.length, recordedOn: recording.recordedOn },
  none: summary("none"),
  median: { ...summary("median"), stoppedTrials: DEFAULT_STOPPED_POLICY },
  medianPolicies: Object.fromEntries(OTHER_POLICIES.map((p) => [p, summary(policyKey(p))])),
  medianJudgeBest: summary("judgeBest"),
  medianJudgeLast: summary("judgeLast"),
  hyperband: hyperbandSummary("hyperband"),
  bohb: hyperbandSummary("bohb"),
  hyperbandVsRandomSearch: { ...hyperbandSummary("hyperbandVsRandom"), baselineBest: med(rows.map((r) => r.randomSearch.best)) },
  perSeed: rows.map((r) => ({
    seed: r.seed,
    none: { epochs: r.none.epochs, seconds: r.none.seconds, best: r.none.best },
    median: { epochs: r.median.epochs, seconds: r.median.seconds, best: r.median.best, stopped: r.median.stopped },
    medianPolicies: Object.fromEntries(OTHER_POLICIES.map((p) => [p, { epochs: r[policyKey(p)].epochs, best: r[policyKey(p)].best, stopped: r[policyKey(p)].stopped }])),
    hyperband: { trials: r.hyperband.trials, reachedAtEpochs: r.hyperband.reachedAtEpochs, best: r.hyperband.best },
    bohb: { reachedAtEpochs: r.bohb.reachedAtEpochs, best: r.bohb.best },
    randomSearch: { best: r.randomSearch.best },
    hyperbandVsRandomSearch: { reachedAtEpochs: r.hyperbandVsRandom.reachedAtEpochs },
  })),
};

const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : "never");
const f = (x) => x.toFixed(4);
console.log(`\nEarly stopping on the digits MLP, ${seeds} seeds, ${maxTrials} trials of up to ${epochs} epochs, ${workers} workers (median over seeds)\n`);
console.log("| method | epochs | vs none | wall s (4 workers) | vs none | best val acc (worst) | gap to none (worst) | stopped | repeats |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const [name, s] of [
  ["no stopping", result.none],
  [`median rule (defaults; stopped trials: ${DEFAULT_STOPPED_POLICY})`, result.median],
  ...OTHER_POLICIES.map((p) => [`median rule, stopped trials: ${p}`, result.medianPolicies[p]]),
  ["median rule judging the best value so far (Vizier)", result.medianJudgeBest],
  ["median rule judging the last value", result.medianJudgeLast],
]) {
  console.log(`| ${name} | ${s.epochs} | ${pct(s.epochRatio)} | ${s.seconds.toFixed(0)} | ${pct(s.secondsRatio)} | ${f(s.best)} (${f(s.worstBest)}) | ${s.bestGapPct.toFixed(2)}% (${s.worstBestGapPct.toFixed(2)}%) | ${s.stopped} | ${s.repeats} |`);
}
const h = result.hyperband;
console.log(`\nHyperband as ASHA, ${hyperband.minResource}-${epochs} epochs, eta ${hyperband.reductionFactor}, promotions resume from checkpoints; epochs and wall time until it first matches a no-stopping run's best:\n`);
console.log("| hyperband | baseline (no stopping, 40 trials) | seeds reaching it | epochs to reach (worst) | wall time to reach | best with the baseline's epochs (worst) |");
console.log("|---|---|---|---|---|---|");
for (const [name, baseline, s] of [
  ["random sampling (default)", "bayesian", result.hyperband],
  ["model-based (BOHB-style)", "bayesian", result.bohb],
  ["random sampling (default)", "random search", result.hyperbandVsRandomSearch],
]) {
  console.log(`| ${name} | ${baseline} | ${s.seedsReached}/${seeds} | ${pct(s.epochsToReachRatio)} (${pct(s.worstEpochsToReachRatio)}) | ${pct(s.secondsToReachRatio)} | ${f(s.best)} (${f(s.worstBest)}) |`);
}
const targets = {
  medianEpochs: result.median.epochRatio <= 0.65,
  medianQuality: result.median.bestGapPct <= 0.5,
  // Issue #16: what stopped trials tell the model keeps at least 45% of the epochs saved, the best within 0.5%.
  stoppedPolicyEpochs: result.median.epochRatio <= 0.55,
  hyperbandThird: h.epochsToReachRatio <= 1 / 3,
  hyperbandThirdVsRandomSearch: result.hyperbandVsRandomSearch.epochsToReachRatio <= 1 / 3,
};
result.targets = targets;
console.log(`\ntargets: median rule >= 35% fewer epochs: ${targets.medianEpochs ? "met" : "MISSED"} (>= 45% with stopped trials informing the model: ${targets.stoppedPolicyEpochs ? "met" : "MISSED"}); best within 0.5%: ${targets.medianQuality ? "met" : "MISSED"}; hyperband reaches the bayesian run's best with <= 1/3 of the epochs: ${targets.hyperbandThird ? "met" : "MISSED"} (random search's: ${targets.hyperbandThirdVsRandomSearch ? "met" : "missed"})`);
const out = resolve(args.out ?? resolve(here, "../results/early-stopping.json"));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(`wrote ${out}`);
