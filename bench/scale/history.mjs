// Scenario H (issue #15 item 4): a coordinator whose history holds 100 finished jobs of 1,000 trials
// each and 10 running jobs. The finished jobs are in the journal as a compacted journal keeps them,
// their snapshot records each (a coordinator snapshots a job when it ends and drops what led to it at
// its next start); the running jobs as their full events. Figures: spawn to /readyz against a fresh
// coordinator's on an empty journal in the same run, the coordinator's RSS (largest of ready and 3 s
// after), and the largest record against nats-server's max_payload (1 MiB by default).
import { readFileSync } from "node:fs";
import { parseJobSpec, replayJob, snapshotRecords } from "@hyperfleet/coordinator";
import { NatsRecordLog } from "@hyperfleet/transport";
import { client, get } from "./api.mjs";
import { freePort, killAll, startCoordinator, startNats } from "./fleet.mjs";
import { completedTrialEvents } from "../support/journal-events.mjs";
import { jobSpec } from "./flow.mjs";

const TOKEN = "scale-bench";
const PREFIX = "scale";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The events of a job with `done` completed trials (5 progress points each) and `pending` offered ones. */
export function jobEvents(jobId, i, { done, pending, maxTrials }) {
  const spec = parseJobSpec({ ...jobSpec(i, "random", 5), limits: { maxTrials, maxParallelTrials: 5 } });
  let at = Date.UTC(2026, 0, 1) + i * 3_600_000;
  const events = [{ type: "job-created", jobId, spec, at }];
  for (let trialId = 0; trialId < done + pending; trialId++) {
    const x = ((trialId * 0.6180339887) % 1) + 0;
    if (trialId >= done) {
      events.push({ type: "trial-created", jobId, trialId, params: { x }, attempt: 1, at: (at += 10) });
      continue;
    }
    const curve = Array.from({ length: 5 }, (_, s) => (x - 0.3) ** 2 + 1 / (s + 1));
    const trial = completedTrialEvents({ jobId, trialId, params: { x }, metric: "loss", curve, workerId: `w${trialId % 50}`, at });
    events.push(...trial.events);
    at = trial.at;
  }
  return events;
}

/** The journal: one snapshot per finished job, the running jobs' events; the largest record's size. */
async function fillJournal(url, sc) {
  const log = await NatsRecordLog.connect({ servers: url, prefix: PREFIX });
  let largest = 0;
  let records = 0;
  let inFlight = [];
  let bytes = 0;
  // At most 256 records or 4 MiB in flight: many large ones at once time out.
  const append = async (event) => {
    const text = JSON.stringify(event);
    largest = Math.max(largest, Buffer.byteLength(text));
    records++;
    bytes += text.length;
    inFlight.push(log.append(text, event.jobId));
    if (inFlight.length >= 256 || bytes >= 4 * 2 ** 20) {
      await Promise.all(inFlight.splice(0));
      bytes = 0;
    }
  };
  try {
    for (let j = 0; j < sc.finishedJobs; j++) {
      const jobId = `history-${j + 1}`;
      const events = jobEvents(jobId, j, { done: sc.trialsPerJob, pending: 0, maxTrials: sc.trialsPerJob });
      const ended = { type: "job-ended", jobId, status: "Completed", reason: "MaxNumberOfTrainingJobs reached", at: events.at(-1).at + 1 };
      for (const r of snapshotRecords(replayJob([...events, ended]), ended.at)) await append(r);
    }
    for (let j = 0; j < sc.runningJobs; j++) {
      const jobId = `running-${j + 1}`;
      for (const e of jobEvents(jobId, 1000 + j, { done: sc.runningTrials, pending: 5, maxTrials: 1_000_000 })) await append(e);
    }
    await Promise.all(inFlight);
  } finally {
    await log.close();
  }
  return { largest, records };
}

function rssMiB(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The coordinator's V8 heap in use, from its own /metrics (what the rest of the RSS is not). */
async function heapUsedMiB(api) {
  const text = await get(api, "/metrics", { token: TOKEN }).then((r) => String(r.body), () => "");
  const bytes = Number(/^hyperfleet_coordinator_nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1]);
  return Number.isFinite(bytes) ? bytes / 2 ** 20 : undefined;
}

export async function runHistory(sc, _timing, log) {
  const nats = await startNats();
  try {
    const fresh = await startCoordinator({ natsUrl: nats.url, prefix: "empty", httpPort: await freePort(), token: TOKEN });
    const freshRss = rssMiB(fresh.child.pid);
    await fresh.kill();
    const filling = performance.now();
    const { largest, records } = await fillJournal(nats.url, sc);
    log(`journal: ${records} records (largest ${(largest / 1024).toFixed(0)} KiB) in ${((performance.now() - filling) / 1000).toFixed(1)} s; starting the coordinator`);
    const c = await startCoordinator({ natsUrl: nats.url, prefix: PREFIX, httpPort: await freePort(), token: TOKEN, readyTimeoutMs: 60_000 });
    const atReady = rssMiB(c.child.pid);
    await sleep(3_000);
    const later = rssMiB(c.child.pid);
    const list = await client(c.api, TOKEN).jobs(10_000);
    const heapMiB = await heapUsedMiB(c.api);
    return {
      journalRecords: records,
      largestRecordBytes: largest,
      readyMs: c.readyMs,
      freshReadyMs: fresh.readyMs,
      rssMiB: Math.max(atReady ?? 0, later ?? 0),
      freshRssMiB: freshRss,
      heapUsedMiB: heapMiB,
      jobsListed: list.length,
      jobs: sc.finishedJobs + sc.runningJobs,
    };
  } finally {
    await killAll();
  }
}
