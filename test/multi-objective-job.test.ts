// A job with two objectives and a constraint, end to end over a real nats-server with a process
// worker: every trial reports its metrics through the metrics file; the description lists the Pareto
// front (the feasible trials no other beats on both), which is checked against brute force here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { NatsCoordinatorTransport, NatsWorkerTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-mo-"));
// Two competing objectives in x (a front along x), a constraint that cuts off large y.
const SCRIPT = join(dir, "train.mjs");
writeFileSync(
  SCRIPT,
  `import { appendFileSync, readFileSync } from "node:fs";
const p = JSON.parse(readFileSync(process.env.HYPERFLEET_PARAMS_FILE, "utf8"));
const loss = p.x ** 2 + 0.1 * p.y;
const latency = (p.x - 2) ** 2 + 0.1 * p.y;
appendFileSync(process.env.HYPERFLEET_METRICS_FILE, JSON.stringify({ metrics: { loss, latency, size: 10 * p.y } }) + "\\n");
`,
);

const SPEC = {
  name: "mo",
  objectives: [
    { metric: "loss", type: "minimize" },
    { metric: "latency", type: "minimize" },
  ],
  constraints: [{ metric: "size", max: 6 }],
  parameters: { x: { type: "continuous", min: -1, max: 3 }, y: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 14, maxParallelTrials: 2 },
  seed: 3,
  training: { runtime: "process", command: [process.execPath, SCRIPT], reportedMetrics: ["loss", "latency", "size"] },
};

let nats: NatsServer;
let service: CoordinatorService;
let close: () => Promise<void>;
beforeAll(async () => {
  nats = await NatsServer.start();
  const coordinatorTransport = await NatsCoordinatorTransport.connect({ servers: nats.url, prefix: "mo" });
  const workerTransport = await NatsWorkerTransport.connect({ servers: nats.url, prefix: "mo", workerId: "w1" });
  service = await startCoordinatorService({ transport: coordinatorTransport, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 } });
  const worker = new Worker({ transport: workerTransport, workerId: "w1", capabilities: { cpus: 4, memoryMiB: 4096, gpus: [], labels: {} }, slots: 2, runtimes: { process: new ProcessRuntime() } });
  await worker.start();
  close = async () => {
    await worker.shutdown(0);
    await service.close();
    await workerTransport.close();
    await coordinatorTransport.close();
  };
}, 60_000);
afterAll(async () => {
  await close?.();
  await nats?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

interface Trial {
  trialId: number;
  status: string;
  values?: number[];
  feasible?: boolean;
  pareto?: boolean;
  constraintMetrics?: Record<string, number | null>;
}

const dominates = (a: number[], b: number[]) => a.every((x, i) => x <= b[i]!) && a.some((x, i) => x < b[i]!);

describe("a job with two objectives and a constraint", () => {
  it("runs over NATS and describes its Pareto front: the feasible trials no other beats on both", { timeout: 120_000 }, async () => {
    const submitted = await fetch(`${service.url}/v1/jobs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(SPEC) });
    expect(submitted.status).toBe(201);
    const { jobId } = (await submitted.json()) as { jobId: string };
    const job = service.coordinator.jobs.get(jobId)!;
    await until(() => job.status !== "InProgress", 100_000, () => `${job.count((s) => s === "Completed")} completed`);
    expect(job.status).toBe("Completed");

    const described = (await (await fetch(`${service.url}/v1/jobs/${jobId}`)).json()) as Record<string, unknown> & { paretoFront: { trialId: number; values: number[] }[] };
    const { trials } = (await (await fetch(`${service.url}/v1/jobs/${jobId}/trials`)).json()) as { trials: Trial[] };
    expect(trials).toHaveLength(14);
    expect(trials.every((t) => t.status === "Completed" && t.values?.length === 2 && typeof t.feasible === "boolean")).toBe(true);
    for (const t of trials) expect(t.feasible).toBe(t.constraintMetrics!.size! <= 6);
    const feasible = trials.filter((t) => t.feasible);
    expect(feasible.length).toBeGreaterThan(0);
    const brute = feasible.filter((t) => !feasible.some((u) => u !== t && dominates(u.values!, t.values!))).map((t) => t.trialId);
    expect(described.paretoFront.map((f) => f.trialId)).toEqual(brute);
    expect(trials.filter((t) => t.pareto).map((t) => t.trialId)).toEqual(brute);
    expect(described).toMatchObject({ bestTrial: null, objectives: SPEC.objectives, constraints: SPEC.constraints, feasibleTrials: feasible.length });
    expect(described.constraintsNote).toBeUndefined();
    // More than one trial on the front: the objectives compete, and the search spread along it.
    expect(brute.length).toBeGreaterThanOrEqual(2);

  });
});

describe("constraints", () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
  const post = async (path: string, body: unknown) => (await (await fetch(`${service.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()) as Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
  const describeJob = async (jobId: string) => (await (await fetch(`${service.url}/v1/jobs/${jobId}`)).json()) as Record<string, any>;
  /** Runs one trial of an external job to its end with these final metrics. */
  const run = async (jobId: string, metrics: Record<string, number>) => {
    const s = (await post(`/v1/jobs/${jobId}/suggestions`, { waitSeconds: 10 })).suggestions[0] as { trialId: number; lease: string };
    return post(`/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, metrics });
  };
  const spec = (name: string) => ({
    name,
    objective: { metric: "loss", type: "minimize" },
    constraints: [{ metric: "latency", max: 20 }],
    parameters: { x: { type: "continuous", min: 0, max: 1 } },
    limits: { maxTrials: 6, maxParallelTrials: 1 },
    training: { runtime: "external" },
  });

  it("a trial that never reports a constrained metric is infeasible, not failed; the job says while none is feasible, then the best is the best feasible", async () => {
    const jobId = (await post("/v1/jobs", spec("bounded"))).jobId as string;
    expect(await run(jobId, { loss: 0.1 })).toMatchObject({ status: "Completed", objective: 0.1 });
    expect(await run(jobId, { loss: 0.2, latency: 35 })).toMatchObject({ status: "Completed" });
    let d = await describeJob(jobId);
    expect(d).toMatchObject({ bestTrial: null, feasibleTrials: 0 });
    expect(d.constraintsNote).toBe("none of the 2 completed trials satisfies the constraints (latency <= 20): no best trial yet; the bounds may be out of reach");
    const { trials } = (await (await fetch(`${service.url}/v1/jobs/${jobId}/trials`)).json()) as { trials: { status: string; feasible: boolean; constraintMetrics: Record<string, number | null> }[] };
    expect(trials.filter((t) => t.status === "Completed").map((t) => [t.feasible, t.constraintMetrics.latency])).toEqual([
      [false, null],
      [false, 35],
    ]);
    // Worse loss, but within the bound: the best trial.
    await run(jobId, { loss: 0.9, latency: 12 });
    await run(jobId, { loss: 0.5, latency: 25 });
    d = await describeJob(jobId);
    expect(d).toMatchObject({ bestTrial: { trialId: 2, objective: 0.9 }, feasibleTrials: 1 });
    expect(d.constraintsNote).toBeUndefined();
  });
});

