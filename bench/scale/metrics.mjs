// The figures of a flow scenario, from the coordinator's trial lists (GET /v1/jobs/:id/trials) and
// what the simulated workers recorded; both use this machine's Date.now(), so they compare directly.

/** The p-quantile (nearest rank) of sorted numbers; undefined for none. */
export function quantile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const ended = (t) => t.endedUnixMs !== undefined && t.status !== "Pending" && t.status !== "Running";

/**
 * Result -> next trial, per job. With P = maxParallelTrials slots and no retries, the job's k-th ended
 * trial (in the coordinator's order of endedUnixMs) frees the slot that its (k+P)-th created trial
 * (order of createdUnixMs) takes: the latency is that trial's createdUnixMs minus the moment the
 * worker sent the k-th result (its finish() call). So it counts the time the result waits in the
 * coordinator's queue as well as the coordinator's own work; `internal` is the second part alone
 * (createdUnixMs - endedUnixMs). Results whose wait overlaps [t0, t1] are counted. A result the
 * coordinator had not handled, or not refilled, by the time its job's list was read (`readAt`)
 * counts as readAt - sentAt, a lower bound, and is reported as censored.
 */
export function refillLatencies(jobs, reports, P, t0, t1) {
  const sentAt = new Map(reports.filter((r) => r.ok).map((r) => [`${r.jobId}/${r.trialId}`, r.sentAt]));
  // Sent in the window, or sent before it and still waiting for the refill when it began (so that a
  // coordinator too far behind to refill anything in the window still shows its waits).
  const counted = (sent, next) => sent <= t1 && (sent >= t0 || next === undefined || next >= t0);
  const total = [];
  const internal = [];
  let censored = 0;
  let minCensored = Infinity;
  const lowerBound = (v) => {
    censored++;
    minCensored = Math.min(minCensored, v);
    total.push(v);
  };
  for (const { jobId, trials, readAt } of jobs) {
    const created = trials.map((t) => t.createdUnixMs).sort((a, b) => a - b);
    const done = trials.filter(ended).sort((a, b) => a.endedUnixMs - b.endedUnixMs);
    const handled = new Set();
    done.forEach((t, k) => {
      const sent = sentAt.get(`${jobId}/${t.trialId}`) ?? t.endedUnixMs;
      handled.add(t.trialId);
      const next = created[k + P];
      if (!counted(sent, next)) return;
      if (next === undefined) return lowerBound(readAt - sent);
      total.push(next - sent);
      internal.push(next - t.endedUnixMs);
    });
    // Reported by a worker by the window's end, never handled by the coordinator: still in its queue.
    for (const r of reports) {
      if (r.jobId !== jobId || !r.ok || !counted(r.sentAt, undefined) || handled.has(r.trialId)) continue;
      handled.add(r.trialId);
      lowerBound(readAt - r.sentAt);
    }
  }
  total.sort((a, b) => a - b);
  internal.sort((a, b) => a - b);
  const p50 = quantile(total, 0.5);
  const p99 = quantile(total, 0.99);
  // A quantile is exact unless a lower bound sits at or below it (then the true one is at least it).
  return { p50, p99, p50AtLeast: minCensored <= p50, p99AtLeast: minCensored <= p99, internalP50: quantile(internal, 0.5), internalP99: quantile(internal, 0.99), samples: total.length, censored };
}

/** Completed trials per second whose result the coordinator handled in [t0, t1], and fewest/most per job. */
export function throughput(jobs, t0, t1) {
  const perJob = jobs.map(({ trials }) => trials.filter((t) => t.status === "Completed" && t.endedUnixMs >= t0 && t.endedUnixMs <= t1).length);
  const sum = perJob.reduce((a, b) => a + b, 0);
  const fewest = Math.min(...perJob);
  const most = Math.max(...perJob);
  return { trialsPerSecond: sum / ((t1 - t0) / 1000), completed: sum, fewest, most, fairness: most === 0 ? 0 : fewest / most };
}

/**
 * No trial lost or duplicated: every job's trial ids are 0..n-1, each once; every completed trial
 * was reported by exactly one simulated worker, the one the coordinator names; no attempt was
 * reported twice. A report the coordinator has not handled yet is backlog, not a loss.
 */
export function integrity(jobs, reports) {
  const problems = [];
  const byTrial = new Map();
  for (const r of reports.filter((x) => x.ok)) {
    const key = `${r.jobId}/${r.trialId}`;
    byTrial.set(key, [...(byTrial.get(key) ?? []), r]);
  }
  let backlog = 0;
  for (const { jobId, trials } of jobs) {
    const ids = trials.map((t) => t.trialId).sort((a, b) => a - b);
    if (new Set(ids).size !== ids.length) problems.push(`${jobId}: a trial id appears twice`);
    if (ids.some((id, i) => id !== i)) problems.push(`${jobId}: trial ids are not 0..${ids.length - 1}`);
    const known = new Map(trials.map((t) => [t.trialId, t]));
    for (const t of trials.filter((x) => x.status === "Completed")) {
      const rs = byTrial.get(`${jobId}/${t.trialId}`) ?? [];
      if (rs.length !== 1) problems.push(`${jobId}/${t.trialId}: completed, reported by ${rs.length} workers`);
      else if (rs[0].workerId !== t.workerId) problems.push(`${jobId}/${t.trialId}: completed by ${t.workerId}, reported by ${rs[0].workerId}`);
    }
    for (const [key, rs] of byTrial) {
      if (!key.startsWith(`${jobId}/`)) continue;
      const t = known.get(Number(key.slice(jobId.length + 1)));
      if (!t) problems.push(`${key}: reported, but the coordinator lists no such trial`);
      else if (t.status !== "Completed") backlog += rs.length;
    }
  }
  return { ok: problems.length === 0, problems: problems.slice(0, 20), problemCount: problems.length, backlog };
}

/** Per worker, ms from the moment it started claiming to its first trial; workers that got none are counted. */
export function firstTrials(ids, firstTrial, joined) {
  const waits = ids.filter((id) => firstTrial[id] !== undefined).map((id) => firstTrial[id] - joined[id]);
  return { maxMs: waits.length ? Math.max(...waits) : undefined, none: ids.length - waits.length };
}
