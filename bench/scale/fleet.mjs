// The processes a scenario runs against: its own nats-server and the coordinator started through the
// CLI, each on a free port. Every child is remembered so that an interrupted bench kills them all.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { get } from "./api.mjs";

const CLI = resolve(fileURLToPath(import.meta.url), "../../../packages/cli/dist/main.js");
const children = new Set();
const dirs = new Set();
let lastStderr = "";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const up = await new Promise((ok) => {
      const s = createConnection({ host: "127.0.0.1", port }, () => (s.end(), ok(true)));
      s.once("error", () => ok(false));
    });
    if (up) return;
    await sleep(25);
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

/** Remembers a child process so that killAll() ends it. */
export function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** A fresh nats-server with JetStream in a folder of its own, so scenarios never share state. */
export async function startNats() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "hyperfleet-scale-"));
  dirs.add(dir);
  // Debian installs it in /usr/sbin, which is not on every user's PATH.
  const binary = process.env.NATS_SERVER ?? (existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server");
  const child = track(spawn(binary, ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", dir], { stdio: "ignore" }));
  await waitForPort(port);
  return { url: `nats://127.0.0.1:${port}`, child, dir, kill: () => kill(child) };
}

/**
 * `hyperfleet coordinator` as its own process. Resolves once /readyz answers, with the milliseconds
 * from spawn to ready (Node's own start included). Its stderr tail is kept for failure reports.
 */
export async function startCoordinator({ natsUrl, prefix, httpPort, token, readyTimeoutMs = 30_000 }) {
  const spawned = performance.now();
  // HYPERFLEET_BENCH_CPU_PROF=DIR: a CPU profile of each coordinator, written when it ends (SIGTERM, see kill()).
  const profile = process.env.HYPERFLEET_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.HYPERFLEET_BENCH_CPU_PROF}`] : [];
  const child = track(spawn(process.execPath, [...profile, CLI, "coordinator", "--nats", natsUrl, "--prefix", prefix, "--http", `127.0.0.1:${httpPort}`, "--token", token], { stdio: ["ignore", "ignore", "pipe"] }));
  let tail = "";
  child.stderr.on("data", (d) => (lastStderr = tail = (tail + d).slice(-2000)));
  const api = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + readyTimeoutMs;
  // Asked every 10 ms: the restart scenario's figure is this wait.
  while (Date.now() < deadline && child.exitCode === null) {
    const r = await get(api, "/readyz", { timeoutMs: 1000 }).catch(() => undefined);
    if (r?.status === 200) return { api, child, readyMs: performance.now() - spawned, readyAt: Date.now(), tail: () => tail, kill: () => kill(child) };
    await sleep(10);
  }
  kill(child);
  throw new Error(`the coordinator was not ready within ${readyTimeoutMs} ms (exit ${child.exitCode}): ${tail}`);
}

/** A coordinator that died (a crash in today's code, or a build changing under it) fails the scenario, saying why. */
export function assertAlive(coordinator, when) {
  const exited = coordinator.child.exitCode ?? coordinator.child.signalCode;
  if (exited === null) return;
  const lines = coordinator.tail().split("\n").map((l) => l.trim()).filter(Boolean);
  const why = lines.findLast((l) => /^[A-Za-z]*Error\b.*:/.test(l)) ?? lines.at(-1) ?? "(no output)";
  throw new Error(`the coordinator exited (${exited}) ${when}: ${why}`);
}

/** The end of the last coordinator's stderr, for a scenario's failure report. */
export const coordinatorStderr = () => lastStderr;

/** kill -9, and resolves once the process is gone. */
export function kill(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise((r) => child.once("exit", r));
  if (process.env.HYPERFLEET_BENCH_CPU_PROF && child.spawnargs.includes("--cpu-prof")) {
    // A profiled process writes its profile only when it exits by itself.
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    return gone;
  }
  child.kill("SIGKILL");
  return gone;
}

/** Kills every child still running and removes the nats-server folders. */
export async function killAll() {
  await Promise.all([...children].map(kill));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs.clear();
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; undefined elsewhere or
 * once it is gone). Read at both ends of the window, it says which process the cores went to.
 */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in USER_HZ ticks (100 on Linux)
  } catch {
    return undefined;
  }
}
