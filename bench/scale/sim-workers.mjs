// The simulated fleet, from the bench's side: the workers are spread over a few child processes
// (sim-host.mjs), so the bench process itself, which polls the API, never becomes the bottleneck.
import { fork } from "node:child_process";
import { track } from "./fleet.mjs";

const HOST = new URL("./sim-host.mjs", import.meta.url);
/** Workers per host process: ~250 connections keep one Node event loop well below saturation. */
const PER_HOST = 250;

function waitFor(child, type, timeoutMs) {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`a worker host sent no ${type} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m) => {
      if (m.type === type) done(() => ok(m));
      if (m.type === "failed") done(() => fail(new Error(`a worker host failed: ${m.message}`)));
    };
    const onExit = (code) => done(() => fail(new Error(`a worker host exited (${code}) before ${type}`)));
    const done = (f) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      f();
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/**
 * Starts `workers` simulated workers of `slots` slots each, at least two host processes (at most
 * PER_HOST workers each), all connected, announced and claiming when this resolves.
 */
export async function startFleet({ natsUrl, prefix, workers, slots, trialMs, metricsPerTrial = 0 }) {
  const hosts = Math.max(2, Math.ceil(workers / PER_HOST));
  const ids = Array.from({ length: workers }, (_, i) => `sim${i}`);
  const children = Array.from({ length: hosts }, () => track(fork(HOST, [], { stdio: ["ignore", "ignore", "inherit", "ipc"] })));
  const startedAt = Date.now();
  await Promise.all(
    children.map((c, h) => {
      const ready = waitFor(c, "ready", 120_000);
      c.send({ type: "start", natsUrl, prefix, ids: ids.filter((_, i) => i % hosts === h), slots, trialMs, metricsPerTrial });
      return ready;
    }),
  );
  return {
    hosts,
    ids,
    pids: children.map((c) => c.pid),
    startMs: Date.now() - startedAt,
    /** Stops claiming everywhere and gathers what each worker reported (hosts that do not answer are counted, not waited for). */
    async stop(settleMs = 3_000) {
      const answers = await Promise.all(
        children.map((c) => {
          const report = waitFor(c, "report", 2 * settleMs + 5_000).catch(() => undefined);
          if (c.connected) c.send({ type: "stop", settleMs });
          return report;
        }),
      );
      const got = answers.filter(Boolean);
      return {
        reports: got.flatMap((a) => a.reports).map(([jobId, trialId, attempt, delivery, workerId, claimedAt, sentAt, ok]) => ({ jobId, trialId, attempt, delivery, workerId, claimedAt, sentAt, ok })),
        firstTrial: Object.assign({}, ...got.map((a) => a.firstTrial)),
        joined: Object.assign({}, ...got.map((a) => a.joined)),
        errors: got.reduce((n, a) => n + a.errors, 0),
        announceFailures: got.reduce((n, a) => n + a.announceFailures, 0),
        stillRunning: got.reduce((n, a) => n + a.stillRunning, 0),
        silentHosts: answers.length - got.length,
      };
    },
  };
}
