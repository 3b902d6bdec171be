import { createRng, type Rng } from "@hyperfleet/optimizer";
import type { TrialOutcome, TransportEvent } from "@hyperfleet/transport";
import { describe, expect, it } from "vitest";
import { ScriptedTransport } from "../test-support/scripted-transport.js";
import { Coordinator } from "./coordinator.js";
import { ClaimNotSeenError, JobEndedError } from "./job-errors.js";
import { applyJobEvent, compacted, initialJobState, inFlight, replayJob, snapshotOf, type JobState } from "./job-state.js";
import { MemoryJournal, type JobEvent } from "./journal.js";

// Property-style: many generated runs of one job, each a random mix of claims, metrics, results,
// hand-backs, repeats, stale attempts and runs, redeliveries, stops and limit changes, some sent
// concurrently. After
// each run, the journal replayed gives exactly the live state, no trial ever left a terminal status,
// and a coordinator restored from the journal suggests what the live one does.

function randomSpec(rng: Rng) {
  const strategy = rng.next() < 0.3 ? "bayesian" : "random";
  return {
    name: "prop",
    objective: { metric: "loss", type: rng.next() < 0.5 ? "minimize" : "maximize" },
    strategy,
    parameters: { x: { type: "continuous", min: -2, max: 2 }, n: { type: "integer", min: 1, max: 8 }, act: { type: "categorical", values: ["relu", "tanh"] } },
    limits: { maxTrials: strategy === "bayesian" ? 6 + rng.int(6) : 6 + rng.int(14), maxParallelTrials: 1 + rng.int(4) },
    completion: rng.next() < 0.3 ? { bestNotImprovingTrials: 3 + rng.int(3) } : {},
    earlyStopping: rng.next() < 0.5 ? "auto" : "off",
    seed: rng.int(1000),
    training: { runtime: "process", command: ["train"], retry: { maxAttempts: 1 + rng.int(3), retryTrainingFailures: rng.next() < 0.5 } },
  };
}

function randomOutcome(rng: Rng, loss: number): TrialOutcome {
  const r = rng.next();
  if (r < 0.6) return { status: "completed", finalMetrics: [{ name: "loss", value: loss, step: 0, timestampUnixMs: 0 }] };
  if (r < 0.7) return { status: "completed", finalMetrics: [] }; // the objective never reported
  if (r < 0.8) return { status: "failed", error: { code: "WORKER_LOST", message: "lost", retryable: true }, finalMetrics: [] };
  if (r < 0.9) return { status: "failed", error: { code: "TRAINING_FAILED", message: "exit 1", retryable: false }, finalMetrics: [] };
  return { status: "stopped", finalMetrics: [] };
}

async function randomRun(seed: number) {
  const rng = createRng(seed);
  let clock = 1_000_000;
  const journal = new MemoryJournal();
  const transport = new ScriptedTransport();
  const coordinator = new Coordinator(transport, journal, { now: () => clock });
  await coordinator.start();
  const jobId = await coordinator.submit(randomSpec(rng));
  const job = coordinator.jobs.get(jobId)!;
  const stopping = rng.next() < 0.4; // in some runs the user stops the job
  const sent: TransportEvent[] = [];
  const inFlightWork: Promise<unknown>[] = [];
  for (let step = 0; step < 120 && job.status !== "Completed" && job.status !== "Failed" && job.status !== "Stopped"; step++) {
    clock += rng.int(2_000);
    const trials = [...job.trials.values()];
    const t = trials[rng.int(trials.length)];
    if (!t) break;
    const key = { jobId, trialId: t.trialId, attempt: rng.next() < 0.1 ? t.attempt + 1 : t.attempt };
    const worker = `w${rng.int(3)}`;
    // Mostly the current run; sometimes a redelivery (a new run) or a lost run's late report.
    const delivery = rng.next() < 0.8 ? (t.delivery ?? 1) : 1 + rng.int(3);
    const r = rng.next();
    let e: TransportEvent;
    if (r < 0.05 && sent.length > 0) e = sent[rng.int(sent.length)]!; // a repeat of an earlier event
    else if (r < 0.33) e = { type: "claim", ...key, workerId: t.workerId && rng.next() < 0.8 ? t.workerId : worker, claimedUnixMs: clock, delivery };
    else if (r < 0.58) {
      const stepNo = 1 + rng.int(6);
      e = { type: "metrics", ...key, workerId: t.workerId ?? worker, delivery, points: [{ name: "loss", value: rng.next() * 3 + 1 / stepNo, step: stepNo, timestampUnixMs: clock }] };
    } else if (r < 0.86) e = { type: "result", ...key, workerId: t.workerId ?? worker, delivery, outcome: randomOutcome(rng, rng.next() * 4), finishedUnixMs: clock };
    else if (r < 0.9) e = { type: "released", ...key, workerId: t.workerId ?? worker, delivery, reason: "handed-back" };
    else if (r < 0.93) e = { type: "unschedulable", ...key, resourceClass: "cpu", reason: "no worker" };
    else {
      // Commands, sent without waiting, so they race the events that follow.
      // A change for a job that has ended by the time it runs is refused (JOB_ENDED), nothing else.
      const change = () =>
        job.changeLimits(rng.next() < 0.5 ? { maxTrials: job.limits.maxTrials + 1 + rng.int(3) } : { maxParallelTrials: 1 + rng.int(4) }).catch((err: unknown) => {
          if (!(err instanceof JobEndedError)) throw err;
        });
      inFlightWork.push(stopping && rng.next() < 0.3 ? job.stop() : change());
      continue;
    }
    sent.push(e);
    // A report whose claim the coordinator has not seen goes back to the broker (ClaimNotSeenError):
    // here it is simply not handed again.
    const deliver = transport.deliver(e).catch((err: unknown) => {
      if (!(err instanceof ClaimNotSeenError)) throw err;
    });
    if (rng.next() < 0.3) inFlightWork.push(deliver);
    else await deliver;
  }
  await Promise.all(inFlightWork);
  await coordinator.idle();
  return { coordinator, journal, transport, jobId, job, clock };
}

/** Every state the job went through, and the trials whose status once was terminal then changed. */
function terminalViolations(events: readonly JobEvent[]): string[] {
  let s: JobState = initialJobState(events[0] as Extract<JobEvent, { type: "job-created" }>);
  const out: string[] = [];
  for (const e of events.slice(1)) {
    const next = applyJobEvent(s, e);
    for (const [id, before] of s.trials) {
      if (!inFlight(before.status) && next.trials.get(id)!.status !== before.status) out.push(`trial ${id}: ${before.status} -> ${next.trials.get(id)!.status} on ${e.type}`);
    }
    s = next;
  }
  return out;
}

describe("the job state is a pure reduction of the journal", () => {
  it("over 60 generated runs: replay equals the live state, terminal trials stay terminal, a restored job suggests the same", async () => {
    let restoredAsks = 0;
    for (let seed = 0; seed < 60; seed++) {
      const { journal, job, jobId, clock } = await randomRun(seed);
      const events = journal.events.filter((e) => e.jobId === jobId);
      expect(replayJob(events), `seed ${seed}`).toEqual(job.state);
      expect(terminalViolations(events), `seed ${seed}`).toEqual([]);
      // A snapshot anywhere, through JSON as a journal keeps it, stands for every event before it;
      // a compacted journal replays to the same state.
      const cut = 1 + (seed * 7919) % events.length;
      const snapshot: JobEvent = { type: "job-snapshot", jobId, state: JSON.parse(JSON.stringify(snapshotOf(replayJob(events.slice(0, cut))))), at: 0 };
      expect(replayJob([snapshot, ...events.slice(cut)]), `seed ${seed}, cut ${cut}`).toEqual(job.state);
      expect(replayJob(compacted(events)), `seed ${seed}`).toEqual(job.state);

      // A coordinator restarted from this journal, and the live one, get the same next command (more
      // trials: a Completed job reopens).
      if (job.status !== "InProgress" && job.status !== "Completed") continue;
      const replayed = new MemoryJournal();
      replayed.events.push(...structuredClone(journal.events));
      const again = new Coordinator(new ScriptedTransport(), replayed, { now: () => clock });
      await again.start();
      const replayedFrom = replayed.events.length; // a Completed job's journal was compacted to its snapshot
      const twin = again.jobs.get(jobId)!;
      expect(twin.state).toEqual(job.state);
      const grow = { maxTrials: job.limits.maxTrials + 3, maxParallelTrials: job.limits.maxParallelTrials + 3 };
      await Promise.all([job.changeLimits(grow), twin.changeLimits(grow)]);
      const created = (j: MemoryJournal, from: number) => j.events.slice(from).filter((e) => e.type === "trial-created" && e.jobId === jobId).map((e) => (e as { params: unknown }).params);
      const liveNew = created(journal, events.length);
      const restoredNew = created(replayed, replayedFrom);
      expect(restoredNew, `seed ${seed}`).toEqual(liveNew);
      if (liveNew.length > 0) restoredAsks += job.spec.strategy === "bayesian" ? 1 : 0;
      await again.stop();
    }
    expect(restoredAsks).toBeGreaterThan(5); // the restart comparison was exercised on Bayesian jobs
  }, 60_000);

  it("a deleted job stays deleted after a restart, and its id is never reused", async () => {
    const journal = new MemoryJournal();
    const transport = new ScriptedTransport();
    const coordinator = new Coordinator(transport, journal);
    await coordinator.start();
    const spec = { ...randomSpec(createRng(1)), limits: { maxTrials: 1, maxParallelTrials: 1 }, completion: {} };
    const jobId = await coordinator.submit(spec);
    await expect(coordinator.deleteJob(jobId)).rejects.toMatchObject({ code: "JOB_ACTIVE" });
    await coordinator.jobs.get(jobId)!.stop();
    await coordinator.deleteJob(jobId);
    await expect(coordinator.deleteJob(jobId)).rejects.toMatchObject({ code: "JOB_NOT_FOUND" });
    await coordinator.stop();
    const again = new Coordinator(new ScriptedTransport(), journal);
    await again.start();
    expect(again.jobs.has(jobId)).toBe(false);
    expect(await again.submit(spec)).not.toBe(jobId);
    await again.stop();
  });
});
