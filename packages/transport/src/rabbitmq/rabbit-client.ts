import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type Options } from "amqplib";
import { TransportError, TransportErrorCode } from "../errors.js";
import { Reconnects } from "../publish-durably.js";
import { token } from "../nats/nats-names.js";

export interface RabbitTransportOptions {
  /** amqp://user:pass@host:port/vhost */
  url: string;
  /** Prefix of every queue and exchange (default "hyperfleet"). */
  prefix?: string;
  /** Lost deliveries of one attempt before it is dead-lettered (default 5); hand-backs do not count. */
  maxDeliveries?: number;
  /** AMQP heartbeat in seconds: how fast a dead worker's connection, and so its lease, is noticed. */
  heartbeatSeconds?: number;
}

/** Queue and exchange names of one installation. */
export class RabbitNames {
  constructor(readonly prefix: string) {
    if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new TransportError(TransportErrorCode.InvalidArgument, `prefix must match [A-Za-z0-9_-]+, got ${JSON.stringify(prefix)}`);
  }
  get events() {
    return `${this.prefix}.events`;
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

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 5000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One AMQP connection that comes back: on loss it reconnects with backoff, declares the topology
 * again and re-runs every registered setup (consumers). Publishing goes through a confirm channel and
 * resolves only once the broker has the message (publisher confirms).
 */
export class RabbitClient {
  readonly names: RabbitNames;
  readonly maxDeliveries: number;
  private model: ChannelModel | undefined;
  private publisher: ConfirmChannel | undefined;
  private readonly setups: ((model: ChannelModel) => Promise<void>)[] = [];
  private closed = false;
  private reconnecting: Promise<void> | undefined;
  /** Increments on every new connection: a delivery from an older one can no longer be acked. */
  generation = 0;
  /** Resolves once a lost connection is back (its setups run). */
  readonly reconnects = new Reconnects();

  private constructor(private readonly options: RabbitTransportOptions) {
    this.names = new RabbitNames(options.prefix ?? "hyperfleet");
    this.maxDeliveries = options.maxDeliveries ?? 5;
  }

  /** Connects, retrying with backoff for up to 30 s (a broker that is still starting, say). */
  static async open(options: RabbitTransportOptions): Promise<RabbitClient> {
    const client = new RabbitClient(options);
    const deadline = Date.now() + 30_000;
    for (let i = 0; ; i++) {
      try {
        await client.connect();
        return client;
      } catch (cause) {
        if (Date.now() > deadline) {
          throw new TransportError(TransportErrorCode.Unavailable, `cannot reach RabbitMQ at ${redact(options.url)}: ${(cause as Error).message}`, { retryable: true, cause });
        }
        await sleep(BACKOFF_MS[Math.min(i, BACKOFF_MS.length - 1)]!);
      }
    }
  }

  private async connect(): Promise<void> {
    const model = await amqp.connect(this.options.url, { heartbeat: this.options.heartbeatSeconds ?? 5 });
    model.on("error", () => undefined);
    model.on("close", () => {
      if (!this.closed) void this.reconnect();
    });
    const publisher = await model.createConfirmChannel();
    publisher.on("error", () => undefined);
    await this.declareBase(publisher);
    this.model = model;
    this.publisher = publisher;
    this.generation++;
    for (const setup of this.setups) await setup(model);
    if (this.generation > 1) this.reconnects.reconnected();
  }

  private reconnect(): Promise<void> {
    this.model = undefined;
    this.publisher = undefined;
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

  private async declareBase(ch: Channel): Promise<void> {
    const n = this.names;
    await ch.assertQueue(n.events, { durable: true, arguments: { "x-queue-type": "quorum" } });
    await ch.assertQueue(n.classes, { durable: true, arguments: { "x-queue-type": "stream" } });
    await ch.assertExchange(n.dead, "fanout", { durable: true });
    await ch.assertQueue(n.dead, { durable: true, arguments: { "x-queue-type": "quorum" } });
    await ch.bindQueue(n.dead, n.dead, "");
    await ch.assertExchange(n.control, "direct", { durable: true });
    await ch.assertExchange(n.hints, "fanout", { durable: true });
  }

  /** Declares the quorum queue of a resource class, dead-lettering after the last delivery. */
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

  async sendToQueue(queue: string, bytes: Uint8Array, options: Options.Publish = {}): Promise<void> {
    await this.confirmed((ch, done) => ch.sendToQueue(queue, Buffer.from(bytes), { persistent: true, ...options }, done), queue);
  }

  async publish(exchange: string, routingKey: string, bytes: Uint8Array): Promise<void> {
    await this.confirmed((ch, done) => ch.publish(exchange, routingKey, Buffer.from(bytes), { persistent: false }, done), exchange);
  }

  private async confirmed(send: (ch: ConfirmChannel, done: (err: unknown) => void) => void, target: string): Promise<void> {
    if (this.closed) throw new TransportError(TransportErrorCode.Closed, `the RabbitMQ transport is closed; publish to ${target} not sent`);
    const ch = this.publisher;
    if (!ch) throw new TransportError(TransportErrorCode.Unavailable, `not connected to RabbitMQ; publish to ${target} not sent`, { retryable: true });
    try {
      await new Promise<void>((resolve, reject) => send(ch, (err) => (err ? reject(err instanceof Error ? err : new Error(JSON.stringify(err))) : resolve())));
    } catch (cause) {
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
