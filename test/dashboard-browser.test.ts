// The dashboard in a real browser: Debian's headless Chromium driven by playwright-core, against a
// coordinator (its HTTP API and the dashboard's built files) with a finished job and a running one.
// HYPERFLEET_SCREENSHOTS=1 also saves a screenshot of each page into docs/images/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MemoryJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { until } from "./support/until.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-browser-"));
const SCRIPT = join(dir, "train.mjs");
// Five epochs of a loss that depends on x; `pause` ms between epochs (a static hyperparameter).
writeFileSync(
  SCRIPT,
  `import { readFileSync } from "node:fs";
const hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));
for (let e = 1; e <= 5; e++) { await new Promise((r) => setTimeout(r, Number(hp.pause))); console.log("loss=" + ((Number(hp.x) - 0.3) ** 2 + 0.5 / e).toFixed(6)); }
`,
);
const TOKEN = "browser-token";
const SHOTS = process.env.HYPERFLEET_SCREENSHOTS ? fileURLToPath(new URL("../docs/images/", import.meta.url)) : undefined;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const spec = (name: string, maxTrials: number, pause: number) => ({
  name,
  objective: { metric: "loss", type: "minimize" },
  strategy: "random",
  parameters: { x: { type: "continuous", min: 0, max: 1 }, act: { type: "categorical", values: ["relu", "tanh"] } },
  staticHyperparameters: { pause: String(pause) },
  limits: { maxTrials, maxParallelTrials: 2 },
  training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
});

let service: CoordinatorService;
let browser: Browser;
let page: Page;
let done: string;
let running: string;
const workers: Worker[] = [];
/** Uncaught errors in the page: none may happen on any page. */
const pageErrors: string[] = [];

beforeAll(async () => {
  const t = createInProcessTransport();
  service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 }, token: TOKEN });
  for (const id of ["b0", "b1", "b2"]) {
    const w = new Worker({ transport: t.worker(), workerId: id, capabilities: { cpus: 2, memoryMiB: 2048, gpus: [], labels: {} }, slots: 1, runtimes: { process: new ProcessRuntime() } });
    await w.start();
    workers.push(w);
  }
  done = await service.coordinator.submit(spec("finished", 6, 0));
  await until(() => service.coordinator.jobs.get(done)!.status === "Completed", 60_000);
  running = await service.coordinator.submit(spec("running", 200, 300));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The token the page would ask for once, as a user gives it.
  await context.addInitScript({ content: `sessionStorage.setItem("hyperfleet.token", ${JSON.stringify(TOKEN)});` });
  page = await context.newPage();
  page.on("dialog", (d) => void d.accept());
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  for (const w of workers) await w.shutdown(1000).catch(() => undefined);
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function shot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

describe("the dashboard in Chromium", () => {
  it("lists both jobs with their status, and opens the finished one with its plots and grid", async () => {
    await page.goto(`${service.url}/#/`);
    await page.waitForSelector(`[data-page="jobs"] tr[data-job-id="${done}"]`);
    expect(await page.textContent(`tr[data-job-id="${done}"] [data-field="status"]`)).toContain("Completed");
    await page.waitForSelector(`tr[data-job-id="${running}"]`);
    await shot("dashboard-jobs");

    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(done)}`);
    await page.waitForSelector(`[data-page="job"] [data-plot="history"][data-points="6"]`);
    await page.waitForSelector(`[data-plot="curves"][data-curves="6"]`);
    expect(await page.locator(`table[data-grid="trials"] tr[data-trial-id]`).count()).toBe(6);
    await page.waitForSelector(`[data-plot="parallel"]`);
    await page.waitForSelector(`[data-plot="importance"]`);
    await shot("dashboard-job");

    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(done)}/trials/0`);
    await page.waitForSelector(`[data-page="trial"] [data-field="status"]`);
    expect(await page.textContent(`[data-page="trial"] [data-field="status"]`)).toContain("Completed");
    await shot("dashboard-trial");
  }, 60_000);

  it("shows a running job's new trials live, filters its grid, and stops it from its page without a reload", async () => {
    await page.goto(`${service.url}/#/jobs/${encodeURIComponent(running)}`);
    await page.waitForSelector(`[data-page="job"] table[data-grid="trials"]`);
    const rows = page.locator(`table[data-grid="trials"] tr[data-trial-id]`);
    const before = await rows.count();
    // Trials of 1.5 s, two at a time: new ones arrive within seconds, through the live stream.
    await until(async () => (await rows.count()) > before + 1, 20_000);
    await page.selectOption(`select[data-filter="status"]`, "Running");
    await until(async () => (await rows.count()) >= 1 && (await rows.count()) <= 2, 10_000);
    await page.selectOption(`select[data-filter="status"]`, "");
    await page.click(`button[data-action="stop"]`);
    await until(async () => /Stopp(ing|ed)/.test((await page.textContent(`[data-page="job"] [data-field="status"]`)) ?? ""), 10_000);
    await until(() => service.coordinator.jobs.get(running)!.status === "Stopped", 20_000);
    await until(async () => ((await page.textContent(`[data-page="job"] [data-field="status"]`)) ?? "").includes("Stopped"), 10_000);
    await shot("dashboard-running-job");
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
