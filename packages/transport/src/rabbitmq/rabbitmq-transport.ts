import type { Channel, ConsumeMessage } from "amqplib";
import { WorkerCapacity } from "../capacity.js";
import { decodeControl, decodeEvent, decodeOffer, encodeControl, encodeEvent, encodeOffer } from "../codec.js";
import { deliver, type DeliveryTarget } from "../delivery.js";
import { attemptId, type ControlCommand, type ResourceRequest, type TrialOffer, type TransportEvent, type WorkerAnnouncement } from "../domain.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { decodeOrCount, newStats, type TransportStats } from "../errors.js";
import { canonicalRequest, canSatisfy, resourceClassOf } from "../placement.js";
import type { ClaimOptions, CoordinatorTransport, Subscription, WorkerTransport } from "../transport.js";
import { RabbitClient, type RabbitTransportOptions } from "./rabbit-client.js";

// RabbitMQ has no ack wait: an attempt's lease is its worker's connection. A crashed worker's
// connection drops (or misses AMQP heartbeats) and the broker requeues what it held.

export class RabbitCoordinatorTransport implements CoordinatorTransport {
  readonly stats: TransportStats = newStats();
  private readonly knownClasses = new Set<string>();

  private constructor(private readonly client: RabbitClient) {}

  static async connect(options: RabbitTransportOptions): Promise<RabbitCoordinatorTransport> {
    const t = new RabbitCoordinatorTransport(await RabbitClient.open(options));
    await t.watchDeadLetters();
    return t;
  }

  async offer(trial: TrialOffer): Promise<void> {
    const cls = resourceClassOf(trial.resources);
    const queue = this.client.names.trials(cls);
    if (!this.knownClasses.has(cls)) {
      await this.client.assertClassQueue(cls);
      // Workers read the classes stream from its start, so they learn classes declared before they came.
      await this.client.sendToQueue(this.client.names.classes, new TextEncoder().encode(JSON.stringify({ resourceClass: cls, request: canonicalRequest(trial.resources) })));
      this.knownClasses.add(cls);
    }
    await this.client.sendToQueue(queue, encodeOffer(trial), { messageId: attemptId(trial) });
    this.stats.offered++;
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    await this.client.publish(this.client.names.control, workerId, encodeControl(command));
  }

  async consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    const tags: { ch: Channel; tag: string }[] = [];
    let stopped = false;
    await this.client.onConnected(async (model) => {
      if (stopped) return;
      const ch = await model.createChannel();
      ch.on("error", () => undefined);
      await ch.prefetch(256);
      // One chain: events are handled one at a time, in queue order.
      let chain = Promise.resolve();
      const { consumerTag } = await ch.consume(this.client.names.events, (msg) => {
        if (!msg) return;
        chain = chain.then(() => this.handleEvent(ch, msg, handler));
      });
      tags.push({ ch, tag: consumerTag });
    });
    return {
      stop: async () => {
        stopped = true;
        for (const { ch } of tags) await ch.close().catch(() => undefined);
      },
    };
  }

  private async handleEvent(ch: Channel, msg: ConsumeMessage, handler: (event: TransportEvent) => Promise<void> | void): Promise<void> {
    const event = decodeOrCount(decodeEvent, msg.content, this.stats);
    if (!event) {
      safe(() => ch.ack(msg));
      return;
    }
    try {
      await handler(event);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
      safe(() => ch.nack(msg, false, true));
      return;
    }
    this.stats.events++;
    safe(() => ch.ack(msg));
  }

  /** Attempts dead-lettered after their last delivery come back as retryable failures. */
  private async watchDeadLetters(): Promise<void> {
    await this.client.onConnected(async (model) => {
      const ch = await model.createChannel();
      ch.on("error", () => undefined);
      await ch.consume(this.client.names.dead, (msg) => {
        if (!msg) return;
        void (async () => {
          try {
            const offer = decodeOffer(msg.content);
            await this.client.sendToQueue(this.client.names.events, encodeEvent(maxDeliveriesResult(offer, undefined)));
          } catch {
            this.stats.malformed++;
          }
          safe(() => ch.ack(msg));
        })();
      });
    });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

export class RabbitWorkerTransport implements WorkerTransport {
  readonly stats: TransportStats = newStats();

  private constructor(private readonly client: RabbitClient) {}

  static async connect(options: RabbitTransportOptions): Promise<RabbitWorkerTransport> {
    return new RabbitWorkerTransport(await RabbitClient.open(options));
  }

  async announce(announcement: WorkerAnnouncement): Promise<void> {
    await this.client.sendToQueue(this.client.names.events, encodeEvent({ type: "worker", announcement }));
  }

  /**
   * Reads the classes stream from its first entry, and for each class it can run consumes the class
   * queue with a prefetch of the worker's slot count.
   */
  async claim(options: ClaimOptions): Promise<Subscription> {
    const capacity = new WorkerCapacity(options.capabilities, options.slots);
    const publish = (e: TransportEvent) => this.client.sendToQueue(this.client.names.events, encodeEvent(e));
    const target: DeliveryTarget = { workerId: options.workerId, stats: this.stats, capacity, publish, onTrial: options.onTrial };
    const consumers: { ch: Channel; tag: string }[] = [];
    let stopped = false;
    await this.client.onConnected(async (model) => {
      if (stopped) return;
      const work = await model.createChannel();
      work.on("error", () => undefined);
      // Per-consumer prefetch: quorum queues refuse a channel-wide (global) one. With several classes
      // a worker may be offered more than it has room for; deliver() hands the excess back.
      await work.prefetch(options.slots);
      const generation = this.client.generation;
      const consuming = new Set<string>();
      const classes = await model.createChannel();
      classes.on("error", () => undefined);
      await classes.prefetch(100);
      const classesConsumer = await classes.consume(
        this.client.names.classes,
        (msg) => {
          if (!msg) return;
          safe(() => classes.ack(msg));
          const described = parseClass(msg.content);
          if (!described || consuming.has(described.resourceClass) || !canSatisfy(options.capabilities, described.request)) return;
          consuming.add(described.resourceClass);
          void (async () => {
            const queue = await this.client.assertClassQueue(described.resourceClass);
            const { consumerTag } = await work.consume(queue, (m) => m && this.deliver(work, m, described.request, target, generation));
            consumers.push({ ch: work, tag: consumerTag });
          })().catch(() => undefined);
        },
        { arguments: { "x-stream-offset": "first" } },
      );
      consumers.push({ ch: classes, tag: classesConsumer.consumerTag });
    });
    return {
      stop: async () => {
        stopped = true;
        // Cancel consuming but keep the work channel: attempts already held still need their acks.
        for (const { ch, tag } of consumers) await ch.cancel(tag).catch(() => undefined);
      },
    };
  }

  /** Push delivery: the room is reserved when a message arrives, not before it is pulled. */
  private deliver(ch: Channel, msg: ConsumeMessage, request: ResourceRequest, target: DeliveryTarget, generation: number): void {
    const [reservation] = target.capacity.reserve(request, 1);
    if (!reservation) {
      // Its GPUs are busy with other trials: hand it back for a worker that has them free.
      setTimeout(() => safe(() => ch.nack(msg, false, true)), 200);
      return;
    }
    // A delivery tag belongs to its channel: after a reconnect the broker has requeued the message.
    const current = () => this.client.generation === generation;
    deliver(
      target,
      {
        data: msg.content,
        deliveryCount: 1 + Number(msg.properties.headers?.["x-delivery-count"] ?? 0),
        redelivered: msg.fields.redelivered,
        extendLease: () => undefined,
        ack: () => void (current() && safe(() => ch.ack(msg))),
        nack: () => void (current() && safe(() => ch.nack(msg, false, true))),
        term: () => safe(() => ch.ack(msg)),
      },
      reservation,
    );
  }

  async onControl(workerId: string, handler: (command: ControlCommand) => void): Promise<Subscription> {
    const channels: Channel[] = [];
    await this.client.onConnected(async (model) => {
      const ch = await model.createChannel();
      ch.on("error", () => undefined);
      const { queue } = await ch.assertQueue("", { exclusive: true, autoDelete: true });
      await ch.bindQueue(queue, this.client.names.control, workerId);
      await ch.consume(
        queue,
        (msg) => {
          const command = msg && decodeOrCount(decodeControl, msg.content, this.stats);
          if (command) handler(command);
        },
        { noAck: true },
      );
      channels.push(ch);
    });
    return { stop: async () => void (await Promise.all(channels.map((c) => c.close().catch(() => undefined)))) };
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function parseClass(content: Buffer): { resourceClass: string; request: ResourceRequest } | undefined {
  try {
    const parsed = JSON.parse(content.toString("utf8")) as { resourceClass?: unknown; request?: ResourceRequest };
    return typeof parsed.resourceClass === "string" && parsed.request ? { resourceClass: parsed.resourceClass, request: parsed.request } : undefined;
  } catch {
    return undefined;
  }
}

/** An ack or nack on a channel that has closed throws; the broker has already requeued the message. */
function safe(f: () => void): void {
  try {
    f();
  } catch {
    // channel gone
  }
}
