// The coordinator as a suggestion service (runtime: external) over its real HTTP API: trials handed to
// API clients under leases, their reports judged by the early-stopping rule, a lease that runs out
// retried, and a restarted coordinator carrying on from its journal.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { until } from "./support/until.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-suggest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXTERNAL = {
  name: "ext",
  objective: { metric: "loss", type: "minimize" },
  parameters: { x: { type: "continuous", min: -3, max: 3 }, n: { type: "integer", min: 1, max: 6 } },
  limits: { maxTrials: 8, maxParallelTrials: 3 },
  training: { runtime: "external" },
};

interface Suggestion {
  trialId: number;
  attempt: number;
  lease: string;
  hyperparameters: { x: number; n: number };
}

// Answers are read field by field in the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;

const running: { service: CoordinatorService; close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
});

async function serve(journal = join(dir, `journal-${running.length}-${Date.now()}.jsonl`)) {
  const transport = createInProcessTransport();
  const service = await startCoordinatorService({ transport: transport.coordinator, journal: new FileJournal(journal), volatileTransport: true, http: { host: "127.0.0.1", port: 0 } });
  const r = {
    service,
    close: async () => {
      await service.close();
      await transport.close();
    },
  };
  running.push(r);
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${service.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Answer };
  };
  const get = async (path: string) => (await (await fetch(`${service.url}${path}`)).json()) as Answer;
  return { ...r, post, get, journal };
}

const loss = (s: Suggestion) => (s.hyperparameters.x - 1) ** 2 + s.hyperparameters.n / 10;

describe("the suggestion service", () => {
  it("hands out at most maxParallelTrials distinct trials, takes their results, and completes the job", async () => {
    const { post, get } = await serve();
    const { body: created } = await post("/v1/jobs", EXTERNAL);
    const jobId = created.jobId as string;
    const first = await post(`/v1/jobs/${jobId}/suggestions`, { count: 5, waitSeconds: 2 });
    expect(first.status).toBe(200);
    const batch = first.body.suggestions as Suggestion[];
    expect(batch).toHaveLength(3); // maxParallelTrials: a held suggestion counts until it is reported
    expect(new Set(batch.map((s) => JSON.stringify(s.hyperparameters))).size).toBe(3);
    expect(typeof batch[0]!.hyperparameters.x).toBe("number");
    const none = await post(`/v1/jobs/${jobId}/suggestions`, { count: 1 });
    expect(none.body).toMatchObject({ suggestions: [], status: "InProgress", running: 3 });

    const seen = new Set<number>();
    const queue = [...batch];
    while (queue.length > 0) {
      const s = queue.shift()!;
      seen.add(s.trialId);
      const reported = await post(`/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, value: loss(s) });
      expect(reported.body).toMatchObject({ trialId: s.trialId, status: "Completed", objective: loss(s) });
      // A long poll while trials are still to come: the next one comes once the optimizer has answered.
      if (seen.size + queue.length === 8) continue;
      const next = await post(`/v1/jobs/${jobId}/suggestions`, { waitSeconds: 10 });
      queue.push(...(next.body.suggestions as Suggestion[]));
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const job = await get(`/v1/jobs/${jobId}`);
    expect(job.status).toBe("Completed");
    expect(job.trainingJobStatusCounters.Completed).toBe(8);
    const after = await post(`/v1/jobs/${jobId}/suggestions`, { waitSeconds: 1 });
    expect(after.body).toMatchObject({ suggestions: [], status: "Completed" });
  });

  it("answers a metrics report with the early-stopping rule's verdict; a stopped report ends the trial Stopped", async () => {
    const { post, get } = await serve();
    const spec = { ...EXTERNAL, name: "ext-stop", earlyStopping: "auto", limits: { maxTrials: 6, maxParallelTrials: 1 } };
    const jobId = (await post("/v1/jobs", spec)).body.jobId as string;
    const take = async () => ((await post(`/v1/jobs/${jobId}/suggestions`, { waitSeconds: 10 })).body.suggestions as Suggestion[])[0]!;
    // Three good curves finish first: the median rule compares with them.
    for (let i = 0; i < 3; i++) {
      const s = await take();
      for (let step = 0; step < 4; step++) {
        const answer = await post(`/v1/jobs/${jobId}/trials/${s.trialId}/metrics`, { lease: s.lease, step, metrics: { loss: 1 / (step + 1) } });
        expect(answer.body.shouldStop).toBe(false);
      }
      await post(`/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, value: 0.25 });
    }
    const bad = await take();
    await post(`/v1/jobs/${jobId}/trials/${bad.trialId}/metrics`, { lease: bad.lease, metrics: { loss: 50 } }); // step 0
    const judged = await post(`/v1/jobs/${jobId}/trials/${bad.trialId}/metrics`, { lease: bad.lease, metrics: { loss: 40 } }); // step 1
    expect(judged.body).toMatchObject({ shouldStop: true, reason: "early-stopped" });
    const hb = await post(`/v1/jobs/${jobId}/trials/${bad.trialId}/heartbeat`, { lease: bad.lease });
    expect(hb.body.shouldStop).toBe(true);
    const ended = await post(`/v1/jobs/${jobId}/trials/${bad.trialId}/result`, { lease: bad.lease, status: "stopped" });
    expect(ended.body.status).toBe("Stopped");
    const trial = await get(`/v1/jobs/${jobId}/trials/${bad.trialId}`);
    expect(trial).toMatchObject({ status: "Stopped", earlyStopped: true });
    expect(trial.metrics.loss.map((p: { step: number }) => p.step)).toEqual([0, 1]);
  });

  it("counts a suggestion not reported within its lease as lost and hands it out again as the next attempt", async () => {
    const { post, get } = await serve();
    const spec = { ...EXTERNAL, name: "ext-lease", limits: { maxTrials: 2, maxParallelTrials: 1 } };
    const jobId = (await post("/v1/jobs", spec)).body.jobId as string;
    const lost = ((await post(`/v1/jobs/${jobId}/suggestions`, { leaseSeconds: 5, client: "flaky" })).body.suggestions as Suggestion[])[0]!;
    const taken = Date.now();
    const again = await post(`/v1/jobs/${jobId}/suggestions`, { waitSeconds: 15, client: "steady" });
    const waited = Date.now() - taken;
    const retry = (again.body.suggestions as Suggestion[])[0]!;
    expect(retry).toMatchObject({ trialId: lost.trialId, attempt: 2, hyperparameters: lost.hyperparameters });
    expect(waited).toBeGreaterThanOrEqual(4_900);
    expect(waited).toBeLessThan(8_000); // bounded: the lease, then at most a poll
    const late = await post(`/v1/jobs/${jobId}/trials/${lost.trialId}/metrics`, { lease: lost.lease, metrics: { loss: 1 } });
    expect(late).toMatchObject({ status: 409, body: { code: "LEASE_EXPIRED" } });
    await post(`/v1/jobs/${jobId}/trials/${retry.trialId}/result`, { lease: retry.lease, value: 1.5 });
    const trial = await get(`/v1/jobs/${jobId}/trials/${lost.trialId}`);
    expect(trial).toMatchObject({ status: "Completed", attempt: 2, objective: 1.5 });
    expect(trial.previousRuns[0]).toMatchObject({ attempt: 1, end: "retried", workerId: expect.stringMatching(/^flaky-/) });
    const metrics = await (await fetch(`${running[0]!.service.url}/metrics`)).text();
    expect(metrics).toMatch(/^hyperfleet_suggestion_leases_expired_total 1$/m);
  });

  it("carries on after a coordinator restart: held suggestions are offered again as new attempts", async () => {
    const journal = join(dir, "restart.jsonl");
    const first = await serve(journal);
    const jobId = (await first.post("/v1/jobs", { ...EXTERNAL, name: "ext-restart", limits: { maxTrials: 3, maxParallelTrials: 2 } })).body.jobId as string;
    const held = (await first.post(`/v1/jobs/${jobId}/suggestions`, { count: 2 })).body.suggestions as Suggestion[];
    await first.post(`/v1/jobs/${jobId}/trials/${held[0]!.trialId}/result`, { lease: held[0]!.lease, value: 2 });
    await running.pop()!.close();

    const second = await serve(journal);
    const stale = await second.post(`/v1/jobs/${jobId}/trials/${held[1]!.trialId}/result`, { lease: held[1]!.lease, value: 1 });
    expect(stale.body.code).toBe("LEASE_EXPIRED");
    const offered = (await second.post(`/v1/jobs/${jobId}/suggestions`, { count: 2, waitSeconds: 5 })).body.suggestions as Suggestion[];
    const byTrial = new Map(offered.map((s) => [s.trialId, s]));
    expect(byTrial.get(held[1]!.trialId)).toMatchObject({ attempt: 2 });
    for (const s of offered) await second.post(`/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, value: loss(s) });
    await until(async () => (await second.get(`/v1/jobs/${jobId}`)).status === "Completed", 5_000);
    const trials = (await second.get(`/v1/jobs/${jobId}/trials`)).trials as { trialId: number; status: string }[];
    expect(trials.map((t) => `${t.trialId}:${t.status}`)).toEqual(["0:Completed", "1:Completed", "2:Completed"]);
  });

  it("refuses bad input with the field named, and suggestions for a job that runs on workers", async () => {
    const { post } = await serve();
    const jobId = (await post("/v1/jobs", { ...EXTERNAL, name: "ext-bad" })).body.jobId as string;
    const bad = await post(`/v1/jobs/${jobId}/suggestions`, { count: 0, leaseSecs: 3 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "INVALID_ARGUMENT", field: "count" });
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual(["count", "leaseSecs"]);
    const s = ((await post(`/v1/jobs/${jobId}/suggestions`, {})).body.suggestions as Suggestion[])[0]!;
    const noLease = await post(`/v1/jobs/${jobId}/trials/${s.trialId}/metrics`, { metrics: { loss: 1 } });
    expect(noLease.body).toMatchObject({ code: "INVALID_ARGUMENT", field: "lease" });
    const wrongTrial = await post(`/v1/jobs/${jobId}/trials/99/result`, { lease: s.lease, value: 1 });
    expect(wrongTrial.status).toBe(404);
    const diverged = await post(`/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, value: "NaN" });
    expect(diverged.body).toMatchObject({ status: "Failed" });

    const withCommand = await post("/v1/jobs", { ...EXTERNAL, name: "ext-cmd", training: { runtime: "external", command: ["python3", "train.py"] } });
    expect(withCommand.status).toBe(400);
    expect(withCommand.body.field).toBe("training.command");
    const onWorkers = (await post("/v1/jobs", { ...EXTERNAL, name: "proc", training: { runtime: "process", command: ["true"] } })).body.jobId as string;
    const refused = await post(`/v1/jobs/${onWorkers}/suggestions`, {});
    expect(refused).toMatchObject({ status: 409, body: { code: "JOB_NOT_EXTERNAL" } });
  });
});
