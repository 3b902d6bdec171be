// Scenario G: jobs run until the coordinator's journal stream holds about `journalTarget` records,
// the coordinator is killed with -9 in full flow (the workers keep running), and started again:
// time from spawn to /readyz, against a fresh coordinator's on an empty journal in the same run, and
// time from ready until every job has a trial created after the kill.
import { client, readTrialLists } from "./api.mjs";
import { journalRecords } from "./broker.mjs";
import { assertAlive, freePort, killAll, startCoordinator, startNats } from "./fleet.mjs";
import { submitAll } from "./flow.mjs";
import { startFleet } from "./sim-workers.mjs";

const TOKEN = "scale-bench";
const PREFIX = "scale";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const trialCount = (job) => Object.values(job.counters).reduce((a, b) => a + (typeof b === "number" ? b : 0), 0);

export async function runRestart(sc, timing, log) {
  const nats = await startNats();
  try {
    const httpPort = await freePort();
    const fresh = await startCoordinator({ natsUrl: nats.url, prefix: PREFIX, httpPort, token: TOKEN });
    let api = client(fresh.api, TOKEN);
    // Short trials with progress reports: most metrics reports are journal records, so the journal
    // fills at what the coordinator can write rather than at what 200 ms trials produce.
    const fillStarted = Date.now(); // the cap counts the fleet's start and the submissions too
    const fleet = await startFleet({ natsUrl: nats.url, prefix: PREFIX, workers: sc.workers, slots: sc.slots, trialMs: sc.trialMs, metricsPerTrial: sc.metricsPerTrial });
    const jobIds = await submitAll(api, sc, "random");
    let records = 0;
    while (Date.now() - fillStarted < timing.fillCapMs && records < sc.journalTarget) {
      await sleep(500);
      records = (await journalRecords(nats.url, PREFIX)) ?? records;
    }
    const fillMs = Date.now() - fillStarted;
    assertAlive(fresh, "while the journal filled");
    log(`journal holds ${records} records after ${fillMs} ms; kill -9`);
    const before = new Map((await api.jobs(10_000).catch(() => [])).map((j) => [j.jobId, trialCount(j)]));
    await fresh.kill();
    const killedAt = Date.now();
    const atKill = (await journalRecords(nats.url, PREFIX)) ?? records;
    const again = await startCoordinator({ natsUrl: nats.url, prefix: PREFIX, httpPort, token: TOKEN, readyTimeoutMs: 60_000 });
    api = client(again.api, TOKEN);
    // Cheap polling (job summaries) until every job shows a new trial, then one exact reading of the lists.
    const deadline = again.readyAt + timing.flowCapMs;
    while (Date.now() < deadline) {
      const jobs = await api.jobs(Math.max(1, deadline - Date.now())).catch(() => undefined);
      if (jobs && jobIds.every((id) => trialCount(jobs.find((j) => j.jobId === id) ?? { counters: {} }) > (before.get(id) ?? Infinity))) break;
      await sleep(50);
    }
    const waits = [];
    const lists = await readTrialLists(api, jobIds, timing.listsCapMs);
    for (const { trials } of lists) {
      const firstNew = Math.min(...trials.map((t) => t.createdUnixMs).filter((c) => c > killedAt));
      waits.push(Number.isFinite(firstNew) ? Math.max(0, firstNew - again.readyAt) : undefined);
    }
    assertAlive(again, "after the restart");
    await fleet.stop(timing.settleMs);
    const flowing = waits.filter((w) => w !== undefined);
    return {
      journalRecords: atKill,
      fillMs,
      freshReadyMs: fresh.readyMs,
      readyMs: again.readyMs,
      allFlowingMs: flowing.length === jobIds.length ? Math.max(...flowing) : undefined,
      maxFlowingMs: flowing.length ? Math.max(...flowing) : undefined,
      stalledJobs: jobIds.length - flowing.length,
      unreadLists: lists.filter((l) => l.unread).length, // counted among the stalled
      jobs: jobIds.length,
    };
  } finally {
    await killAll();
  }
}
