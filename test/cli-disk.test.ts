// `hyperfleet tune` when its disk fills: a real tmpfs of 48 KiB mounted for the test (the suite runs as
// root, as .ci/run does), and an --out that cannot be written at all.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-disk-"));
const small = join(dir, "small");

const SCRIPT = join(dir, "quick.mjs");
writeFileSync(SCRIPT, `const x = Number(process.env.HP_X); console.log("loss=" + ((x - 0.3) ** 2).toFixed(6));\n`);
const JOB = join(dir, "job.json");
writeFileSync(
  JOB,
  JSON.stringify({
    name: "disk",
    objective: { metric: "loss", type: "minimize" },
    strategy: "random",
    parameters: { x: { type: "continuous", min: 0, max: 1 } },
    limits: { maxTrials: 400, maxParallelTrials: 2 },
    training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
  }),
);

beforeAll(() => {
  mkdirSync(small);
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=48k", "tmpfs", small]);
});
afterAll(() => {
  spawnSync("umount", [small]);
  rmSync(dir, { recursive: true, force: true });
});

describe("hyperfleet tune and its disk", () => {
  it("a journal write that fails on a full disk ends the run with one line and exit 1, keeping every whole event", () => {
    const out = join(small, "run");
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, "tune", JOB, "--workers", "2", "--out", out], { encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(Date.now() - started).toBeLessThan(30_000); // an error, not a hang
    expect(r.stderr).toMatch(/hyperfleet: cannot write the journal .*journal\.jsonl: ENOSPC/);
    expect(r.stderr).toContain(`--resume ${out}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const lines = readFileSync(join(out, "journal.jsonl"), "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow(); // no torn line left behind
  }, 60_000);

  it("an --out that cannot be written exits 2 before any trial runs", () => {
    const r = spawnSync(process.execPath, [CLI, "tune", JOB, "--out", join(SCRIPT, "below-a-file")], { encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/hyperfleet: --out .* is not writable/);
    expect(r.stderr).not.toMatch(/^trial /m);
  });
});
