import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { FileJournal, RecordLogJournal, startCoordinatorService, SuggestionPool, type Journal } from "@hyperfleet/coordinator";
import { NatsCoordinatorTransport, NatsRecordLog, RabbitCoordinatorTransport, withPlacementWatch, WorkerRegistry, type CoordinatorTransport, type RecordLog } from "@hyperfleet/transport";
import pino from "pino";
import { connectBroker } from "../broker-connect.js";
import { AMQP_TLS_HELP, amqpTlsFrom, BROKER_FLAGS, brokerFrom, hostPort, intFlag, NATS_AUTH_HELP, natsAuthFrom, parseFlags } from "../flags.js";
import { EXIT, UsageError } from "../usage-error.js";

export const COORDINATOR_HELP = `Usage: hyperfleet coordinator (--nats URL | --amqp URL) [options]

Runs tuning jobs: keeps each job's optimizer, offers trials to workers through the broker, and
serves the HTTP API and Prometheus metrics. Its state is a durable journal; a restarted coordinator
carries on where it stopped.

Options:
  --nats URL          NATS server with JetStream (or HYPERFLEET_NATS_URL); the journal is the
                      <PREFIX>_JOURNAL stream unless --journal is given
  --amqp URL          RabbitMQ (or HYPERFLEET_AMQP_URL); the journal is a local file
  --prefix NAME       installation prefix of subjects, streams and queues (default hyperfleet)
${NATS_AUTH_HELP}
${AMQP_TLS_HELP}
  --journal FILE      keep the journal in this file (default with --amqp: hyperfleet-journal.jsonl)
  --http HOST:PORT    where the HTTP API and /metrics listen (default 127.0.0.1:8080: this machine
                      only; give 0.0.0.0:8080 and a --token to serve others)
  --token TOKEN       require "Authorization: Bearer TOKEN" (or HYPERFLEET_TOKEN)
  --tls-cert FILE     serve the API over HTTPS with this PEM certificate (or HYPERFLEET_TLS_CERT)
  --tls-key FILE      and its key (or HYPERFLEET_TLS_KEY); clients trust a private CA with
                      NODE_EXTRA_CA_CERTS=ca.pem
  --unschedulable-after SECS
                      fail an attempt that no connected worker can run after this long (default 60)
  --suggest-threads N threads that answer the Bayesian strategy's asks off the event loop (default:
                      the cores less one, at least 1; 0 answers them on the event loop)
  -h, --help          this text

Exit codes: 0 after a clean shutdown (SIGTERM, SIGINT), 1 on a fatal error, 2 on bad flags.`;

export async function coordinatorCommand(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    ...BROKER_FLAGS,
    journal: { type: "string" },
    http: { type: "string" },
    token: { type: "string" },
    "tls-cert": { type: "string" },
    "tls-key": { type: "string" },
    "unschedulable-after": { type: "string" },
    "suggest-threads": { type: "string" },
  });
  if (values.help) {
    console.log(COORDINATOR_HELP);
    return EXIT.ok;
  }
  const broker = brokerFrom(values);
  const certFile = values["tls-cert"] ?? process.env.HYPERFLEET_TLS_CERT;
  const keyFile = values["tls-key"] ?? process.env.HYPERFLEET_TLS_KEY;
  if ((certFile === undefined) !== (keyFile === undefined)) throw new UsageError("--tls-cert and --tls-key go together");
  for (const [flag, file] of [["--tls-cert", certFile], ["--tls-key", keyFile]] as const) {
    if (file !== undefined && !existsSync(file)) throw new UsageError(`${flag} ${file}: no such file`);
  }
  const http = { ...hostPort("http", values.http ?? "127.0.0.1:8080"), ...(certFile && keyFile ? { tls: { certFile, keyFile } } : {}) };
  const token = values.token ?? process.env.HYPERFLEET_TOKEN;
  const unschedulableAfter = Number(values["unschedulable-after"] ?? 60);
  if (!(unschedulableAfter > 0) || !Number.isFinite(unschedulableAfter)) throw new UsageError(`--unschedulable-after: expected seconds > 0, got ${JSON.stringify(values["unschedulable-after"])}`);
  const unschedulableAfterMs = unschedulableAfter * 1000;
  const threads = intFlag("suggest-threads", values["suggest-threads"], 0, Math.max(1, availableParallelism() - 1));
  const log = pino({ name: "hyperfleet-coordinator" }, pino.destination(2));

  const prefix = broker.prefix ? { prefix: broker.prefix } : {};
  const auth = natsAuthFrom(values);
  const inner: CoordinatorTransport =
    broker.kind === "nats"
      ? await connectBroker("NATS", broker.url, () => NatsCoordinatorTransport.connect({ servers: broker.url, auth, ...prefix }))
      : await connectBroker("RabbitMQ", broker.url, () => RabbitCoordinatorTransport.connect({ url: broker.url, tls: amqpTlsFrom(values, broker.url), ...prefix }));
  // One registry of live workers for the placement watch and the coordinator's fair shares.
  const workers = new WorkerRegistry();
  const transport = withPlacementWatch(inner, { unschedulableAfterMs, registry: workers });
  let recordLog: RecordLog | undefined;
  let journal: Journal;
  if (values.journal || broker.kind === "amqp") journal = new FileJournal(values.journal ?? "hyperfleet-journal.jsonl");
  else journal = new RecordLogJournal((recordLog = await connectBroker("NATS", broker.url, () => NatsRecordLog.connect({ servers: broker.url, auth, ...prefix }))));

  const suggester = threads > 0 ? new SuggestionPool(threads) : undefined;
  const service = await startCoordinatorService({
    transport,
    journal,
    workers,
    ...(suggester ? { suggester } : {}),
    http,
    ...(token ? { token } : {}),
    hooks: {
      trialEnded: (jobId, status, t) => log.info({ jobId, trialId: t.trialId, status, objective: t.objective, error: t.error?.code, ...(t.earlyStopped ? { earlyStopped: true } : {}) }, "trial ended"),
      failed: (jobId, err) => log.error({ jobId, err }, "a timed task failed (a time limit or an offer retry); the job carries on at its next event"),
    },
  });
  const jobs = [...service.coordinator.jobs.values()];
  log.info({ url: service.url, broker: broker.kind, journal: recordLog ? "jetstream" : "file", jobsRestored: jobs.length, jobsInProgress: jobs.filter((j) => j.status === "InProgress").length }, "coordinator started");

  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  log.info("shutting down: the journal holds every job; a new coordinator carries on");
  await service.close();
  await transport.close();
  await recordLog?.close();
  await suggester?.close();
  log.info("coordinator stopped");
  return EXIT.ok;
}
