// The shipped deploy/nats/nats-server.conf on a real nats-server, least privilege asserted by what the
// server answers: a job runs end to end with the coordinator and the workers signed in as their own
// users (a hand-back included: the coordinator re-queues it, since workers may not publish trials);
// worker credentials are refused when they publish a trial assignment or a class, read the journal or
// the events, or create or change a stream; what a worker does to find the classes and pull (direct
// gets on the classes stream, its class entries, a bound fetch) is allowed. The file's per-worker user (its commented block, uncommented here) cannot publish
// in another worker's name; what it sends in another's name on its own subject, and a result for an
// attempt it never ran, are dropped and counted in /metrics.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { encodeEvent, encodeOffer, type TransportEvent } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCaller, CliProcesses } from "./support/cli-process.js";
import { waitReady } from "./support/coordinator-ready.js";
import { freePort, NatsServer } from "./support/nats-server.js";
import { until } from "./support/until.js";

const SHIPPED = fileURLToPath(new URL("../deploy/nats/nats-server.conf", import.meta.url));
const PASSWORDS = { coordinator: "coord-pw-1", worker: "worker-pw-2", w1: "w1-pw-3" };
const TOKEN = "perm-token";
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-nats-perm-"));
const SCRIPT = join(dir, "train.mjs");
const FIRST_RUN = join(dir, "first-run");
// The first run of the training waits long enough for the test to shut its worker down mid-trial.
writeFileSync(
  SCRIPT,
  `import { existsSync, writeFileSync } from "node:fs";
const first = !existsSync(${JSON.stringify(FIRST_RUN)});
if (first) writeFileSync(${JSON.stringify(FIRST_RUN)}, "");
await new Promise((r) => setTimeout(r, first ? 60_000 : Number(process.env.HP_SLEEP_MS ?? 200)));
console.log("loss=" + (Number(process.env.HP_X) ** 2).toFixed(6));
`,
);

/** The shipped file with its per-worker example block uncommented, for worker id "w1". */
function withPerWorkerUser(conf: string): string {
  const lines = conf.split("\n");
  const start = lines.findIndex((l) => /^\s*# \{\s*$/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\s*# \}\s*$/.test(l));
  if (start < 0 || end < 0) throw new Error("the shipped configuration lost its per-worker example block");
  for (let i = start; i <= end; i++) lines[i] = lines[i]!.replace(/^(\s*)# ?/, "$1");
  return lines.join("\n").replaceAll("gpu-01", "w1").replaceAll("GPU_01", "W1");
}

const OFFER = {
  jobId: "forged",
  trialId: 0,
  attempt: 1,
  hyperparameters: {},
  staticHyperparameters: {},
  training: { runtime: "process", command: ["sh", "-c", "id"], environment: {}, metricDefinitions: [], objectiveMetric: "loss" },
  resources: { cpus: 1, memoryMiB: 1, gpus: 0 },
  deadlineUnixMs: 0,
  offeredUnixMs: 0,
} as const;

describe("the shipped nats-server configuration", () => {
  let nats: NatsServer;
  let api: string;
  const processes = new CliProcesses();
  const cli = (args: string[]) => processes.spawn(args);
  const call = apiCaller(() => api, TOKEN);
  const clients: NatsConnection[] = [];
  const url = (user: keyof typeof PASSWORDS) => `nats://${user}:${PASSWORDS[user]}@127.0.0.1:${nats.port}`;
  /** A raw client signed in as `user`, which records the permission errors the server sends it. */
  const client = async (user: keyof typeof PASSWORDS) => {
    const refusals: string[] = [];
    const nc = await connect({ servers: `127.0.0.1:${nats.port}`, user, pass: PASSWORDS[user], inboxPrefix: user === "coordinator" ? "hyperfleet.inbox.coordinator" : `hyperfleet.inbox.w.${user === "worker" ? "raw" : user}` });
    clients.push(nc);
    void (async () => {
      for await (const s of nc.status()) if (s.type === "error") refusals.push(String((s as { error?: Error }).error?.message ?? s.type));
    })();
    return { nc, refusals };
  };

  beforeAll(async () => {
    process.env.HYPERFLEET_NATS_COORDINATOR_PASSWORD = PASSWORDS.coordinator;
    process.env.HYPERFLEET_NATS_WORKER_PASSWORD = PASSWORDS.worker;
    process.env.HYPERFLEET_NATS_WORKER_W1_PASSWORD = PASSWORDS.w1;
    const conf = join(dir, "nats-server.conf");
    writeFileSync(conf, withPerWorkerUser(readFileSync(SHIPPED, "utf8")));
    nats = await NatsServer.start(["-c", conf]);
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    cli(["coordinator", "--nats", url("coordinator"), "--http", `127.0.0.1:${port}`, "--token", TOKEN]);
    await waitReady(api);
  }, 60_000);
  afterAll(async () => {
    processes.killAll();
    for (const nc of clients) await nc.close().catch(() => undefined);
    await nats?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const spec = (name: string, maxTrials: number, sleepMs = 200) => ({
    name,
    staticHyperparameters: { sleep_ms: String(sleepMs) },
    objective: { metric: "loss", type: "minimize" },
    strategy: "random",
    parameters: { x: { type: "continuous", min: 0, max: 1 } },
    limits: { maxTrials, maxParallelTrials: 1 },
    training: { runtime: "process", command: [process.execPath, SCRIPT], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
  });
  const trialsOf = async (jobId: string) => (await call(`/v1/jobs/${jobId}/trials`)).trials as Record<string, unknown>[];
  const settle = async (jobId: string) => {
    const deadline = Date.now() + 60_000;
    while ((await call(`/v1/jobs/${jobId}`)).status === "InProgress" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return call(`/v1/jobs/${jobId}`);
  };

  it("runs a job with the coordinator and workers as their own users; a worker shut down mid-trial hands it back and the coordinator re-queues it", async () => {
    const leaving = cli(["worker", "--nats", url("worker"), "--id", "leaving", "--runtime", "process", "--slots", "1", "--shutdown-grace", "0"]);
    const jobId = (await call("/v1/jobs", { method: "POST", body: JSON.stringify(spec("handback", 3)) })).jobId as string;
    const deadline = Date.now() + 20_000;
    while ((await trialsOf(jobId))[0]?.workerId !== "leaving" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect((await trialsOf(jobId))[0]).toMatchObject({ status: "Running", workerId: "leaving" });
    await until(() => existsSync(FIRST_RUN), 10_000); // the training itself has started
    leaving.kill("SIGTERM");
    await new Promise((r) => leaving.once("exit", r));
    cli(["worker", "--nats", url("w1"), "--id", "w1", "--runtime", "process", "--slots", "1"]);
    const job = await settle(jobId);
    expect(job.trainingJobStatusCounters).toEqual({ Completed: 3, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 });
    expect((await trialsOf(jobId)).map((t) => t.trialId)).toEqual([0, 1, 2]);
    expect(await call(`/v1/jobs/${jobId}/trials/0`)).toMatchObject({ status: "Completed", attempt: 1, workerId: "w1", delivery: 2, previousRuns: [{ workerId: "leaving", delivery: 1, end: "released" }] });
  }, 120_000);

  it("refuses worker credentials that publish a trial assignment or a class, read the journal or the events, or create or change a stream", async () => {
    const { nc, refusals } = await client("worker");
    const js = jetstream(nc, { timeout: 2_000 });
    // A forged assignment: refused by the server, so the trials stream never holds it.
    await expect(js.publish("hyperfleet.trials.cpu-1-1024-0", encodeOffer(OFFER))).rejects.toThrow();
    nc.publish("hyperfleet.trials.cpu-1-1024-0", encodeOffer(OFFER));
    // A forged class (workers would pull from it), on the stream or to the workers watching: refused.
    const forgedClass = JSON.stringify({ resourceClass: "forged", request: { cpus: 1, memoryMiB: 1, gpus: 0, gpuModel: "", labels: {} }, runtime: "process" });
    await expect(js.publish("hyperfleet.classes.forged", forgedClass)).rejects.toThrow();
    const jsm = await jetstreamManager(nc, { timeout: 2_000 });
    await expect(jsm.streams.info("HYPERFLEET_JOURNAL")).rejects.toThrow();
    await expect(jsm.streams.getMessage("HYPERFLEET_EVENTS", { seq: 1 })).rejects.toThrow();
    await expect(jsm.streams.add({ name: "HYPERFLEET_STOLEN", subjects: ["hyperfleet.journal"] })).rejects.toThrow();
    await expect(jsm.streams.purge("HYPERFLEET_CLASSES")).rejects.toThrow();
    await expect(jsm.streams.deleteMessage("HYPERFLEET_CLASSES", 1)).rejects.toThrow();
    nc.subscribe("hyperfleet.journal");
    nc.subscribe("hyperfleet.events.>");
    nc.subscribe("hyperfleet.inbox.coordinator.>");
    await nc.flush();
    await until(() => refusals.length >= 11, 5_000, () => JSON.stringify(refusals));
    const text = refusals.join("\n");
    for (const [verb, subject] of [
      ["Publish", "hyperfleet.trials.cpu-1-1024-0"],
      ["Publish", "hyperfleet.classes.forged"],
      ["Publish", "$JS.API.STREAM.INFO.HYPERFLEET_JOURNAL"],
      ["Publish", "$JS.API.STREAM.MSG.GET.HYPERFLEET_EVENTS"],
      ["Publish", "$JS.API.STREAM.CREATE.HYPERFLEET_STOLEN"],
      ["Publish", "$JS.API.STREAM.PURGE.HYPERFLEET_CLASSES"],
      ["Publish", "$JS.API.STREAM.MSG.DELETE.HYPERFLEET_CLASSES"],
      ["Subscription", "hyperfleet.journal"],
      ["Subscription", "hyperfleet.events.>"],
      ["Subscription", "hyperfleet.inbox.coordinator.>"],
    ]) {
      expect(text).toContain(`Permissions Violation for ${verb} to "${subject}"`);
    }
    // The coordinator's view agrees: the trials stream holds no forged message.
    const admin = await jetstreamManager((await client("coordinator")).nc);
    const held = await admin.streams.info("HYPERFLEET_TRIALS");
    expect(held.state.messages).toBe(0);
    expect(await admin.direct.getMessage("HYPERFLEET_CLASSES", { last_by_subj: "hyperfleet.classes.forged" })).toBeNull();
  }, 30_000);

  it("lets worker credentials do what a worker does to find classes and pull: direct gets on the classes stream, class entries, a bound fetch", async () => {
    const { nc, refusals } = await client("worker");
    nc.subscribe("hyperfleet.classes.*");
    nc.subscribe("hyperfleet.hints.>");
    await nc.flush();
    const jsm = await jetstreamManager(nc, { timeout: 2_000 });
    // The class of the first test's job, as the coordinator put it on the classes stream.
    const entry = await jsm.direct.getMessage("HYPERFLEET_CLASSES", { seq: 1, next_by_subj: "hyperfleet.classes.*" });
    const work = JSON.parse(entry!.string()) as { resourceClass: string; runtime: string };
    expect(entry!.subject).toBe(`hyperfleet.classes.${work.resourceClass}`);
    expect(work.runtime).toBe("process");
    // Nothing queued there now: a fetch bound to the class consumer (no consumer info asked) ends empty.
    const name = `trials-${work.resourceClass}`;
    const consumer = jetstream(nc).consumers.getConsumerFromInfo({ stream_name: "HYPERFLEET_TRIALS", name, config: { durable_name: name } } as never);
    let pulled = 0;
    for await (const m of await consumer.fetch({ max_messages: 1, expires: 1_000, bind: true })) pulled += m ? 1 : 0;
    expect(pulled).toBe(0);
    await nc.flush();
    expect(refusals).toEqual([]);
  }, 30_000);

  it("a per-worker user cannot publish as another worker; an event in another's name on its own subject, and a result it never ran, are dropped and counted", async () => {
    const { nc, refusals } = await client("w1");
    const js = jetstream(nc, { timeout: 2_000 });
    const claim = (workerId: string): TransportEvent => ({ type: "claim", jobId: "j", trialId: 0, attempt: 1, workerId, claimedUnixMs: 0, delivery: 1 });
    await expect(js.publish("hyperfleet.events.w.w2", encodeEvent(claim("w2")))).rejects.toThrow();
    await until(() => refusals.some((r) => r.includes('Permissions Violation for Publish to "hyperfleet.events.w.w2"')), 5_000, () => JSON.stringify(refusals));

    // On its own subject in w2's name: the server takes it (the subject is w1's), the coordinator drops it.
    await js.publish("hyperfleet.events.w.w1", encodeEvent(claim("w2")));

    // A result for a trial that the worker w1 runs, from another worker id ("mallory", on its own
    // subject, signed in as the shared worker user): dropped by the claims check.
    const jobId = (await call("/v1/jobs", { method: "POST", body: JSON.stringify(spec("claims", 1, 3_000)) })).jobId as string;
    const deadline = Date.now() + 20_000;
    while ((await trialsOf(jobId))[0]?.status !== "Running" && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await trialsOf(jobId))[0]).toMatchObject({ status: "Running", workerId: "w1", delivery: 1 });
    const mallory = jetstream((await client("worker")).nc, { timeout: 2_000 });
    const forged: TransportEvent = { type: "result", jobId, trialId: 0, attempt: 1, workerId: "mallory", delivery: 1, outcome: { status: "completed", finalMetrics: [{ name: "loss", value: -1000, step: 0, timestampUnixMs: 0 }] }, finishedUnixMs: 0 };
    await mallory.publish("hyperfleet.events.w.mallory", encodeEvent(forged));

    const job = await settle(jobId);
    expect(job.status).toBe("Completed");
    expect((await trialsOf(jobId))[0]).toMatchObject({ status: "Completed", workerId: "w1" });
    expect((await trialsOf(jobId))[0]!.objective).toBeGreaterThanOrEqual(0);
    const metrics = await (await fetch(`${api}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(metrics).toMatch(/hyperfleet_events_rejected_total\{reason="wrong-sender"\} 1\n/);
    expect(metrics).toMatch(/hyperfleet_events_rejected_total\{reason="not-claim-holder"\} 1\n/);
  }, 60_000);
});
