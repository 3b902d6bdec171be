// The dashboard's Pareto front and constraints in a real browser: Debian's headless Chromium driven by
// playwright-core, against a coordinator whose jobs run on no worker (`runtime: external`): the test takes
// their trials from the suggestion service and reports exact values, so the front is known.
// HYPERFLEET_SCREENSHOT_DIR=DIR also saves pareto-front.png (the 2-objective job's page) into DIR.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { MemoryJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "./support/until.js";

const TOKEN = "pareto-token";
const SHOTS = process.env.HYPERFLEET_SCREENSHOT_DIR;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let service: CoordinatorService;
let browser: Browser;
let page: Page;
/** Uncaught errors in the page: none may happen. */
const pageErrors: string[] = [];

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

type Metrics = Record<string, number>;
interface Suggestion {
  trialId: number;
  lease: string;
}

/** An external job: submitted, then its first `metrics.length` trials taken and reported, in trial order. */
async function externalJob(spec: Record<string, unknown>, metrics: readonly Metrics[], maxTrials = metrics.length): Promise<{ jobId: string; ids: number[] }> {
  const { jobId } = await api<{ jobId: string }>("POST", "/v1/jobs", {
    strategy: "random",
    parameters: { x: { type: "continuous", min: 0, max: 1 }, n: { type: "integer", min: 1, max: 8 } },
    limits: { maxTrials, maxParallelTrials: maxTrials },
    training: { runtime: "external" },
    ...spec,
  });
  const ids = await report(jobId, metrics);
  return { jobId, ids };
}

/** Takes `metrics.length` suggestions and reports each one's metrics (the lowest trial id gets the first). */
async function report(jobId: string, metrics: readonly Metrics[]): Promise<number[]> {
  const got: Suggestion[] = [];
  const deadline = Date.now() + 20_000;
  while (got.length < metrics.length) {
    if (Date.now() > deadline) throw new Error(`only ${got.length} of ${metrics.length} suggestions for ${jobId}`);
    const r = await api<{ suggestions: Suggestion[] }>("POST", `/v1/jobs/${jobId}/suggestions`, { count: metrics.length - got.length, waitSeconds: 2 });
    got.push(...r.suggestions);
  }
  got.sort((a, b) => a.trialId - b.trialId);
  for (const [i, s] of got.entries()) {
    await api("POST", `/v1/jobs/${jobId}/trials/${s.trialId}/result`, { lease: s.lease, status: "completed", metrics: metrics[i] });
  }
  return got.map((s) => s.trialId);
}

// Two objectives, both minimized, and size <= 10: 0, 1 and 2 are the front; 5 would beat every trial but is
// too big (infeasible); the rest are dominated (3 and 7 by 1, 4 by 1 and 2, 6 by 2).
const MO: Metrics[] = [
  { loss: 1, latency: 9, size: 5 },
  { loss: 2, latency: 5, size: 4 },
  { loss: 4, latency: 2, size: 6 },
  { loss: 3, latency: 6, size: 5 },
  { loss: 5, latency: 5, size: 5 },
  { loss: 0.5, latency: 1, size: 20 },
  { loss: 4.5, latency: 3, size: 5 },
  { loss: 2.5, latency: 8, size: 5 },
];
let mo: { jobId: string; ids: number[] };
let three: { jobId: string; ids: number[] };
let single: { jobId: string; ids: number[] };
let none: { jobId: string; ids: number[] };

beforeAll(async () => {
  const t = createInProcessTransport();
  service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 }, token: TOKEN });
  const objectives = [{ metric: "loss", type: "minimize" }, { metric: "latency", type: "minimize" }];
  // one trial more than reported: the page later sees a ninth arrive live
  mo = await externalJob({ name: "pareto", objectives, constraints: [{ metric: "size", max: 10 }] }, MO, MO.length + 1);
  three = await externalJob(
    { name: "three", objectives: [...objectives, { metric: "acc", type: "maximize" }] },
    [{ loss: 1, latency: 3, acc: 0.5 }, { loss: 2, latency: 2, acc: 0.6 }, { loss: 3, latency: 3, acc: 0.9 }, { loss: 3, latency: 3, acc: 0.4 }, { loss: 4, latency: 4, acc: 0.1 }],
  );
  single = await externalJob(
    { name: "single", objective: { metric: "loss", type: "minimize" }, constraints: [{ metric: "size", max: 10 }] },
    [{ loss: 0.3, size: 4 }, { loss: 0.1, size: 12 }, { loss: 0.5, size: 9 }, { loss: 0.2, size: 2 }],
  );
  none = await externalJob({ name: "none", objective: { metric: "loss", type: "minimize" }, constraints: [{ metric: "size", max: 1 }] }, [{ loss: 1, size: 4 }, { loss: 2, size: 3 }], 3);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: `sessionStorage.setItem("hyperfleet.token", ${JSON.stringify(TOKEN)});` });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const attr = async (selector: string, name: string) => page.getAttribute(selector, name);
const ids = async (selector: string, name: string) => (await page.locator(selector).evaluateAll((els, n) => els.map((e) => Number(e.getAttribute(n))), name)).sort((a, b) => a - b);

/** The pixel (page coordinates) of a point of the Pareto scatter, from the scales uPlot drew with. */
async function pointAt(x: number, y: number): Promise<{ x: number; y: number }> {
  const root = page.locator(`[data-plot="pareto"] .uplot`);
  const [xMin, xMax, yMin, yMax] = await Promise.all(["x-min", "x-max", "y-min", "y-max"].map(async (k) => Number(await root.getAttribute(`data-${k}`))));
  const over = (await page.locator(`[data-plot="pareto"] .u-over`).boundingBox())!;
  const fx = (x - xMin!) / (xMax! - xMin!);
  const fy = (y - yMin!) / (yMax! - yMin!);
  return { x: over.x + fx * over.width, y: over.y + (1 - fy) * over.height };
}

describe("the dashboard's Pareto front and constraints", () => {
  it("shows a two-objective job's front: the scatter, its count and trials, the infeasible one marked, and the header", async () => {
    const front = [mo.ids[0]!, mo.ids[1]!, mo.ids[2]!];
    const infeasible = mo.ids[5]!;
    // the server agrees on the front it was given
    const desc = await api<{ bestTrial: unknown; paretoFront: { trialId: number }[]; feasibleTrials: number }>("GET", `/v1/jobs/${mo.jobId}`);
    expect(desc.paretoFront.map((t) => t.trialId).sort((a, b) => a - b)).toEqual(front);
    expect(desc.bestTrial).toBeNull();

    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(mo.jobId)}`);
    await page.waitForSelector(`[data-panel="pareto"] [data-plot="pareto"][data-points="8"] .u-over`);
    expect(await attr(`[data-plot="pareto"]`, "data-front")).toBe("3");
    expect(await attr(`[data-plot="pareto"]`, "data-infeasible")).toBe("1");
    expect(await page.textContent(`[data-field="front-size"]`)).toContain("3 trials on the front");
    expect(await ids(`table[data-table="pareto-front"] tr[data-front-trial]`, "data-front-trial")).toEqual(front);
    expect(await page.isVisible(`[data-plot="pareto"] [data-legend="infeasible"]`)).toBe(true);
    expect(await page.textContent(`[data-plot="pareto"] figcaption`)).toContain("latency (minimize) against loss (minimize)");
    // no parallel coordinates of the objectives with two of them
    expect(await page.locator(`[data-plot="objectives-parallel"]`).count()).toBe(0);

    // the header: objectives, the front's size instead of a best value, the constraint
    expect(await page.textContent(`[data-field="objectives"]`)).toBe("minimize loss, minimize latency");
    expect(await page.textContent(`[data-field="pareto-size"]`)).toBe("3 trials");
    expect(await page.textContent(`[data-field="constraints"]`)).toBe("size <= 10");
    expect(await page.textContent(`[data-field="feasible-trials"]`)).toContain("7 of 8");
    expect(await page.locator(`[data-field="best-trial"]`).count()).toBe(0);

    // the grid: a column per objective, size, feasible and pareto
    const grid = `table[data-grid="trials"]`;
    for (const h of ["loss", "latency", "size", "Feasible", "Pareto"]) expect(await page.locator(`${grid} thead button.sort`, { hasText: new RegExp(`^${h}`) }).count()).toBe(1);
    expect(await ids(`${grid} tr[data-pareto="true"]`, "data-trial-id")).toEqual(front);
    expect(await ids(`${grid} tr[data-feasible="false"]`, "data-trial-id")).toEqual([infeasible]);
    expect(await page.textContent(`${grid} tr[data-trial-id="${infeasible}"] [data-field="feasible"]`)).toBe("infeasible");
    // the history plot marks the infeasible trial too
    expect(await attr(`[data-plot="history"]`, "data-infeasible")).toBe("1");

    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.waitForTimeout(300);
      await page.locator(`[data-panel="pareto"]`).screenshot({ path: join(SHOTS, "pareto-front.png") });
    }

    // hover a front point: its trial and values; click it: its trial's page
    const p = await pointAt(MO[1]!.loss!, MO[1]!.latency!);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector(`[data-field="pareto-tooltip"][data-trial-id="${mo.ids[1]}"]`);
    const tip = (await page.textContent(`[data-field="pareto-tooltip"]`)) ?? "";
    expect(tip).toContain(`Trial #${mo.ids[1]}`);
    expect(tip).toContain("loss 2");
    expect(tip).toContain("latency 5");
    expect(tip).toContain("on the front");
    const q = await pointAt(MO[5]!.loss!, MO[5]!.latency!);
    await page.mouse.move(q.x, q.y);
    await page.waitForSelector(`[data-field="pareto-tooltip"][data-trial-id="${infeasible}"]`);
    expect(await page.textContent(`[data-field="pareto-tooltip"]`)).toContain("infeasible");
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector(`[data-field="pareto-tooltip"][data-trial-id="${mo.ids[1]}"]`);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector(`[data-page="trial"][data-trial-id="${mo.ids[1]}"]`);
    expect(await page.textContent(`[data-page="trial"] [data-field="pareto"]`)).toBe("on the front");
  }, 30_000);

  it("recomputes the front as a new trial arrives live: one that beats trial 1 takes its place", async () => {
    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(mo.jobId)}`);
    await page.waitForSelector(`[data-plot="pareto"][data-points="8"]`);
    // (1.5, 4) beats (2, 5) but neither (1, 9) nor (4, 2)
    const [ninth] = await report(mo.jobId, [{ loss: 1.5, latency: 4, size: 3 }]);
    await page.waitForSelector(`[data-plot="pareto"][data-points="9"]`, { timeout: 10_000 });
    await until(async () => (await ids(`table[data-table="pareto-front"] tr[data-front-trial]`, "data-front-trial")).join() === [mo.ids[0]!, mo.ids[2]!, ninth!].sort((a, b) => a - b).join(), 10_000);
    expect(await attr(`[data-field="front-size"]`, "data-front")).toBe("3");
    expect(await page.getAttribute(`table[data-grid="trials"] tr[data-trial-id="${mo.ids[1]}"]`, "data-pareto")).toBe("false");
  }, 20_000);

  it("with three objectives: a selector for the two shown, and parallel coordinates of the objectives", async () => {
    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(three.jobId)}`);
    await page.waitForSelector(`[data-plot="pareto"][data-points="5"]`);
    // (4, 4, 0.1) and the duplicate-but-worse (3, 3, 0.4) are dominated; the rest are each best somewhere
    expect(await ids(`table[data-table="pareto-front"] tr[data-front-trial]`, "data-front-trial")).toEqual([three.ids[0]!, three.ids[1]!, three.ids[2]!]);
    await page.waitForSelector(`[data-plot="objectives-parallel"][data-lines="5"]`);
    await page.selectOption(`select[data-select="pareto-y"]`, "2");
    await page.waitForSelector(`[data-plot="pareto"][data-y="acc"][data-x="loss"]`);
    expect(await page.textContent(`[data-plot="pareto"] figcaption`)).toContain("acc (maximize) against loss (minimize)");
    // picking y's objective for x swaps them
    await page.selectOption(`select[data-select="pareto-x"]`, "2");
    await page.waitForSelector(`[data-plot="pareto"][data-x="acc"][data-y="loss"]`);
  }, 20_000);

  it("a constrained single-objective job: the feasible column, the constraint in the header; none feasible: the note", async () => {
    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(single.jobId)}`);
    const grid = `table[data-grid="trials"]`;
    await page.waitForSelector(`${grid} tr[data-trial-id="${single.ids[3]}"][data-feasible="true"]`);
    expect(await page.locator(`${grid} thead button.sort`, { hasText: /^Feasible/ }).count()).toBe(1);
    expect(await page.locator(`${grid} thead button.sort`, { hasText: /^Pareto/ }).count()).toBe(0);
    expect(await ids(`${grid} tr[data-feasible="false"]`, "data-trial-id")).toEqual([single.ids[1]!]);
    expect(await page.textContent(`[data-field="constraints"]`)).toBe("size <= 10");
    expect(await page.locator(`[data-panel="pareto"]`).count()).toBe(0);
    expect(await attr(`[data-plot="history"]`, "data-infeasible")).toBe("1");
    // the best is the best feasible trial: 0.2, not the infeasible 0.1
    expect(await page.textContent(`[data-field="best-trial"] strong`)).toBe("0.2");

    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(none.jobId)}`);
    await page.waitForSelector(`[data-field="constraints-note"]`);
    expect(await page.textContent(`[data-field="constraints-note"]`)).toContain("size <= 1");
    expect(await page.textContent(`[data-field="best-trial"]`)).toContain("No feasible trial yet");
    expect(pageErrors).toEqual([]);
  }, 20_000);
});
