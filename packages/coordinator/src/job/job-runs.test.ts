import type { TransportEvent } from "@hyperfleet/transport";
import { describe, expect, it } from "vitest";
import { ScriptedTransport } from "../test-support/scripted-transport.js";
import { Coordinator } from "./coordinator.js";
import { ClaimNotSeenError } from "./job-errors.js";
import { CLAIM_WAIT_MS } from "./job-runner.js";
import { MemoryJournal } from "./journal.js";

// Runs of one attempt: a redelivery is a new run with its own series, a hand-back shows the trial
// Pending, and a claim the journal already holds is never answered with a stop.

const SPEC = {
  name: "runs",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 1, maxParallelTrials: 1 },
  training: { runtime: "process", command: ["train"] },
};

async function oneTrial(clock = { now: 1_000 }) {
  const transport = new ScriptedTransport();
  const journal = new MemoryJournal();
  const rejected: string[] = [];
  const coordinator = new Coordinator(transport, journal, { now: () => clock.now, hooks: { eventRejected: (_job, reason) => void rejected.push(reason) } });
  await coordinator.start();
  const job = coordinator.jobs.get(await coordinator.submit(SPEC))!;
  const key = { jobId: job.jobId, trialId: 0, attempt: 1 };
  const send = (e: TransportEvent) => transport.deliver(e);
  const claim = (workerId: string, delivery: number) => send({ type: "claim", ...key, workerId, claimedUnixMs: 0, delivery });
  const metric = (workerId: string, delivery: number, step: number, value: number) =>
    send({ type: "metrics", ...key, workerId, delivery, points: [{ name: "loss", step, value, timestampUnixMs: 0 }] });
  const done = (workerId: string, delivery: number) =>
    send({ type: "result", ...key, workerId, delivery, outcome: { status: "completed", finalMetrics: [{ name: "loss", value: 0.5, step: 0, timestampUnixMs: 0 }] }, finishedUnixMs: 0 });
  return { transport, journal, coordinator, job, key, send, claim, metric, done, rejected };
}

describe("runs of an attempt", () => {
  it("a redelivery starts a new run with a fresh series; the lost run's late reports change nothing; the old holder is told to stop", async () => {
    const { transport, job, claim, metric, done } = await oneTrial();
    await claim("a", 1);
    await metric("a", 1, 0, 3);
    await metric("a", 1, 1, 2);
    await claim("b", 2); // a's lease ran out
    await metric("a", 1, 2, 1); // a, still alive, reports late
    await metric("b", 2, 0, 9);
    const t = job.trials.get(0)!;
    expect(t).toMatchObject({ status: "Running", workerId: "b", delivery: 2, metrics: { loss: [{ step: 0, value: 9 }] } });
    expect(t.previousRuns).toMatchObject([{ attempt: 1, delivery: 1, workerId: "a", end: "lost", metrics: { loss: [{ step: 0 }, { step: 1 }] } }]);
    expect(transport.controls).toEqual([{ workerId: "a", command: { type: "stop-trial", jobId: job.jobId, trialId: 0, attempt: 1, reason: "moved" } }]);
    await done("b", 2);
    expect(job.trials.get(0)!.status).toBe("Completed");
  });

  it("a hand-back shows the trial Pending again; the next claim is a new run", async () => {
    const { job, key, send, claim } = await oneTrial();
    await claim("a", 1);
    await send({ type: "released", ...key, workerId: "a", delivery: 1, reason: "handed-back" });
    expect(job.trials.get(0)).toMatchObject({ status: "Pending" });
    expect(job.trials.get(0)!.workerId).toBeUndefined();
    await claim("b", 2);
    expect(job.trials.get(0)).toMatchObject({ status: "Running", workerId: "b", previousRuns: [{ workerId: "a", end: "released" }] });
  });

  it("a claim the journal already holds, seen again after the trial ended (a restart's replay), sends no stop; a stranger's claim does", async () => {
    const { transport, job, claim, done } = await oneTrial();
    await claim("a", 1);
    await done("a", 1);
    await claim("a", 1);
    expect(transport.controls).toEqual([]);
    await claim("c", 2);
    expect(transport.controls).toEqual([{ workerId: "c", command: { type: "stop-trial", jobId: job.jobId, trialId: 0, attempt: 1, reason: "superseded" } }]);
  });

  it("a lost run that completes after all counts once, and the current run is stopped", async () => {
    const { transport, job, claim, done } = await oneTrial();
    await claim("a", 1);
    await claim("b", 2);
    transport.controls.length = 0;
    await done("a", 1);
    expect(job.trials.get(0)).toMatchObject({ status: "Completed", objective: 0.5 });
    expect(transport.controls).toEqual([{ workerId: "b", command: { type: "stop-trial", jobId: job.jobId, trialId: 0, attempt: 1, reason: "superseded" } }]);
    expect(job.counters.Completed).toBe(1);
  });

  it("a result that arrives before its claim (a restart's replay order) records the claim; the late claim sends no stop", async () => {
    const { transport, job, claim, done } = await oneTrial();
    await done("a", 1);
    expect(job.trials.get(0)).toMatchObject({ status: "Completed", workerId: "a", delivery: 1 });
    await claim("a", 1);
    expect(transport.controls).toEqual([]);
  });

  it("a MAX_DELIVERIES result, from the worker on its next delivery or from the broker, ends the attempt", async () => {
    for (const workerId of ["b", ""]) {
      const { job, key, send, claim } = await oneTrial();
      await claim("a", 1);
      const error = { code: "MAX_DELIVERIES", message: "lost too often", retryable: true };
      await send({ type: "result", ...key, workerId, delivery: 2, outcome: { status: "failed", error, finalMetrics: [] }, finishedUnixMs: 0 });
      // Retried as a new attempt (an infrastructure failure), not left Running on a run nobody holds.
      expect(job.trials.get(0)).toMatchObject({ status: "Pending", attempt: 2 });
    }
  });

  it("a trial created without its first attempt (an older journal, killed between its two records) is offered as attempt 1 after a restart", async () => {
    const { journal, job } = await oneTrial();
    const cut = new MemoryJournal();
    // Today's trial-created carries the first attempt; an older one did not, and attempt-offered followed.
    cut.events.push(...journal.events.map((e) => (e.type === "trial-created" ? { ...e, attempt: undefined } : e)));
    const transport = new ScriptedTransport();
    const restarted = new Coordinator(transport, cut);
    await restarted.start();
    expect(transport.offers.map((o) => [o.trialId, o.attempt])).toEqual([[0, 1]]);
    expect(restarted.jobs.get(job.jobId)!.trials.get(0)).toMatchObject({ status: "Pending", attempt: 1 });
  });

  it("claims are checked: metrics and a result from a worker that never ran the attempt are dropped and counted", async () => {
    const { job, claim, metric, done, rejected } = await oneTrial();
    await claim("a", 1);
    await metric("mallory", 1, 0, -1000);
    await done("mallory", 1);
    expect(rejected).toEqual(["not-claim-holder", "not-claim-holder"]);
    expect(job.trials.get(0)).toMatchObject({ status: "Running", workerId: "a", metrics: {} });
    await done("a", 1);
    expect(job.trials.get(0)).toMatchObject({ status: "Completed", objective: 0.5 });
  });

  it("a hand-back is re-queued by the coordinator, carrying the counts; again after a restart while it waits; never for an older worker", async () => {
    const { transport, journal, job, key, send, claim } = await oneTrial();
    await claim("a", 3);
    await send({ type: "released", ...key, workerId: "a", delivery: 3, lost: 1, requeue: true, reason: "shutting down" });
    expect(transport.offers.map((o) => o.carried)).toEqual([undefined, { deliveries: 3, lost: 1 }]);
    expect(job.trials.get(0)).toMatchObject({ status: "Pending", attempt: 1, requeued: { deliveries: 3, lost: 1 } });

    const again = new ScriptedTransport();
    await new Coordinator(again, journal).start();
    expect(again.offers.map((o) => [o.attempt, o.carried])).toEqual([[1, { deliveries: 3, lost: 1 }]]);

    await claim("b", 4);
    expect(job.trials.get(0)!.requeued).toBeUndefined();
    await send({ type: "released", ...key, workerId: "b", delivery: 4, reason: "an older worker queued its own copy" });
    expect(transport.offers).toHaveLength(2);
  });

  it("a report naming a newer run while another worker holds the attempt waits for its claim: it counts once the claim comes, and is refused if none does", async () => {
    const clock = { now: 1_000 };
    const { transport, job, claim, done, rejected } = await oneTrial(clock);
    await claim("a", 1);
    // mallory names delivery 2 without ever claiming it: handed back to the broker, then refused.
    await expect(done("mallory", 2)).rejects.toBeInstanceOf(ClaimNotSeenError);
    clock.now += CLAIM_WAIT_MS;
    await done("mallory", 2);
    expect(rejected).toEqual(["not-claim-holder"]);
    expect(job.trials.get(0)).toMatchObject({ status: "Running", workerId: "a", delivery: 1 });
    // b's result overtook its claim (a coordinator restart): once the claim is in, the result counts.
    await expect(done("b", 2)).rejects.toBeInstanceOf(ClaimNotSeenError);
    await claim("b", 2);
    await done("b", 2);
    expect(job.trials.get(0)).toMatchObject({ status: "Completed", workerId: "b", delivery: 2 });
    expect(transport.controls.map((c) => [c.workerId, c.command.type === "stop-trial" && c.command.reason])).toEqual([["a", "moved"]]);
  });
});
