// A running trial's output, live: the worker sends it in batches over a real nats-server, the
// coordinator keeps it, and GET .../logs?follow=true (and hyperfleet logs --follow) streams it until
// the attempt ends.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RecordLogJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { NatsCoordinatorTransport, NatsRecordLog, NatsWorkerTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-logs-"));
const SCRIPT = join(dir, "chatty.mjs");
// 12 lines, 150 ms apart: the run spans several of the worker's 1 s batches.
writeFileSync(SCRIPT, `for (let i = 0; i < 12; i++) { console.log("line " + i + " loss=" + (1 / (i + 1))); await new Promise((r) => setTimeout(r, 150)); }\n`);
const TOKEN = "logs-token";

let nats: NatsServer;
let service: CoordinatorService;
let worker: Worker;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  nats = await NatsServer.start();
  const options = { servers: nats.url, prefix: `logs${process.pid}` };
  const transport = await NatsCoordinatorTransport.connect(options);
  const log = await NatsRecordLog.connect(options);
  service = await startCoordinatorService({ transport, journal: new RecordLogJournal(log), http: { host: "127.0.0.1", port: 0 }, token: TOKEN });
  const wt = await NatsWorkerTransport.connect({ ...options, workerId: "chatty" });
  worker = new Worker({ transport: wt, workerId: "chatty", capabilities: { cpus: 2, memoryMiB: 2048, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() } });
  await worker.start();
  closers.push(
    () => worker.shutdown(1000),
    () => service.close(),
    () => wt.close(),
    () => transport.close(),
    () => log.close(),
  );
}, 30_000);

afterAll(async () => {
  for (const c of closers) await c().catch(() => undefined);
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const spec = () => ({
  name: "chatty",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 1, maxParallelTrials: 1 },
  training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
});
const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));

const api = (path: string, init: RequestInit = {}) => fetch(`${service.url}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", ...init.headers } });

describe("live trial logs", () => {
  it("follow streams a running trial's lines in order as its worker sends them, then the end", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify(spec()) })).json()) as { jobId: string };
    const started = Date.now();
    const res = await api(`/v1/jobs/${jobId}/trials/0/logs?follow=true`);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson");
    const chunks: { lines?: string[]; ended?: boolean; status?: string; at: number }[] = [];
    let text = "";
    const decoder = new TextDecoder();
    for await (const part of res.body!) {
      text += decoder.decode(part, { stream: true });
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n")) {
        chunks.push({ ...JSON.parse(text.slice(0, nl)), at: Date.now() - started });
        text = text.slice(nl + 1);
      }
    }
    const end = chunks.at(-1)!;
    expect(end).toMatchObject({ ended: true, status: "Completed" });
    const streamed = chunks.slice(0, -1).flatMap((c) => c.lines ?? []);
    expect(streamed).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i} loss=${1 / (i + 1)}`));
    // Live: the first lines came while the training ran (it takes about 1.8 s), not at its end.
    const firstLive = chunks.find((c) => (c.lines ?? []).length > 0)!;
    expect(firstLive.at).toBeLessThan(end.at - 400);
    // Over: the lines are the result's log tail now.
    const after = (await (await api(`/v1/jobs/${jobId}/trials/0/logs`)).json()) as { running: boolean; lines: string[] };
    expect(after.running).toBe(false);
    expect(after.lines).toEqual(streamed);
  }, 30_000);

  it("hyperfleet logs JOB TRIAL --follow prints the lines as they come and exits 0 when the attempt ends", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify({ ...spec(), name: "chatty-cli" }) })).json()) as { jobId: string };
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, "logs", jobId, "0", "--follow", "--coordinator", service.url!, "--token", TOKEN], { stdio: ["ignore", "pipe", "pipe"] });
    const seen: { line: string; at: number }[] = [];
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => d.split("\n").filter(Boolean).forEach((line) => seen.push({ line, at: Date.now() - started })));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const code = await new Promise<number | null>((r) => child.once("exit", r));
    expect(code, err).toBe(0);
    expect(seen.map((s) => s.line)).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i} loss=${1 / (i + 1)}`));
    expect(seen[0]!.at).toBeLessThan(seen.at(-1)!.at - 400); // printed while it ran
    expect(err).toContain("the attempt ended: Completed");
  }, 30_000);
});
