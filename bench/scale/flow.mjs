// One flow scenario (A-F): a fresh nats-server and coordinator, the simulated fleet, the jobs; a
// warm-up, then a fixed measured window; then the workers stop claiming, the coordinator gets a
// bounded while to catch up, and the trial lists are read once. Every wait is capped, so a
// coordinator that falls far behind gives poor figures, not a hung bench.
import { client, pollHealth, readTrialLists } from "./api.mjs";
import { journalRecords } from "./broker.mjs";
import { assertAlive, cpuSeconds, freePort, killAll, startCoordinator, startNats } from "./fleet.mjs";
import { firstTrials, integrity, refillLatencies, throughput } from "./metrics.mjs";
import { startFleet } from "./sim-workers.mjs";

const TOKEN = "scale-bench";
const PREFIX = "scale";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function jobSpec(i, strategy, maxParallelTrials) {
  return {
    name: `scale-${i}`,
    objective: { metric: "loss", type: "minimize" },
    strategy,
    seed: i,
    parameters: { x: { type: "continuous", min: 0, max: 1 } },
    limits: { maxTrials: 1_000_000, maxParallelTrials },
    training: { runtime: "process", command: ["true"] }, // never run: the simulated workers only sleep
  };
}

/** Submits the scenario's jobs, ten requests at a time, all within 60 s (a busy coordinator answers slowly); their ids in order. */
export async function submitAll(api, sc, strategy = sc.strategy) {
  const ids = [];
  const deadline = Date.now() + 60_000;
  for (let i = 0; i < sc.jobs; i += 10) {
    const batch = Array.from({ length: Math.min(10, sc.jobs - i) }, (_, k) => api.submit(jobSpec(i + k, strategy, sc.maxParallelTrials), Math.max(1, deadline - Date.now())));
    ids.push(...(await Promise.all(batch)));
  }
  return ids;
}

/** Waits until the coordinator has handled `expected` results (summed counters), at most `capMs`. */
async function catchUp(api, expected, capMs) {
  const deadline = Date.now() + capMs;
  while (Date.now() < deadline) {
    const jobs = await api.jobs(Math.max(1, deadline - Date.now())).catch(() => undefined);
    if (jobs && jobs.reduce((n, j) => n + j.counters.Completed, 0) >= expected) return true;
    await sleep(200);
  }
  return false;
}

export async function runFlow(sc, timing, log) {
  const nats = await startNats();
  try {
    const httpPort = await freePort();
    const coordinator = await startCoordinator({ natsUrl: nats.url, prefix: PREFIX, httpPort, token: TOKEN });
    const api = client(coordinator.api, TOKEN);
    // Jobs first, then workers: each worker finds work waiting, so its time to a first trial is the
    // coordinator's doing, and a thousand joining workers do not slow the submissions down.
    const submittingAt = Date.now();
    const jobIds = await submitAll(api, sc);
    const submitMs = Date.now() - submittingAt;
    const fleet = await startFleet({ natsUrl: nats.url, prefix: PREFIX, workers: sc.workers, slots: sc.slots, trialMs: sc.trialMs });
    log(`${sc.jobs} jobs submitted in ${submitMs} ms, ${sc.workers} workers up in ${fleet.startMs} ms on ${fleet.hosts} host processes; warm-up, then the ${timing.windowMs} ms window`);
    const health = pollHealth(coordinator.api);
    await sleep(timing.warmupMs);
    const cpu = () => ({ coordinator: cpuSeconds(coordinator.child.pid), natsServer: cpuSeconds(nats.child.pid), workerHosts: fleet.pids.reduce((n, p) => n + (cpuSeconds(p) ?? 0), 0), bench: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 });
    const cpu0 = cpu();
    const t0 = Date.now();
    await sleep(timing.windowMs);
    const t1 = Date.now();
    const cpu1 = cpu();
    const healthStats = await health.stop();
    assertAlive(coordinator, "during the run");
    const fleetReport = await fleet.stop(timing.settleMs);
    log(`workers stopped after ${Date.now() - t1} ms`);
    const sent = fleetReport.reports.filter((r) => r.ok).length;
    const caughtUp = await catchUp(api, sent, timing.catchUpMs);
    log(`window over; ${sent} results sent, coordinator ${caughtUp ? "caught up" : `still behind after ${timing.catchUpMs} ms`}; reading trial lists`);
    const lists = await readTrialLists(api, jobIds, timing.listsCapMs);
    // A job whose list could not be read is left out of every figure (and counted), not taken as empty.
    const jobs = lists.filter((j) => !j.unread);
    assertAlive(coordinator, "after the window");
    if (jobs.length === 0) throw new Error(`no trial list could be read within ${timing.listsCapMs} ms`);
    const readIds = new Set(jobs.map((j) => j.jobId));
    const reports = fleetReport.reports.filter((r) => readIds.has(r.jobId));
    const records = await journalRecords(nats.url, PREFIX);
    const created = jobs.reduce((n, j) => n + j.trials.length, 0);
    return {
      ...throughput(jobs, t0, t1),
      latency: refillLatencies(jobs, reports, sc.maxParallelTrials, t0, t1),
      health: healthStats,
      firstTrial: firstTrials(fleet.ids, fleetReport.firstTrial, fleetReport.joined),
      integrity: integrity(jobs, reports),
      observations: observationsAtMidWindow(jobs, (t0 + t1) / 2),
      journal: { records, trialsCreated: created, recordsPerTrial: records === undefined || created === 0 ? undefined : records / created },
      fleet: { hosts: fleet.hosts, startMs: fleet.startMs, resultsSent: sent, finishErrors: fleetReport.errors, announceFailures: fleetReport.announceFailures, stillRunning: fleetReport.stillRunning, silentHosts: fleetReport.silentHosts },
      // Cores each process used over the window (1 = one core busy throughout).
      cores: Object.fromEntries(Object.keys(cpu0).map((k) => [k, cpu0[k] === undefined || cpu1[k] === undefined ? undefined : (cpu1[k] - cpu0[k]) / ((t1 - t0) / 1000)])),
      caughtUp,
      unreadLists: lists.length - jobs.length,
      submitMs,
      windowMs: t1 - t0,
    };
  } finally {
    await killAll();
  }
}

/** The median job's completed trials at mid-window: the observation count an ask saw then. */
function observationsAtMidWindow(jobs, at) {
  const counts = jobs.map(({ trials }) => trials.filter((t) => t.status === "Completed" && t.endedUnixMs <= at).length).sort((a, b) => a - b);
  return counts[counts.length >> 1] ?? 0;
}

