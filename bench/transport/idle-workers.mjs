#!/usr/bin/env node
// node bench/transport/idle-workers.mjs [--workers 200,1000] [--classes 5] [--window 20] [--late 70] [--repeat 1]
//                                        [--hosts 2] [--transport MODULE] [--connect-only]
// What idle NATS workers cost the broker: starts its own nats-server (with monitoring), a coordinator
// that has offered on --classes resource classes (the queue is then purged, so the class consumers
// exist and hold nothing), then N workers, each a NatsWorkerTransport with its own connection, spread
// over --hosts child processes, all claiming with nothing to claim. For each N it measures two windows
// of --window seconds: right after every worker joined ("join", which includes the joining burst of
// class discovery and first probes) and --late seconds after (--repeat windows in a row: the steady
// state, once the probes have backed off as far as they go). Per window: nats-server CPU
// seconds and the worker processes' CPU seconds (utime + stime from /proc), JetStream API requests
// (the /jsz api total, which leaves out pulls and direct gets), every request to $JS.API.> by kind
// (a tap subscription; pulls are CONSUMER.MSG.NEXT) and messages in and out of the server (/varz, the
// tap's copies left out). Needs the build (npx tsc -b). --transport names another build of
// @hyperfleet/transport (a path to its dist/mod.js) to compare against, coordinator and workers alike;
// --connect-only connects the workers without claiming: the floor, what idle connections cost.
import { fork, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const CAPABILITIES = { cpus: 64, memoryMiB: 1 << 20, gpus: [], labels: {}, runtimes: ["process"] };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A child process holding some of the workers: start -> ready, stop -> closed. */
async function host() {
  const { NatsWorkerTransport } = await import(process.argv[3]);
  const workers = [];
  let claimed = 0;
  process.on("message", async (m) => {
    if (m.type === "start") {
      try {
        // A few connections at a time: a thousand at once would time out on two cores.
        for (let i = 0; i < m.ids.length; i += 25) {
          await Promise.all(
            m.ids.slice(i, i + 25).map(async (id) => {
              const transport = await NatsWorkerTransport.connect({ servers: m.url, prefix: m.prefix, workerId: id });
              const claim = m.connectOnly ? undefined : await transport.claim({ workerId: id, capabilities: CAPABILITIES, slots: 1, onTrial: (t) => (claimed++, void t.release().catch(() => undefined)) });
              workers.push({ transport, claim });
            }),
          );
        }
        process.send({ type: "ready" });
      } catch (err) {
        process.send({ type: "failed", message: String(err?.stack ?? err) });
        process.exit(1);
      }
    }
    if (m.type === "stop") {
      await Promise.race([Promise.all(workers.map((w) => w.transport.close().catch(() => undefined))), sleep(10_000)]);
      process.send({ type: "closed", claimed });
      process.exit(0);
    }
  });
}

async function main() {
  const { values: a } = parseArgs({
    options: { workers: { type: "string", default: "200,1000" }, classes: { type: "string", default: "5" }, window: { type: "string", default: "20" }, late: { type: "string", default: "70" }, repeat: { type: "string", default: "1" }, "connect-only": { type: "boolean", default: false }, hosts: { type: "string", default: "2" }, transport: { type: "string", default: "@hyperfleet/transport" } },
  });
  const module = existsSync(a.transport) ? pathToFileURL(resolve(a.transport)).href : a.transport;
  const { NatsCoordinatorTransport } = await import(module);
  const { connect } = await import("@nats-io/transport-node");
  const { jetstreamManager } = await import("@nats-io/jetstream");
  const windowMs = Number(a.window) * 1000;
  const lateMs = Number(a.late) * 1000;
  const hostCount = Number(a.hosts);
  const rows = [];
  for (const n of a.workers.split(",").map(Number)) {
    const server = await startServer();
    const prefix = `idle${n}`;
    try {
      const coordinator = await NatsCoordinatorTransport.connect({ servers: server.url, prefix });
      for (let c = 1; c <= Number(a.classes); c++) await coordinator.offer(offer(c));
      const nc = await connect({ servers: server.url });
      const jsm = await jetstreamManager(nc);
      await jsm.streams.purge(`${prefix.toUpperCase()}_TRIALS`); // the consumers stay; nothing is queued
      // A tap on every JetStream API request (pulls included), counted by kind; the server sends it a
      // copy of each, which the out/s column leaves out again.
      const tap = new Map();
      nc.subscribe("$JS.API.>", { callback: (_, m) => tap.set(apiKind(m.subject), (tap.get(apiKind(m.subject)) ?? 0) + 1) });
      await nc.flush();
      server.tap = tap;
      const ids = Array.from({ length: n }, (_, i) => `w${i}`);
      const children = Array.from({ length: hostCount }, () => fork(fileURLToPath(import.meta.url), ["--host", module], { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
      const joinStarted = Date.now();
      const before = await sample(server, children);
      await Promise.all(children.map((c, h) => (c.send({ type: "start", url: server.url, prefix, ids: ids.filter((_, i) => i % hostCount === h), connectOnly: a["connect-only"] }), reply(c, "ready"))));
      const joinMs = Date.now() - joinStarted;
      const joined = await sample(server, children);
      await sleep(windowMs);
      const afterJoin = await sample(server, children);
      const windows = [[`joining (${(joinMs / 1000).toFixed(1)} s)`, diff(before, joined)], [`first ${a.window} s`, diff(joined, afterJoin)]];
      await sleep(Math.max(0, lateMs - windowMs));
      for (let i = 0, from = await sample(server, children); i < Number(a.repeat); i++) {
        await sleep(windowMs);
        const to = await sample(server, children);
        windows.push([`${a.window} s from ${(from.at - joined.at) / 1000 | 0} s`, diff(from, to)]);
        from = to;
      }
      const conns = (await monitor(server, "varz")).connections;
      await Promise.all(children.map((c) => (c.send({ type: "stop" }), reply(c, "closed"))));
      await coordinator.close();
      await nc.close();
      rows.push({ workers: n, joinMs, connections: conns, windows });
      console.error(`${n} workers:`, JSON.stringify(rows.at(-1)));
    } finally {
      await server.dispose();
    }
  }
  console.log(`machine: ${cpus()[0]?.model}, ${availableParallelism()} cores, node ${process.version}; ${a.classes} classes, windows of ${a.window} s; transport ${a.transport}${a["connect-only"] ? ", connect only" : ""}`);
  console.log("| workers | window | server CPU s | worker CPU s | JS API req/s | pulls/s | msgs in/s | msgs out/s |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    for (const [name, w] of r.windows) {
      const s = w.seconds;
      console.log(`| ${r.workers} | ${name} | ${w.serverCpu.toFixed(2)} | ${w.workerCpu.toFixed(2)} | ${(w.api / s).toFixed(1)} | ${((w.kinds["CONSUMER.MSG.NEXT"] ?? 0) / s).toFixed(1)} | ${(w.inMsgs / s).toFixed(1)} | ${(w.outMsgs / s).toFixed(1)} |`);
    }
  }
  console.log("\nJetStream API requests by kind (the tap):");
  for (const r of rows) for (const [name, w] of r.windows) console.log(`${r.workers} workers, ${name}: ${JSON.stringify(w.kinds)}`);
  process.exit(0);
}

function offer(c) {
  return {
    jobId: "idle",
    trialId: c,
    attempt: 1,
    hyperparameters: {},
    staticHyperparameters: {},
    training: { runtime: "process", command: ["true"] },
    resources: { cpus: c, memoryMiB: 64, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
  };
}

function reply(child, type) {
  return new Promise((ok, fail) => {
    const on = (m) => {
      if (m.type === type) {
        child.off("message", on);
        ok(m);
      }
      if (m.type === "failed") fail(new Error(m.message));
    };
    child.on("message", on);
    child.once("exit", (code) => fail(new Error(`worker host exited (${code}) before ${type}`)));
  });
}

const TICK = 100; // getconf CLK_TCK on Linux
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICK; // utime, stime (fields 14 and 15 of the line)
}

function getJson(port, path) {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: `/${path}` }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
}

function monitor(server, path) {
  return getJson(server.monitorPort, path);
}

async function sample(server, children) {
  const [jsz, varz] = await Promise.all([monitor(server, "jsz"), monitor(server, "varz")]);
  const tap = new Map(server.tap);
  return { at: Date.now(), serverCpu: cpuSeconds(server.pid), workerCpu: children.reduce((s, c) => s + cpuSeconds(c.pid), 0), api: jsz.api.total, inMsgs: varz.in_msgs, outMsgs: varz.out_msgs, tapped: [...tap.values()].reduce((x, y) => x + y, 0), tap };
}

function diff(a, b) {
  const kinds = Object.fromEntries([...b.tap].map(([k, v]) => [k, v - (a.tap.get(k) ?? 0)]).filter(([, v]) => v > 0));
  return { seconds: (b.at - a.at) / 1000, serverCpu: b.serverCpu - a.serverCpu, workerCpu: b.workerCpu - a.workerCpu, api: b.api - a.api, inMsgs: b.inMsgs - a.inMsgs, outMsgs: b.outMsgs - a.outMsgs - (b.tapped - a.tapped), kinds };
}

const API_KINDS = ["CONSUMER.MSG.NEXT", "CONSUMER.DURABLE.CREATE", "CONSUMER.CREATE", "CONSUMER.INFO", "CONSUMER.LIST", "CONSUMER.NAMES", "CONSUMER.DELETE", "STREAM.INFO", "STREAM.NAMES", "STREAM.LIST", "STREAM.MSG.GET", "DIRECT.GET", "INFO"];
function apiKind(subject) {
  const rest = subject.slice("$JS.API.".length);
  return API_KINDS.find((k) => rest === k || rest.startsWith(k + ".")) ?? rest;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const [port, monitorPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(join(tmpdir(), "hyperfleet-idle-"));
  const binary = process.env.NATS_SERVER ?? (existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server");
  const proc = spawn(binary, ["-a", "127.0.0.1", "-p", String(port), "-m", String(monitorPort), "-js", "-sd", dir], { stdio: "ignore" });
  for (let i = 0; ; i++) {
    try {
      await getJson(monitorPort, "healthz");
      break;
    } catch {
      if (i > 200) throw new Error("nats-server did not start");
      await sleep(50);
    }
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    monitorPort,
    pid: proc.pid,
    async dispose() {
      const exited = new Promise((r) => proc.once("exit", r));
      proc.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (process.argv[2] === "--host") await host();
else await main();
