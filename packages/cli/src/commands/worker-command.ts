import { randomUUID } from "node:crypto";
import { accessSync, constants, mkdirSync } from "node:fs";
import { homedir, hostname } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { HyperfleetError } from "@hyperfleet/coordinator";
import { NatsWorkerTransport, RabbitWorkerTransport, WireErrorCode, type WorkerTransport } from "@hyperfleet/transport";
import { detectCapabilities, DockerRuntime, parseDeclaredGpus, ProcessRuntime, Worker, type WorkerOptions } from "@hyperfleet/worker";
import pino from "pino";
import { connectBroker } from "../broker-connect.js";
import { AMQP_TLS_FLAGS, AMQP_TLS_HELP, amqpTlsFrom, NATS_AUTH_FLAGS, NATS_AUTH_HELP, natsAuthFrom } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const WORKER_HELP = `Usage: hyperfleet worker (--nats URL | --amqp URL) [options]

Claims the trials this machine can run and runs them.

Options:
  --nats URL             NATS server with JetStream (or HYPERFLEET_NATS_URL)
  --amqp URL             RabbitMQ (or HYPERFLEET_AMQP_URL)
  --prefix NAME          installation prefix of subjects and queues (default hyperfleet)
${NATS_AUTH_HELP}
${AMQP_TLS_HELP}
  --slots N              trials at once (default: the number of GPUs, or of CPU cores)
  --gpus LIST            declared GPUs, "0,1" or "0:A100,1:A100" (default: nvidia-smi)
  --runtime KIND         process | docker | both (default both: docker only if a Docker engine
                         answers at start, else process only)
  --label KEY=VALUE      a label trials can ask for (repeatable)
  --allow-image PATTERN  run only docker images matching PATTERN (repeatable; * matches anything;
                         or HYPERFLEET_ALLOW_IMAGES, comma-separated); default: any image
  --allow-command PATTERN
                         run only commands (argv joined by spaces) matching PATTERN (repeatable;
                         or HYPERFLEET_ALLOW_COMMANDS); default: any command. An assignment outside
                         a list ends Failed with NOT_ALLOWED and is never started.
  --id ID                worker id, letters, digits, _ and - (default: host name and a random suffix)
  --shutdown-grace SECS  on SIGTERM, how long running trials may finish before they are handed
                         back for another worker (default 30)
  --artifacts DIR        where each attempt's model/, output/, stdout.log and stderr.log are kept,
                         as DIR/<job>/<trial>/attempt-<n> (default: $XDG_DATA_HOME/hyperfleet/artifacts,
                         or ~/.local/share/hyperfleet/artifacts)
  --keep-artifacts WHAT  all (default) | none: what is kept after each attempt
  -h, --help             this text

Exit codes: 0 after a clean shutdown, 1 on a fatal error, 2 on bad flags.`;

export async function workerCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv);
  if (values.help) {
    console.log(WORKER_HELP);
    return EXIT.ok;
  }
  const natsUrl = values.nats ?? (values.amqp ? undefined : process.env.HYPERFLEET_NATS_URL);
  const amqpUrl = values.amqp ?? (natsUrl ? undefined : process.env.HYPERFLEET_AMQP_URL);
  if ((natsUrl === undefined) === (amqpUrl === undefined)) throw new UsageError("give exactly one of --nats URL or --amqp URL (or HYPERFLEET_NATS_URL / HYPERFLEET_AMQP_URL)");
  const runtimeKind = values.runtime ?? "both";
  if (!["process", "docker", "both"].includes(runtimeKind)) throw new UsageError(`--runtime: expected process | docker | both, got ${JSON.stringify(runtimeKind)}`);
  const labels = Object.fromEntries(
    (values.label ?? []).map((l) => {
      const i = l.indexOf("=");
      if (i <= 0) throw new UsageError(`--label: expected KEY=VALUE, got ${JSON.stringify(l)}`);
      return [l.slice(0, i), l.slice(i + 1)];
    }),
  );
  let gpus;
  try {
    gpus = values.gpus === undefined ? undefined : parseDeclaredGpus(values.gpus);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const grace = Number(values["shutdown-grace"] ?? 30);
  if (!(grace >= 0)) throw new UsageError(`--shutdown-grace: expected seconds >= 0, got ${values["shutdown-grace"]}`);

  const fromEnv = (name: string) => (process.env[name] ?? "").split(",").map((p) => p.trim()).filter(Boolean);
  const allow = {
    images: values["allow-image"] ?? fromEnv("HYPERFLEET_ALLOW_IMAGES"),
    commands: values["allow-command"] ?? fromEnv("HYPERFLEET_ALLOW_COMMANDS"),
  };
  const log = pino({ name: "hyperfleet-worker" }, pino.destination(2));
  const runtimes = await startRuntimes(runtimeKind, log);
  const capabilities = await detectCapabilities({ ...(gpus ? { gpus } : {}), labels });
  const slots = values.slots === undefined ? Math.max(1, capabilities.gpus.length || capabilities.cpus) : Number(values.slots);
  if (!Number.isInteger(slots) || slots < 1) throw new UsageError(`--slots: expected an integer >= 1, got ${values.slots}`);
  // One subject token (the broker's permissions name it): a host name's dots become "-".
  const artifactsRoot = resolve(values.artifacts ?? join(process.env.XDG_DATA_HOME || join(homedir(), ".local", "share"), "hyperfleet", "artifacts"));
  const keep = values["keep-artifacts"] ?? "all";
  if (keep !== "all" && keep !== "none") throw new UsageError(`--keep-artifacts: expected all | none, got ${JSON.stringify(keep)}`);
  if (keep === "all") {
    try {
      mkdirSync(artifactsRoot, { recursive: true });
      accessSync(artifactsRoot, constants.W_OK);
    } catch (err) {
      throw new UsageError(`--artifacts ${artifactsRoot}: not writable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); give a writable folder, or --keep-artifacts none`);
    }
  }
  const workerId = values.id ?? `${hostname().replace(/[^A-Za-z0-9_-]/g, "-")}-${randomUUID().slice(0, 8)}`;
  if (!/^[A-Za-z0-9_-]+$/.test(workerId)) throw new UsageError(`--id: letters, digits, "_" and "-" only (it names the worker's subject and routing key), got ${JSON.stringify(workerId)}`);
  const prefix = values.prefix;
  const transport: WorkerTransport = natsUrl
    ? await connectBroker("NATS", natsUrl, () => NatsWorkerTransport.connect({ servers: natsUrl, auth: natsAuthFrom(values), workerId, ...(prefix ? { prefix } : {}) }))
    : await connectBroker("RabbitMQ", amqpUrl!, () => RabbitWorkerTransport.connect({ url: amqpUrl!, tls: amqpTlsFrom(values, amqpUrl!), ...(prefix ? { prefix } : {}) }));
  const worker = new Worker({
    transport,
    workerId,
    capabilities,
    slots,
    runtimes,
    allow,
    artifacts: { root: artifactsRoot, keep },
  });
  await worker.start();
  log.info({ workerId, slots, runtimes: worker.capabilities.runtimes, capabilities: worker.capabilities, allow, broker: natsUrl ? "nats" : "rabbitmq" }, `worker started; serves ${worker.capabilities.runtimes.join(" and ")} trials`);

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal, running: worker.runningCount, graceSeconds: grace }, "shutting down: no new trials; running ones may finish");
      void worker
        .shutdown(grace * 1000)
        .catch((err) => log.error({ err }, "shutdown failed"))
        .finally(resolve);
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  });
  await transport.close();
  log.info({ counts: worker.counts }, "worker stopped");
  return EXIT.ok;
}

/**
 * The runtimes to serve. The Docker engine is pinged once, at start: with `both` and no engine the
 * worker serves process trials only (and says so) rather than take docker trials and fail them; with
 * `docker` and no engine it cannot serve anything, which is an error.
 */
export async function startRuntimes(kind: string, log: pino.Logger): Promise<WorkerOptions["runtimes"]> {
  const process = kind === "docker" ? {} : { process: new ProcessRuntime() };
  if (kind === "process") return process;
  const docker = new DockerRuntime();
  if (await docker.available()) return { ...process, docker };
  if (kind === "docker") throw new HyperfleetError(WireErrorCode.RuntimeUnavailable, `--runtime docker: no Docker engine answers at ${docker.engine} (set DOCKER_HOST, or start the engine)`);
  log.warn({ engine: docker.engine }, `no Docker engine answers at ${docker.engine}: serving process trials only`);
  return process;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        nats: { type: "string" },
        amqp: { type: "string" },
        prefix: { type: "string" },
        slots: { type: "string" },
        gpus: { type: "string" },
        runtime: { type: "string" },
        label: { type: "string", multiple: true },
        ...NATS_AUTH_FLAGS,
        ...AMQP_TLS_FLAGS,
        "allow-image": { type: "string", multiple: true },
        "allow-command": { type: "string", multiple: true },
        id: { type: "string" },
        "shutdown-grace": { type: "string" },
        artifacts: { type: "string" },
        "keep-artifacts": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
