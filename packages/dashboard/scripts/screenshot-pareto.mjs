#!/usr/bin/env node
// The Pareto front screenshots in docs/dashboard.md: a coordinator (the built packages) with a two-objective
// job and a size constraint whose 60 trials this script takes from the suggestion service and reports
// (made-up loss, latency and size, seeded), the job's page in Debian's headless Chromium, the panel saved.
// HOVER=1 hovers a point of the front first, so the tooltip shows.
//
//   node packages/dashboard/scripts/screenshot-pareto.mjs docs/images/pareto-front.png
//   HOVER=1 node packages/dashboard/scripts/screenshot-pareto.mjs docs/images/pareto-hover.png
import { MemoryJournal, startCoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { chromium } from "playwright-core";

const fetch = globalThis.fetch;
const out = process.argv[2];
if (!out) throw new Error("usage: screenshot-pareto.mjs OUT.png");
const t = createInProcessTransport();
const service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 } });
const api = async (method, path, body) => {
  const r = await fetch(service.url + path, { method, headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
};
const { jobId } = await api("POST", "/v1/jobs", { name: "resnet-accuracy-vs-latency", objectives: [{ metric: "loss", type: "minimize" }, { metric: "latency", type: "minimize" }], constraints: [{ metric: "size", max: 10 }],
  strategy: "random", parameters: { width: { type: "continuous", min: 0, max: 1 }, depth: { type: "integer", min: 1, max: 8 } }, limits: { maxTrials: 60, maxParallelTrials: 60 }, training: { runtime: "external" } });
let seed = 11; const r = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
let done = 0;
while (done < 60) {
  const { suggestions } = await api("POST", `/v1/jobs/${jobId}/suggestions`, { count: 60, waitSeconds: 2 });
  for (const s of suggestions) {
    const w = Number(s.hyperparameters.width), d = Number(s.hyperparameters.depth);
    const cap = w * 0.7 + d / 8 * 0.3;
    const loss = 0.15 + 0.5 * (1 - cap) ** 2 + 0.08 * r();
    const latency = 4 + 30 * cap ** 1.5 + 3 * r();
    const size = 1 + 12 * w * (0.5 + d / 16) + r();
    await api("POST", `/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, metrics: { loss, latency, size } });
    done++;
  }
}
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(`${service.url}/#/jobs/${jobId}`);
await p.waitForSelector('[data-plot="pareto"][data-points="60"] .u-over');
await p.waitForTimeout(500);
// hover a front point so the tooltip shows
const row = p.locator('table[data-table="pareto-front"] tr[data-front-trial]').nth(2);
const id = Number(await row.getAttribute("data-front-trial"));
const tr = (await api("GET", `/v1/jobs/${jobId}/trials`)).trials.find((x) => x.trialId === id);
const root = p.locator('[data-plot="pareto"] .uplot');
const [x0, x1, y0, y1] = await Promise.all(["x-min", "x-max", "y-min", "y-max"].map(async (k) => Number(await root.getAttribute(`data-${k}`))));
const over = await p.locator('[data-plot="pareto"] .u-over').boundingBox();
if (process.env.HOVER) await p.mouse.move(over.x + (tr.values[0] - x0) / (x1 - x0) * over.width, over.y + (1 - (tr.values[1] - y0) / (y1 - y0)) * over.height);
if (process.env.HOVER) await p.waitForSelector('[data-field="pareto-tooltip"]');
await p.locator('[data-panel="pareto"]').screenshot({ path: out });
console.log(await p.textContent('[data-field="front-size"]'), await p.getAttribute('[data-plot="pareto"]', "data-infeasible"));
await b.close();
await service.close();
