// The scenarios of issue #15 and their targets. Targets compare figures of the same run (C against
// A, F against E, D against one ask timed here), because absolute rates move with the machine.

const flow = (jobs, workers, slots, strategy = "random") => ({ kind: "flow", jobs, strategy, maxParallelTrials: 5, workers, slots, trialMs: 200, label: `${jobs} ${strategy} jobs × 5, ${workers} workers × ${slots} slots` });

export const SCENARIOS = {
  A: flow(10, 50, 10),
  B: flow(50, 50, 10),
  C: flow(100, 50, 10),
  D: flow(10, 50, 10, "bayesian"),
  E: flow(20, 100, 2),
  F: flow(20, 1000, 1),
  // 20 ms trials with 20 progress reports each, 500 in flight: most reports are journal records (a
  // busy job's reports of one run share one), so the journal fills at 2-3k records/s on 2 cores.
  G: { kind: "restart", jobs: 10, maxParallelTrials: 50, workers: 50, slots: 10, trialMs: 20, metricsPerTrial: 20, journalTarget: 50_000, label: "kill -9 with ~50k journal records, 10 jobs" },
  H: { kind: "history", finishedJobs: 100, trialsPerJob: 1000, runningJobs: 10, runningTrials: 200, label: "start on 100 finished jobs × 1,000 trials + 10 running" },
};

const check = (what, met, detail) => ({ what, met, detail });

/** The targets each scenario has, given every result of the run; a target whose reference did not run is left out. */
export function targets(id, r, all) {
  if (r.error) return [];
  const out = [];
  const share = (ref) => r.trialsPerSecond / ref.trialsPerSecond;
  if ((id === "B" || id === "C") && all.A && !all.A.error) out.push(check("trials/s ≥ 90% of A", share(all.A) >= 0.9, `${(100 * share(all.A)).toFixed(0)}%`));
  if (id === "B" || id === "C") {
    out.push(check("fairness ≥ 0.8", r.fairness >= 0.8, r.fairness.toFixed(2)));
    out.push(check("p99 ≤ 50 ms", r.latency.p99 !== undefined && r.latency.p99 <= 50, ms(r.latency.p99)));
  }
  if (id === "D") {
    out.push(check("p50 ≤ 1.5 × ask", r.latency.p50 !== undefined && r.latency.p50 <= 1.5 * r.ask.medianMs, `${(r.latency.p50 / r.ask.medianMs).toFixed(1)}×`));
    out.push(check("/healthz ≤ 100 ms", r.health.maxLatencyMs <= 100, ms(r.health.maxLatencyMs)));
  }
  if (id === "F" && all.E && !all.E.error) out.push(check("trials/s ≥ 90% of E", share(all.E) >= 0.9, `${(100 * share(all.E)).toFixed(0)}%`));
  if (id === "F") out.push(check("first trial ≤ 5 s, all workers", r.firstTrial.none === 0 && r.firstTrial.maxMs <= 5000, r.firstTrial.none ? `${r.firstTrial.none} got none` : ms(r.firstTrial.maxMs)));
  if (id === "G") {
    out.push(check("ready < 1 s", r.readyMs < 1000, ms(r.readyMs)));
    out.push(check("all jobs flow ≤ 5 s", r.allFlowingMs !== undefined && r.allFlowingMs <= 5000, r.allFlowingMs === undefined ? `${r.stalledJobs} stalled` : ms(r.allFlowingMs)));
  }
  if (id === "H") {
    out.push(check("ready ≤ 2 s", r.readyMs <= 2000, ms(r.readyMs)));
    out.push(check("RSS < 300 MiB", r.rssMiB < 300, `${r.rssMiB.toFixed(0)} MiB`));
    out.push(check("every job restored", r.jobsListed === r.jobs, `${r.jobsListed} of ${r.jobs}`));
  }
  if (r.integrity && !r.integrity.ok) out.push(check("no trial lost or duplicated", false, `${r.integrity.problemCount} problems`));
  return out;
}

export function ms(v) {
  if (v === undefined || !Number.isFinite(v)) return "n/a";
  return v < 1000 ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : `${(v / 1000).toFixed(1)} s`;
}
