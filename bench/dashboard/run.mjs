#!/usr/bin/env node
// pnpm bench:dashboard [--trials 10000] [--points 100]
// Issue #18 item 4: a job of 10,000 trials with 100 metric points each opens in the dashboard in
// under 1 s. Writes a journal of such a job (completed, random parameters, a learning curve per
// trial), starts a coordinator on it with the dashboard, opens the job's page in Debian's headless
// Chromium (playwright-core) and times, from the navigation, the history plot holding every trial, the
// learning curves drawn, and the grid's first rows; then the jobs page. Median of 5 loads after one
// warm-up. Writes bench/results/dashboard.json.
/* global fetch */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir, cpus, availableParallelism } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FileJournal, parseJobSpec, startCoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { chromium } from "playwright-core";
import { completedTrialEvents } from "../support/journal-events.mjs";

const { values: args } = parseArgs({ options: { trials: { type: "string", default: "10000" }, points: { type: "string", default: "100" }, help: { type: "boolean", short: "h" } } });
if (args.help) {
  console.log("Usage: pnpm bench:dashboard [--trials 10000] [--points 100]\nNeeds /usr/bin/chromium and a build (npx -y pnpm@12.4.2 build).");
  process.exit(0);
}
const trials = Number(args.trials);
const points = Number(args.points);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-dash-bench-"));
const journalPath = join(dir, "journal.jsonl");

// The job's events as the coordinator journals them: created, then per trial created/claimed/metrics/finished.
const spec = parseJobSpec({
  name: "big",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { lr: { type: "continuous", min: 1e-4, max: 1, scaling: "log" }, width: { type: "integer", min: 16, max: 512 }, act: { type: "categorical", values: ["relu", "tanh", "gelu"] } },
  limits: { maxTrials: trials, maxParallelTrials: 10 },
  training: { runtime: "process", command: ["train"] },
});
const jobId = "big-1";
let at = Date.UTC(2026, 0, 1);
const lines = [JSON.stringify({ type: "job-created", jobId, spec, at })];
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let trialId = 0; trialId < trials; trialId++) {
  const params = { lr: 10 ** (-4 + 4 * random()), width: 16 + Math.floor(random() * 497), act: ["relu", "tanh", "gelu"][Math.floor(random() * 3)] };
  const floor = (Math.log10(params.lr) + 2) ** 2 / 4 + (params.act === "gelu" ? 0 : 0.1) + random() * 0.05;
  const curve = Array.from({ length: points }, (_, s) => floor + 1 / (s + 1));
  const trial = completedTrialEvents({ jobId, trialId, params, metric: "loss", curve, workerId: `w${trialId % 20}`, at });
  for (const e of trial.events) lines.push(JSON.stringify(e));
  at = trial.at;
}
lines.push(JSON.stringify({ type: "job-ended", jobId, status: "Completed", reason: "MaxNumberOfTrainingJobsReached", at: (at += 1) }));
writeFileSync(journalPath, `${lines.join("\n")}\n`);

const started = performance.now();
const service = await startCoordinatorService({ transport: createInProcessTransport().coordinator, journal: new FileJournal(journalPath), http: { host: "127.0.0.1", port: 0 }, volatileTransport: true });
const restoreMs = performance.now() - started;
// What the page asks for, timed from here (the server's part of the load).
const api = {};
for (const path of [`/v1/jobs/${jobId}`, `/v1/jobs/${jobId}/trials`, `/v1/jobs/${jobId}/curves?points=100`, `/v1/jobs/${jobId}/importance`, "/v1/jobs"]) {
  const t = performance.now();
  const body = await (await fetch(`${service.url}${path}`)).text();
  api[path] = { ms: performance.now() - t, kib: body.length / 1024 };
}
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(e.message));

async function load(url, selectors) {
  const t0 = performance.now();
  await page.goto("about:blank");
  await page.goto(url);
  const marks = {};
  for (const [name, sel] of Object.entries(selectors)) {
    await page.waitForSelector(sel, { timeout: 60_000 });
    marks[name] = performance.now() - t0;
  }
  return marks;
}
const jobUrl = `${service.url}/#/jobs/${jobId}`;
const jobMarks = { grid: `table[data-grid="trials"] tr[data-trial-id]`, history: `[data-plot="history"][data-points="${trials}"]`, curves: `[data-plot="curves"][data-curves="${trials}"]` };
await load(jobUrl, jobMarks); // warm-up (the first load compiles the bundle)
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await load(jobUrl, jobMarks));
const jobsRuns = [];
for (let i = 0; i < 5; i++) jobsRuns.push(await load(`${service.url}/#/`, { row: `tr[data-job-id="${jobId}"]` }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = {
  benchmark: "dashboard",
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: availableParallelism(), node: process.version },
  trials,
  pointsPerTrial: points,
  coordinatorRestoreMs: restoreMs,
  jobPage: Object.fromEntries(Object.keys(jobMarks).map((k) => [k, median(runs.map((r) => r[k]))])),
  jobsPage: median(jobsRuns.map((r) => r.row)),
  api,
  pageErrors: errors,
};
if (process.env.HYPERFLEET_BENCH_HOLD) {
  console.log(`holding ${jobUrl}`);
  await new Promise((r) => setTimeout(r, Number(process.env.HYPERFLEET_BENCH_HOLD)));
}
await browser.close();
await service.close();
rmSync(dir, { recursive: true, force: true });
const ms = (v) => `${Math.round(v)} ms`;
console.log("| page | first rows | history plot (every trial) | learning curves (every trial) | target |");
console.log("|---|---|---|---|---|");
console.log(`| job, ${trials} trials × ${points} points | ${ms(result.jobPage.grid)} | ${ms(result.jobPage.history)} | ${ms(result.jobPage.curves)} | < 1 s: ${Math.max(result.jobPage.grid, result.jobPage.history, result.jobPage.curves) < 1000 ? "met" : "MISSED"} |`);
console.log(`| jobs list | ${ms(result.jobsPage)} | | | |`);
for (const [path, a] of Object.entries(api)) console.log(`GET ${path}: ${ms(a.ms)}, ${Math.round(a.kib)} KiB`);
if (errors.length) console.log(`page errors: ${errors.join("; ")}`);
mkdirSync(resolve(here, "../results"), { recursive: true });
writeFileSync(resolve(here, "../results/dashboard.json"), JSON.stringify(result, null, 2));
console.log(`(coordinator restored the ${trials}-trial journal in ${ms(restoreMs)}; median of 5 loads after a warm-up) wrote bench/results/dashboard.json`);
