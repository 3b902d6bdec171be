// The coordinator's HTTP API and /metrics over a real socket, with workers running a real job.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Coordinator, coordinatorMetrics, createHttpApi, MemoryJournal } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-http-"));
const SCRIPT = join(dir, "quad.mjs");
writeFileSync(
  SCRIPT,
  `import { readFileSync } from "node:fs";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
for (let step = 0; step < 3; step++) console.log("step " + step + " loss=" + ((Number(hp.x) - 1) ** 2 + 1 / (step + 1)).toFixed(6));
`,
);
const SPEC = {
  name: "http-quad",
  objective: { metric: "loss", type: "minimize" },
  parameters: { x: { type: "continuous", min: -3, max: 3 } },
  limits: { maxTrials: 6, maxParallelTrials: 2 },
  training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
};
const TOKEN = "s3cret";

let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const t = createInProcessTransport();
  const registry = new Registry();
  // The metrics read the coordinator lazily: it is created with the hooks they return.
  const holder: { coordinator?: Coordinator } = {};
  const hooks = coordinatorMetrics(registry, () => holder.coordinator);
  const coordinator = (holder.coordinator = new Coordinator(t.coordinator, new MemoryJournal(), { hooks }));
  await coordinator.start();
  const workers = await Promise.all(
    [0, 1].map(async (i) => {
      const w = new Worker({ transport: t.worker(), workerId: `h${i}`, capabilities: { cpus: 2, memoryMiB: 2048, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() } });
      await w.start();
      return w;
    }),
  );
  const server = createHttpApi({ coordinator, registry, token: TOKEN });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.close();
    for (const w of workers) await w.shutdown(1000);
    await coordinator.stop();
  };
});
afterAll(async () => {
  await close?.();
  rmSync(dir, { recursive: true, force: true });
});

/** `token: null` sends no Authorization header. */
const api = (path: string, init: RequestInit = {}, token: string | null = TOKEN) =>
  fetch(`${base}${path}`, { ...init, headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } });

const submit = async (spec: object): Promise<string> => {
  const res = await api("/v1/jobs", { method: "POST", body: JSON.stringify(spec) });
  const body = (await res.json()) as { jobId: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.jobId;
};

/** A job's description as JSON read back; the matchers below check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Described = Record<string, any>;

/** GET /v1/jobs/:id until the job has ended. */
const ended = async (jobId: string): Promise<Described> => {
  for (let i = 0; i < 600; i++) {
    const job = (await (await api(`/v1/jobs/${jobId}`)).json()) as Described;
    if (["Completed", "Failed", "Stopped"].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${jobId} did not end`);
};

describe("coordinator HTTP API", () => {
  it("answers health and readiness without a token, and rejects the API without one", async () => {
    expect((await api("/healthz", {}, null)).status).toBe(200);
    expect((await api("/readyz", {}, null)).status).toBe(200);
    expect(((await (await api("/openapi.json", {}, null)).json()) as { openapi: string }).openapi).toBe("3.1.0");
    const denied = await api("/v1/jobs", {}, null);
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ code: "UNAUTHORIZED" });
    expect((await api("/v1/jobs", {}, "wrong")).status).toBe(401);
  });

  it("takes the scheme case-insensitively and tells a wrong token from a missing one", async () => {
    expect((await api("/v1/jobs", { headers: { authorization: `bearer ${TOKEN}` } }, null)).status).toBe(200);
    const wrong = await api("/v1/jobs", {}, "not-it");
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { message: string }).message).toMatch(/wrong/);
    const missing = await api("/v1/jobs", {}, null);
    expect(((await missing.json()) as { message: string }).message).toMatch(/required/);
  });

  it("reads only JSON bodies (415 for text/plain, which a web page can send cross-origin) and answers odd ids with 400/404, never 500", async () => {
    const plain = await api("/v1/jobs", { method: "POST", body: JSON.stringify(SPEC), headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect(await plain.json()).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const form = await api("/v1/jobs", { method: "POST", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    for (const path of ["/v1/jobs/%", "/v1/jobs/%ff%fe"]) {
      const res = await api(path);
      expect(res.status, path).toBe(400);
      expect(await res.json(), path).toMatchObject({ code: "INVALID_ARGUMENT", field: "id" });
    }
    expect((await api("/v1/jobs/..%2f..%2fetc")).status).toBe(404);
    expect((await api("/v1/jobs/x/trials/abc")).status).toBe(404);
  });

  it("rejects a bad spec with every problem, each naming its field", async () => {
    const res = await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...SPEC, name: "", limits: { maxTrials: 0 }, strategy: "tpe" }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; problems: { field: string }[] };
    expect(body.code).toBe("INVALID_JOB_SPEC");
    expect(body.problems.map((p) => p.field).sort()).toEqual(["limits.maxTrials", "name", "strategy"]);
    expect((await api("/v1/jobs", { method: "POST", body: "{not json" })).status).toBe(400);
  });

  it("runs a job to completion and shows its counters, trials, metric series and Prometheus series", { timeout: 90_000 }, async () => {
    const created = await api("/v1/jobs", { method: "POST", body: JSON.stringify(SPEC) });
    expect(created.status).toBe(201);
    const { jobId } = (await created.json()) as { jobId: string };
    let job: Record<string, unknown> = {};
    for (let i = 0; i < 600 && job.status !== "Completed"; i++) {
      job = (await (await api(`/v1/jobs/${jobId}`)).json()) as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({
      status: "Completed",
      trainingJobStatusCounters: { Completed: 6, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 },
      objectiveStatusCounters: { Succeeded: 6, Pending: 0, Failed: 0 },
    });
    const trials = (await (await api(`/v1/jobs/${jobId}/trials`)).json()) as { trials: { trialId: number; status: string }[] };
    expect(trials.trials).toHaveLength(6);
    const one = (await (await api(`/v1/jobs/${jobId}/trials/0`)).json()) as { metrics: { loss: { step: number }[] } };
    expect(one.metrics.loss.map((p) => p.step)).toEqual([0, 1, 2]);
    expect((await api(`/v1/jobs/${jobId}/trials/99`)).status).toBe(404);
    const logs = (await (await api(`/v1/jobs/${jobId}/trials/0/logs`)).json()) as { lines: string[] };
    expect(logs.lines).toEqual([0, 1, 2].map((s) => expect.stringMatching(new RegExp(`^step ${s} loss=`))));
    const metrics = await (await api("/metrics")).text();
    expect(metrics).toContain(`hyperfleet_trials_total{job="${jobId}",status="Completed"} 6`);
    expect(metrics).toContain(`hyperfleet_best_objective{job="${jobId}"}`);
    expect(metrics).toContain('hyperfleet_jobs{state="Completed"} 1');
    expect(metrics).toMatch(/hyperfleet_suggest_duration_seconds_count \d+/);
    expect(metrics).toContain("hyperfleet_workers{");
    expect(metrics).toContain("hyperfleet_messages_malformed_total 0");
  });

  it("raises limits with PATCH (naming a bad field) and stops a job", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...SPEC, limits: { maxTrials: 50, maxParallelTrials: 1 } }) })).json()) as { jobId: string };
    const bad = await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: { maxTrials: -1 } }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "limits.maxTrials" });
    const patched = (await (await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: { maxParallelTrials: 2 } }) })).json()) as { limits: { maxParallelTrials: number } };
    expect(patched.limits.maxParallelTrials).toBe(2);
    const failing = (await (await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: { maxFailedTrials: 4 } }) })).json()) as { limits: { maxFailedTrials: number } };
    expect(failing.limits.maxFailedTrials).toBe(4);
    expect((await api(`/v1/jobs/${jobId}/stop`, { method: "POST" })).status).toBe(202);
    let status = "";
    for (let i = 0; i < 200 && status !== "Stopped"; i++) {
      status = ((await (await api(`/v1/jobs/${jobId}`)).json()) as { status: string }).status;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe("Stopped");
    expect((await api("/v1/jobs/nope")).status).toBe(404);
    const late = await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: { maxTrials: 60 } }) });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: "JOB_ENDED", status: "Stopped" });
  });

  it("checks a PATCH body like the spec: unknown fields and out-of-range limits are 400 naming the field", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...SPEC, limits: { maxTrials: 50, maxParallelTrials: 1 } }) })).json()) as { jobId: string };
    for (const [body, field] of [
      [{ limits: { maxTrails: 5 } }, "limits.maxTrails"],
      [{ limits: { maxTrials: 0 } }, "limits.maxTrials"],
      [{ limits: { maxParallelTrials: 1.5 } }, "limits.maxParallelTrials"],
      [{ limits: { maxFailedTrials: 0 } }, "limits.maxFailedTrials"],
      [{ limit: {} }, "limit"],
      [[], "(body)"],
    ] as const) {
      const res = await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json(), JSON.stringify(body)).toMatchObject({ code: "INVALID_ARGUMENT", field });
    }
    await api(`/v1/jobs/${jobId}/stop`, { method: "POST" });
  });

  it("deletes an ended job, and refuses to delete one that runs", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...SPEC, limits: { maxTrials: 50, maxParallelTrials: 1 } }) })).json()) as { jobId: string };
    const refused = await api(`/v1/jobs/${jobId}`, { method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "JOB_ACTIVE", status: "InProgress" });
    await api(`/v1/jobs/${jobId}/stop`, { method: "POST" });
    let deleted: Response | undefined;
    for (let i = 0; i < 200; i++) {
      deleted = await api(`/v1/jobs/${jobId}`, { method: "DELETE" });
      if (deleted.status !== 409) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(deleted!.status).toBe(200);
    expect(await deleted!.json()).toEqual({ jobId, deleted: true });
    expect((await api(`/v1/jobs/${jobId}`)).status).toBe(404);
    expect((await api(`/v1/jobs/${jobId}`, { method: "DELETE" })).status).toBe(404);
    const list = (await (await api("/v1/jobs")).json()) as { jobs: { jobId: string }[] };
    expect(list.jobs.map((j) => j.jobId)).not.toContain(jobId);
  });

  it("describes a job as SageMaker's DescribeHyperParameterTuningJob does: its whole configuration, times, and a best trial one can rerun", { timeout: 90_000 }, async () => {
    const spec = { ...SPEC, name: "http-describe", staticHyperparameters: { epochs: 3, shuffle: true, opt: "adam" }, tags: { team: "vision", stage: "dev" }, limits: { maxTrials: 3, maxParallelTrials: 2 } };
    const jobId = await submit(spec);
    const job = await ended(jobId);
    expect(job).toMatchObject({ jobId, status: "Completed", objective: SPEC.objective, strategy: "bayesian", limits: { maxTrials: 3, maxParallelTrials: 2 }, tags: spec.tags });
    expect(Date.parse(job.createdAt)).toBeLessThanOrEqual(Date.parse(job.endedAt));
    // The normalized spec: defaults filled in, static hyperparameters as the strings the training gets.
    expect(job.spec).toMatchObject({
      name: "http-describe",
      parameters: { x: { type: "continuous", min: -3, max: 3, scaling: "auto" } },
      staticHyperparameters: { epochs: "3", shuffle: "true", opt: "adam" },
      limits: { maxTrials: 3, maxParallelTrials: 2 },
      completion: { convergence: false },
      earlyStopping: "off",
      tags: spec.tags,
      training: { runtime: "process", command: SPEC.training.command, metricDefinitions: SPEC.training.metricDefinitions, resources: { cpus: 1, memoryMiB: 1024, gpus: 0 }, retry: { maxAttempts: 1 } },
    });
    expect(job.resolvedScaling).toEqual({ x: "linear" });
    const best = job.bestTrial;
    expect(best).toMatchObject({
      status: "Completed",
      attempt: 1,
      workerId: expect.stringMatching(/^h[01]$/),
      hyperparameters: { epochs: "3", shuffle: "true", opt: "adam", x: String(best.params.x) },
      staticHyperparameters: { epochs: "3", shuffle: "true", opt: "adam" },
      training: { runtime: "process", command: SPEC.training.command, environment: {} },
      resources: { cpus: 1, memoryMiB: 1024, gpus: 0 },
      hyperband: null,
    });
    expect(best.durationSeconds).toBeGreaterThan(0);
    expect(Date.parse(best.startedAt)).toBeLessThanOrEqual(Date.parse(best.endedAt));
    expect(best.finalMetrics.loss).toBe(best.objective);
    // What the describe call gives back is a spec the coordinator takes again as it is.
    expect((await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...job.spec, name: "http-describe-again", limits: { maxTrials: 1 } }) })).status).toBe(201);
  });

  it("shows a Hyperband best trial's rung and budget, the budget among its hyperparameters", { timeout: 90_000 }, async () => {
    const jobId = await submit({ ...SPEC, name: "http-hyperband", strategy: "hyperband", hyperband: { minResource: 1, maxResource: 3 }, limits: { maxTrials: 4, maxParallelTrials: 2 }, seed: 3 });
    const job = await ended(jobId);
    const best = job.bestTrial;
    expect(best.hyperband).toEqual({ configuration: expect.any(Number), rung: expect.any(Number), budget: expect.any(Number), resourceName: "epochs" });
    expect(best.hyperparameters.epochs).toBe(String(best.hyperband.budget));
    const trial = (await (await api(`/v1/jobs/${jobId}/trials/${best.trialId}`)).json()) as { placement: { resource: number } };
    expect(trial.placement.resource).toBe(best.hyperband.budget);
  });

  it("lists jobs by status and tag (GET /v1/jobs?status=&tag=), refusing a bad query with 400", { timeout: 90_000 }, async () => {
    const done = await submit({ ...SPEC, name: "http-tagged", tags: { team: "search" }, limits: { maxTrials: 1 } });
    await ended(done);
    const running = await submit({ ...SPEC, name: "http-tagged-run", tags: { team: "search", tier: "prod" }, limits: { maxTrials: 50, maxParallelTrials: 1 } });
    const ids = async (query: string) => ((await (await api(`/v1/jobs${query}`)).json()) as { jobs: { jobId: string }[] }).jobs.map((j) => j.jobId);
    expect(await ids("?tag=team=search")).toEqual([done, running]);
    expect(await ids("?tag=team=search&status=Completed")).toEqual([done]);
    expect(await ids("?tag=team=search&status=InProgress,Stopping")).toEqual([running]);
    expect(await ids("?tag=tier")).toEqual([running]);
    expect(await ids("?tag=team=search&tag=tier=prod")).toEqual([running]);
    expect(await ids("?tag=team=nobody")).toEqual([]);
    const list = (await (await api("/v1/jobs?tag=team=search")).json()) as { jobs: Record<string, unknown>[] };
    expect(list.jobs[1]).toMatchObject({ name: "http-tagged-run", status: "InProgress", tags: { team: "search", tier: "prod" }, endedAt: null });
    for (const [query, field, message] of [
      ["?status=Done", "status", /"Done" is not a job status .*InProgress, Completed, Failed, Stopping, Stopped/],
      ["?status=Complete", "status", /did you mean Completed\?/],
      ["?stauts=Completed", "stauts", /unknown query parameter; did you mean status\?/],
      ["?tag==x", "tag", /expected key=value/],
    ] as const) {
      const res = await api(`/v1/jobs${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ code: "INVALID_ARGUMENT", field, message: expect.stringMatching(message) });
    }
    await api(`/v1/jobs/${running}/stop`, { method: "POST" });
  });

  it("says which field a misspelt PATCH meant, lists trials with earlyStopped, and never answers bad input with 5xx", async () => {
    const jobId = await submit({ ...SPEC, name: "http-typo", limits: { maxTrials: 50, maxParallelTrials: 1 } });
    const typo = await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: { maxTrails: 5, maxParallelTrials: 0 } }) });
    expect(typo.status).toBe(400);
    const body = (await typo.json()) as { field: string; message: string; problems: { field: string }[] };
    expect(body.field).toBe("limits.maxTrails");
    expect(body.message).toMatch(/limits\.maxTrails: unknown field; did you mean maxTrials\?/);
    expect(body.problems.map((p) => p.field)).toEqual(["limits.maxTrails", "limits.maxParallelTrials"]);
    const empty = await api(`/v1/jobs/${jobId}`, { method: "PATCH", body: JSON.stringify({ limits: {} }) });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ field: "limits", message: expect.stringMatching(/names no limit to change/) });
    const trials = (await (await api(`/v1/jobs/${jobId}/trials`)).json()) as { trials: Record<string, unknown>[] };
    expect(trials.trials.length).toBeGreaterThan(0);
    expect(trials.trials.every((t) => t.earlyStopped === false && !("metrics" in t) && !("logTail" in t))).toBe(true);
    await api(`/v1/jobs/${jobId}/stop`, { method: "POST" });
  });
});
