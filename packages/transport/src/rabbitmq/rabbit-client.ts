import { readFileSync } from "node:fs";
import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type Options } from "amqplib";
import { TransportError, TransportErrorCode } from "../errors.js";
import { Reconnects } from "../publish-durably.js";
import { token } from "../nats/nats-names.js";

/** TLS of an amqps:// connection, as PEM files: the CA that signed the server's certificate, and this client's certificate and key. */
export interface RabbitTlsOptions {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
}

export interface RabbitTransportOptions {
  /** amqp://user:pass@host:port/vhost, or amqps:// for TLS (percent-encode special characters). */
  url: string;
  /** Prefix of every queue and exchange (default "hyperfleet"). */
  prefix?: string;
  /** Lost deliveries of one attempt before it is dead-lettered (default 5); hand-backs do not count. */
  maxDeliveries?: number;
  /** AMQP heartbeat in seconds: how fast a dead worker's connection, and so its lease, is noticed. */
  heartbeatSeconds?: number;
  /** For amqps:// URLs: a private CA, a client certificate and its key (both or neither). */
  tls?: RabbitTlsOptions;
}

/** Queue and exchange names of one installation. */
export class RabbitNames {
  constructor(readonly prefix: string) {
    if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new TransportError(TransportErrorCode.InvalidArgument, `prefix must match [A-Za-z0-9_-]+, got ${JSON.stringify(prefix)}`);
  }
  /** The events queue, which only the coordinator reads. */
  get events() {
    return `${this.prefix}.events`;
  }
  /**
   * The topic exchange workers publish their events to, on routing key `w.<worker id>` (workerKey),
   * bound to the events queue. An exchange and a queue may share a name: they are apart in AMQP.
   */
  get eventsExchange() {
    return `${this.prefix}.events`;
  }
  /** The binding of the events queue to the events exchange: every worker's key. */
  get eventsBinding() {
    return "w.*";
  }
  /** The routing key of one worker's events: a topic permission `^w\.{username}$` binds it to a RabbitMQ user. */
  workerKey(workerId: string) {
    return `w.${token(workerId)}`;
  }
  get classes() {
    return `${this.prefix}.classes`;
  }
  get dead() {
    return `${this.prefix}.dead`;
  }
  /** Fanout exchange of work hints ("work arrived on this class"); each worker binds an exclusive queue. */
  get hints() {
    return `${this.prefix}.hints`;
  }
  get control() {
    return `${this.prefix}.control`;
  }
  trials(resourceClass: string) {
    return `${this.prefix}.trials.${token(resourceClass)}`;
  }
}

/**
 * Who connects. The coordinator declares the installation's queues and exchanges; a worker only
 * checks that they are there (passive declares, which need no permission), so worker credentials need
 * no configure permission on them (deploy/rabbitmq/permissions.sh). On a broker that lets it, a worker
 * that finds them missing declares them itself, as workers did before the coordinator owned them.
 */
export type RabbitRole = "coordinator" | "worker";

/**
 * The URL with `?heartbeat=N` unless it names one: amqplib reads the heartbeat only from the URL (a
 * `heartbeat` socket option is ignored, and the server's 60 s would apply), and on RabbitMQ the
 * heartbeat is how fast a hung worker's lease (its connection) is given up.
 */
export function withHeartbeat(url: string, seconds: number): string {
  const u = new URL(url);
  if (!u.searchParams.has("heartbeat")) u.searchParams.set("heartbeat", String(seconds));
  return u.toString();
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 5000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** AMQP reply codes a server closes a channel or the connection with when permissions say no. */
const ACCESS_REFUSED = 403;
const NOT_FOUND = 404;

/**
 * A connection the server turned down for who the client is, which trying again will not change: a
 * wrong user or password (ACCESS_REFUSED), a vhost the user may not use (NOT_ALLOWED), or a TLS
 * certificate one side does not trust.
 */
function refusal(err: unknown): boolean {
  const e = err as { message?: string; code?: unknown };
  if (/\b(ACCESS[-_]REFUSED|NOT[-_]ALLOWED)\b/.test(e.message ?? "")) return true;
  return typeof e.code === "string" && /CERT|SELF_SIGNED|^ERR_SSL_|^ERR_TLS_|UNABLE_TO_(GET|VERIFY)/.test(e.code);
}

/** What the TLS errors of a refused amqps:// connection mean, by Node's error code. */
const TLS_HINTS: Record<string, string> = {
  SELF_SIGNED_CERT_IN_CHAIN: "the server's certificate is not signed by a CA this client trusts (give its CA with --amqp-tls-ca)",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed and not trusted (give it with --amqp-tls-ca)",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate is not signed by a CA this client trusts (give its CA with --amqp-tls-ca)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's certificate is not signed by a CA this client trusts (give its CA with --amqp-tls-ca)",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server's certificate does not name the host in the URL",
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: "the server requires a client certificate (--amqp-tls-cert and --amqp-tls-key)",
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: "the server does not trust this client's certificate",
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: "the server does not trust the CA of this client's certificate",
  ERR_SSL_WRONG_VERSION_NUMBER: "no TLS at that port (an amqp:// listener?)",
};

/** One line for a failed connection: OpenSSL's messages span lines and name source files. */
function connectErrorText(err: unknown): string {
  const e = err as { message?: string; code?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  const message = (e.message ?? String(err)).trim();
  const ssl = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1];
  const text = ssl ? `TLS: ${ssl}` : message.split("\n")[0]!;
  const hint = code ? TLS_HINTS[code] : undefined;
  return hint ? `${text} (${code}): ${hint}` : text;
}

function readTlsFile(flag: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new TransportError(TransportErrorCode.InvalidArgument, `${flag} ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** The socket options of an amqps:// connection (amqplib hands them to tls.connect); a file that cannot be read is an error naming it. */
export function rabbitSocketOptions(url: string, tls: RabbitTlsOptions = {}): { ca?: Buffer[]; cert?: Buffer; key?: Buffer } {
  const any = tls.caFile !== undefined || tls.certFile !== undefined || tls.keyFile !== undefined;
  if (!any) return {};
  if (!/^amqps:/i.test(url)) throw new TransportError(TransportErrorCode.InvalidArgument, `TLS files (--amqp-tls-ca, --amqp-tls-cert, --amqp-tls-key) need an amqps:// URL, got ${redact(url)}`);
  if ((tls.certFile === undefined) !== (tls.keyFile === undefined)) throw new TransportError(TransportErrorCode.InvalidArgument, "--amqp-tls-cert and --amqp-tls-key go together");
  return {
    ...(tls.caFile !== undefined ? { ca: [readTlsFile("--amqp-tls-ca", tls.caFile)] } : {}),
    ...(tls.certFile !== undefined ? { cert: readTlsFile("--amqp-tls-cert", tls.certFile) } : {}),
    ...(tls.keyFile !== undefined ? { key: readTlsFile("--amqp-tls-key", tls.keyFile) } : {}),
  };
}

/** The server's reason for closing a channel (amqplib's "Channel closed by server: 403 (ACCESS-REFUSED) with message ..."). */
interface ChannelCloseError extends Error {
  code?: number;
}

/**
 * One AMQP connection that comes back: on loss it reconnects with backoff, declares (or, for a worker,
 * checks) the topology again and re-runs every registered setup (consumers). Publishing goes through a
 * confirm channel and resolves only once the broker has the message (publisher confirms); a channel
 * the server closes (a refused publish) is opened again, and a refusal is an error that is not retried.
 */
export class RabbitClient {
  readonly names: RabbitNames;
  readonly maxDeliveries: number;
  private model: ChannelModel | undefined;
  private publisher: ConfirmChannel | undefined;
  /** While the publisher channel the server closed is opened again: publishes wait for it. */
  private reopening: Promise<ConfirmChannel | undefined> | undefined;
  /** Why the server closed the publisher channel last (a refused publish), for the publishes it failed. */
  private readonly closedWith = new WeakMap<ConfirmChannel, ChannelCloseError>();
  private readonly setups: ((model: ChannelModel) => Promise<void>)[] = [];
  private readonly socketOptions: ReturnType<typeof rabbitSocketOptions>;
  private closed = false;
  private reconnecting: Promise<void> | undefined;
  /** Increments on every new connection: a delivery from an older one can no longer be acked. */
  generation = 0;
  /** Resolves once a lost connection is back (its setups run). */
  readonly reconnects = new Reconnects();

  private constructor(
    private readonly options: RabbitTransportOptions,
    private readonly role: RabbitRole,
  ) {
    this.names = new RabbitNames(options.prefix ?? "hyperfleet");
    this.maxDeliveries = options.maxDeliveries ?? 5;
    this.socketOptions = rabbitSocketOptions(options.url, options.tls);
  }

  /**
   * Connects, retrying with backoff for up to 30 s (a broker that is still starting, say, or a worker's
   * topology the coordinator has not declared yet). A refusal (credentials, vhost, TLS trust) fails at once.
   */
  static async open(options: RabbitTransportOptions, role: RabbitRole): Promise<RabbitClient> {
    const client = new RabbitClient(options, role);
    const deadline = Date.now() + 30_000;
    for (let i = 0; ; i++) {
      try {
        await client.connect();
        return client;
      } catch (cause) {
        if (cause instanceof TransportError && cause.code === TransportErrorCode.InvalidArgument) throw cause;
        const message = connectErrorText(cause);
        if (refusal(cause)) throw new TransportError(TransportErrorCode.Unavailable, `RabbitMQ at ${redact(options.url)} refused: ${message}`, { retryable: false, cause });
        if (Date.now() > deadline) {
          // A TransportError of our own (a worker's topology not there yet) says what is wrong already.
          const what = cause instanceof TransportError ? `RabbitMQ at ${redact(options.url)}` : `cannot reach RabbitMQ at ${redact(options.url)}`;
          throw new TransportError(TransportErrorCode.Unavailable, `${what}: ${message}`, { retryable: true, cause });
        }
        await sleep(BACKOFF_MS[Math.min(i, BACKOFF_MS.length - 1)]!);
      }
    }
  }

  private async connect(): Promise<void> {
    const model = await amqp.connect(withHeartbeat(this.options.url, this.options.heartbeatSeconds ?? 5), this.socketOptions);
    model.on("error", () => undefined);
    let up = false;
    model.on("close", () => {
      if (up && !this.closed) void this.reconnect();
    });
    try {
      const publisher = await this.openPublisher(model);
      if (this.role === "coordinator") await this.declareBase(publisher);
      else await this.checkBase(model);
      this.model = model;
      this.publisher = publisher;
      this.generation++;
      up = true;
      for (const setup of this.setups) await setup(model);
    } catch (err) {
      // Half set up: close it (its close then reconnects if it was up); the caller tries again.
      await model.close().catch(() => undefined);
      throw err;
    }
    if (this.generation > 1) this.reconnects.reconnected();
  }

  /** The confirm channel publishes go through; one the server closes while the connection lives is opened again. */
  private async openPublisher(model: ChannelModel): Promise<ConfirmChannel> {
    const publisher = await model.createConfirmChannel();
    publisher.on("error", (err: ChannelCloseError) => this.closedWith.set(publisher, err));
    publisher.once("close", () => {
      if (this.closed || this.model !== model || this.publisher !== publisher) return;
      this.publisher = undefined;
      const reopened = (this.reopening = this.openPublisher(model).then(
        (next) => {
          if (this.reopening === reopened) this.reopening = undefined;
          if (this.model === model && !this.closed) return (this.publisher = next);
          void next.close().catch(() => undefined);
          return undefined;
        },
        () => undefined, // the connection is going too: its reconnect makes a new one
      ));
    });
    return publisher;
  }

  private reconnect(): Promise<void> {
    this.model = undefined;
    this.publisher = undefined;
    this.reopening = undefined;
    this.reconnecting ??= (async () => {
      for (let i = 0; !this.closed; i++) {
        try {
          await this.connect();
          break;
        } catch {
          await sleep(BACKOFF_MS[Math.min(i, BACKOFF_MS.length - 1)]!);
        }
      }
      this.reconnecting = undefined;
    })();
    return this.reconnecting;
  }

  /** The coordinator's: every shared queue and exchange of the installation, and the bindings between them. */
  private async declareBase(ch: Channel): Promise<void> {
    const n = this.names;
    await ch.assertQueue(n.events, { durable: true, arguments: { "x-queue-type": "quorum" } });
    await ch.assertExchange(n.eventsExchange, "topic", { durable: true });
    await ch.bindQueue(n.events, n.eventsExchange, n.eventsBinding);
    await ch.assertQueue(n.classes, { durable: true, arguments: { "x-queue-type": "stream" } });
    await ch.assertExchange(n.dead, "fanout", { durable: true });
    await ch.assertQueue(n.dead, { durable: true, arguments: { "x-queue-type": "quorum" } });
    await ch.bindQueue(n.dead, n.dead, "");
    await ch.assertExchange(n.control, "direct", { durable: true });
    await ch.assertExchange(n.hints, "fanout", { durable: true });
  }

  /**
   * A worker's: what it uses is there. Checked on a channel of its own, which a missing queue or
   * exchange closes (NOT_FOUND). Then, if the broker lets this user, it declares the topology itself
   * (an open broker, or a coordinator older than the events exchange); if not, the coordinator has yet
   * to declare it, and connecting is tried again.
   */
  private async checkBase(model: ChannelModel): Promise<void> {
    const n = this.names;
    const missing = await onScratchChannel(model, async (ch) => {
      for (const exchange of [n.eventsExchange, n.hints, n.control]) await ch.checkExchange(exchange);
      await ch.checkQueue(n.classes);
    });
    if (!missing) return;
    if ((missing as ChannelCloseError).code !== NOT_FOUND) throw missing;
    const refused = await onScratchChannel(model, (ch) => this.declareBase(ch));
    if (!refused) return;
    if ((refused as ChannelCloseError).code === ACCESS_REFUSED) {
      throw new TransportError(
        TransportErrorCode.Unavailable,
        `the queues and exchanges of prefix ${n.prefix} are not declared yet (${missing.message}); the coordinator declares them, and these credentials may not (start the coordinator first)`,
        { retryable: true, cause: missing },
      );
    }
    throw refused;
  }

  /** Declares the quorum queue of a resource class, dead-lettering after the last delivery (the coordinator's). */
  async assertClassQueue(resourceClass: string): Promise<string> {
    const queue = this.names.trials(resourceClass);
    await this.channel().assertQueue(queue, {
      durable: true,
      arguments: { "x-queue-type": "quorum", "x-delivery-limit": this.maxDeliveries - 1, "x-dead-letter-exchange": this.names.dead },
    });
    return queue;
  }

  /** Runs now (if connected) and after every reconnect. */
  async onConnected(setup: (model: ChannelModel) => Promise<void>): Promise<void> {
    this.setups.push(setup);
    if (this.model) await setup(this.model);
  }

  /** Through the default exchange (amq.default), which only the coordinator may write to. */
  async sendToQueue(queue: string, bytes: Uint8Array, options: Options.Publish = {}): Promise<void> {
    await this.confirmed((ch, done) => ch.sendToQueue(queue, Buffer.from(bytes), { persistent: true, ...options }, done), queue);
  }

  async publish(exchange: string, routingKey: string, bytes: Uint8Array, options: Options.Publish = { persistent: false }): Promise<void> {
    await this.confirmed((ch, done) => ch.publish(exchange, routingKey, Buffer.from(bytes), options, done), exchange);
  }

  /** A worker's event (persistent), to the events exchange on the worker's own routing key. */
  async publishEvent(workerId: string, bytes: Uint8Array): Promise<void> {
    const key = this.names.workerKey(workerId);
    await this.confirmed((ch, done) => ch.publish(this.names.eventsExchange, key, Buffer.from(bytes), { persistent: true }, done), `${this.names.eventsExchange} (routing key ${key})`);
  }

  private async confirmed(send: (ch: ConfirmChannel, done: (err: unknown) => void) => void, target: string): Promise<void> {
    if (this.closed) throw new TransportError(TransportErrorCode.Closed, `the RabbitMQ transport is closed; publish to ${target} not sent`);
    const ch = this.publisher ?? (await this.reopening);
    if (!ch) throw new TransportError(TransportErrorCode.Unavailable, `not connected to RabbitMQ; publish to ${target} not sent`, { retryable: true });
    try {
      await new Promise<void>((resolve, reject) => send(ch, (err) => (err ? reject(err instanceof Error ? err : new Error(JSON.stringify(err))) : resolve())));
    } catch (cause) {
      // The server's reason comes as the channel's error, next to the failed confirm.
      await new Promise((r) => setImmediate(r));
      const closed = this.closedWith.get(ch);
      if (closed?.code === ACCESS_REFUSED) {
        throw new TransportError(TransportErrorCode.Unavailable, `RabbitMQ refused the publish to ${target}: ${closed.message}`, { retryable: false, cause: closed });
      }
      throw new TransportError(TransportErrorCode.Unavailable, `publish to ${target} not confirmed`, { retryable: true, cause });
    }
  }

  channel(): ConfirmChannel {
    if (!this.publisher) throw new TransportError(TransportErrorCode.Unavailable, "not connected to RabbitMQ", { retryable: true });
    return this.publisher;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.model?.close().catch(() => undefined);
  }
}

/** Runs `use` on a channel of its own and closes it; resolves with the error that closed it, or undefined. */
async function onScratchChannel(model: ChannelModel, use: (ch: Channel) => Promise<void>): Promise<ChannelCloseError | undefined> {
  const ch = await model.createChannel();
  let closedWith: ChannelCloseError | undefined;
  ch.on("error", (err: ChannelCloseError) => (closedWith = err));
  try {
    await use(ch);
  } catch (err) {
    await new Promise((r) => setImmediate(r));
    return closedWith ?? (err as ChannelCloseError);
  }
  await ch.close().catch(() => undefined);
  return undefined;
}
