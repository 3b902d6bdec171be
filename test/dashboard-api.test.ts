// What the dashboard reads from the coordinator over a real socket: its static files (with their
// caching headers, nothing else of the disk), learning curves downsampled on the server, parameter
// importance, and the live stream of job and trial changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Coordinator, createHttpApi, MemoryJournal } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "./support/until.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-dash-"));
const SCRIPT = join(dir, "curve.mjs");
// 30 steps of a curve whose floor depends on x (and not on y).
writeFileSync(SCRIPT, `import { readFileSync } from "node:fs";\nconst hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));\nfor (let s = 1; s <= 30; s++) console.log("loss=" + ((Number(hp.x) - 0.3) ** 2 * 4 + 1 / s).toFixed(6));\n`);
const DIST = join(dir, "dist");
mkdirSync(join(DIST, "assets"), { recursive: true });
writeFileSync(join(DIST, "index.html"), "<!doctype html><title>Hyperfleet</title>");
writeFileSync(join(DIST, "assets", "app-1a2b.js"), "console.log(1)");
const TOKEN = "dash";
const SPEC = {
  name: "dash",
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 }, y: { type: "continuous", min: 0, max: 1 } },
  limits: { maxTrials: 12, maxParallelTrials: 2 },
  training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
};

let base: string;
let coordinator: Coordinator;
const closers: (() => Promise<void>)[] = [];
beforeAll(async () => {
  const t = createInProcessTransport();
  coordinator = new Coordinator(t.coordinator, new MemoryJournal());
  await coordinator.start();
  for (const id of ["d0", "d1"]) {
    const w = new Worker({ transport: t.worker(), workerId: id, capabilities: { cpus: 2, memoryMiB: 2048, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() } });
    await w.start();
    closers.push(() => w.shutdown(1000));
  }
  const server = createHttpApi({ coordinator, registry: new Registry(), token: TOKEN, dashboardDir: DIST });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => new Promise((r) => server.close(() => r())), () => coordinator.stop());
});
afterAll(async () => {
  for (const c of closers) await c().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

const api = (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" } });

describe("the dashboard's API", () => {
  it("serves the page without a token (it holds no data), its hashed assets cached for a year, nothing else of the disk", async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain("<title>Hyperfleet</title>");
    const asset = await fetch(`${base}/assets/app-1a2b.js`);
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    for (const bad of ["/assets/%2e%2e%2fcurve.mjs", "/assets/..%2F..%2Fcurve.mjs", "/assets/", "/curve.mjs", "/dist/index.html"]) expect((await fetch(`${base}${bad}`)).status, bad).not.toBe(200);
    expect((await fetch(`${base}/v1/jobs`)).status).toBe(401); // the data still needs the token
  });

  it("streams job and trial changes live, and answers curves (downsampled) and importance once trials complete", async () => {
    const { jobId } = (await (await api("/v1/jobs", { method: "POST", body: JSON.stringify(SPEC) })).json()) as { jobId: string };
    const stream = await api(`/v1/stream?job=${jobId}`);
    expect(stream.headers.get("content-type")).toBe("application/x-ndjson");
    const items: { type: string; jobs?: { jobId: string; status: string; trials: number }[]; trials?: { trialId: number; status: string }[] }[] = [];
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n")) {
          items.push(JSON.parse(text.slice(0, nl)));
          text = text.slice(nl + 1);
        }
      }
    })();
    const job = coordinator.jobs.get(jobId)!;
    await until(() => job.status === "Completed", 60_000);
    await until(() => items.some((i) => i.type === "jobs" && i.jobs!.some((j) => j.jobId === jobId && j.status === "Completed")), 5_000);
    expect(items[0]!.type).toBe("jobs");
    // Every trial's completion came down the stream, in batches.
    const completed = new Set(items.flatMap((i) => (i.type === "trials" ? i.trials!.filter((t) => t.status === "Completed").map((t) => t.trialId) : [])));
    expect(completed.size).toBe(12);
    await reader.cancel();
    await reading.catch(() => undefined);

    const curves = (await (await api(`/v1/jobs/${jobId}/curves?points=5`)).json()) as { metric: string; curves: { trialId: number; points: [number, number][] }[] };
    expect(curves.metric).toBe("loss");
    expect(curves.curves).toHaveLength(12);
    for (const c of curves.curves) {
      expect(c.points).toHaveLength(5);
      expect(c.points[0]![0]).toBe(0);
      expect(c.points.at(-1)![0]).toBe(29);
    }
    const importance = (await (await api(`/v1/jobs/${jobId}/importance`)).json()) as { method: string; parameters: { name: string; importance: number }[] };
    expect(importance.method).toBe("gp-ard");
    const by = Object.fromEntries(importance.parameters.map((p) => [p.name, p.importance]));
    expect(by.x! + by.y!).toBeCloseTo(1, 6);
    expect(by.x).toBeGreaterThan(by.y!);
    expect((await api(`/v1/stream?job=nope`)).status).toBe(404);
  }, 90_000);
});
