import type { Channel, ChannelModel } from "amqplib";
import type { Reservation } from "../capacity.js";
import { WorkerCapacity } from "../capacity.js";
import { ClaimScheduler, type PullOutcome } from "../claim-scheduler.js";
import { decodeControl, encodeEvent } from "../codec.js";
import { deliver, type BrokerMessage, type DeliveryTarget } from "../delivery.js";
import type { ControlCommand, TransportEvent, WorkerAnnouncement } from "../domain.js";
import { decodeOrCount, newStats, TransportError, TransportErrorCode, type TransportStats } from "../errors.js";
import type { Claim, ClaimOptions, Subscription, WorkerTransport } from "../transport.js";
import { parseWorkClass, type WorkClass } from "../work-class.js";
import { RabbitClient, type RabbitTransportOptions } from "./rabbit-client.js";
import { rabbitMessage, safe } from "./rabbit-message.js";

// RabbitMQ has no ack wait: an attempt's lease is its worker's connection. A crashed worker's
// connection drops (or misses AMQP heartbeats) and the broker requeues what it held.

/** One connection's channels of a claim. */
interface Connected {
  model: ChannelModel;
  generation: number;
  /** Per class: its queue is declared, and the channel its attempts come (and are acknowledged) on. */
  classes: Map<string, Channel>;
}

/** How long a pull waits for attempts basic.get said were queued (another worker may have taken them). */
const PIPELINE_WAIT_MS = 200;

export class RabbitWorkerTransport implements WorkerTransport {
  readonly stats: TransportStats = newStats();

  private constructor(private readonly client: RabbitClient) {}

  static async connect(options: RabbitTransportOptions): Promise<RabbitWorkerTransport> {
    return new RabbitWorkerTransport(await RabbitClient.open(options, "worker"));
  }

  async announce(announcement: WorkerAnnouncement): Promise<void> {
    await this.client.publishEvent(announcement.workerId, encodeEvent({ type: "worker", announcement }));
  }

  /**
   * Learns classes by watching: the classes stream from its first entry, and the work hints the
   * coordinator sends with its offers. A ClaimScheduler shares the worker's room between the classes
   * it can run (the runtime is part of the class), and a pull takes at most the room it reserved: a
   * standing consumer with a prefetch would be handed attempts for room another class took meanwhile,
   * and each one given back raises the quorum queue's delivery count toward x-delivery-limit.
   */
  async claim(options: ClaimOptions): Promise<Claim> {
    const { client } = this;
    const capacity = new WorkerCapacity(options.capabilities, options.slots);
    // Every event to the events exchange on this worker's routing key (RabbitNames.workerKey).
    const publish = (e: TransportEvent) => client.publishEvent(options.workerId, encodeEvent(e));
    const target: DeliveryTarget = {
      workerId: options.workerId,
      stats: this.stats,
      capacity,
      publish,
      brokerBack: client.reconnects.next,
      onTrial: options.onTrial,
      maxDeliveries: client.maxDeliveries,
      holding: new Map(),
      finished: new Map(),
    };
    let connected: Connected | undefined;
    const scheduler = new ClaimScheduler({
      capacity,
      capabilities: options.capabilities,
      pull: (work, room, take) => this.pull(connected, work, room, take),
      take: (message, reservation) => deliver(target, message, reservation),
    });
    const consumers: { ch: Channel; tag: string }[] = [];
    let stopped = false;
    await client.onConnected(async (model) => {
      if (stopped) return;
      connected = { model, generation: client.generation, classes: new Map() };
      consumers.push(...(await this.watchClasses(model, scheduler)));
      scheduler.recheck();
    });
    return {
      stop: async () => {
        stopped = true;
        await scheduler.stop();
        // Cancel watching but keep the class channels: attempts already held still need their acks.
        for (const { ch, tag } of consumers) await ch.cancel(tag).catch(() => undefined);
      },
      free: () => capacity.free(),
    };
  }

  /** The classes stream (from its first entry) and this worker's own queue on the hints exchange. */
  private async watchClasses(model: ChannelModel, scheduler: ClaimScheduler): Promise<{ ch: Channel; tag: string }[]> {
    const { names } = this.client;
    const ch = await model.createChannel();
    ch.on("error", () => undefined);
    await ch.prefetch(100);
    const classes = await ch.consume(
      names.classes,
      (msg) => {
        if (!msg) return;
        safe(() => ch.ack(msg));
        const work = parseWorkClass(msg.content.toString("utf8"));
        if (work) scheduler.add(work);
      },
      { arguments: { "x-stream-offset": "first" } },
    );
    const { queue } = await ch.assertQueue("", { exclusive: true, autoDelete: true });
    await ch.bindQueue(queue, names.hints, "");
    const hints = await ch.consume(
      queue,
      (msg) => {
        const work = msg && parseWorkClass(msg.content.toString("utf8"));
        if (work) scheduler.hint(work);
      },
      { noAck: true },
    );
    return [
      { ch, tag: classes.consumerTag },
      { ch, tag: hints.consumerTag },
    ];
  }

  /**
   * One basic.get, which says for sure whether the class has work and how much is left; then, for the
   * rest of the room, a consumer whose prefetch is exactly that room (pipelined, rather than a round
   * trip per attempt), cancelled once it is full or the attempts stop coming. Its acks wait for the
   * cancel, so it is never handed more than the room.
   */
  private async pull(connected: Connected | undefined, work: WorkClass, room: readonly Reservation[], take: (m: BrokerMessage, r: Reservation) => void): Promise<PullOutcome> {
    const { client } = this;
    if (!connected || connected.generation !== client.generation) throw new TransportError(TransportErrorCode.Unavailable, "not connected to RabbitMQ", { retryable: true });
    const ch = await this.classChannel(connected, work);
    const queue = client.names.trials(work.resourceClass);
    const live = () => client.generation === connected.generation;
    const first = await ch.get(queue, { noAck: false });
    if (first === false) return { left: 0 };
    take(rabbitMessage(ch, first, live), room[0]!);
    const left = first.fields.messageCount;
    const rest = room.slice(1, 1 + left);
    if (rest.length === 0) return { left };
    let cancelled: () => void = () => undefined;
    const acksAfter = new Promise<void>((r) => (cancelled = r));
    let taken = 0;
    let tag: string | undefined;
    let idle: NodeJS.Timeout | undefined;
    let over: () => void = () => undefined;
    const done = new Promise<void>((r) => (over = r));
    ch.once("close", over);
    try {
      await ch.prefetch(rest.length);
      ({ consumerTag: tag } = await ch.consume(queue, (msg) => {
        if (!msg) return over(); // cancelled by the broker (the queue went away)
        take(rabbitMessage(ch, msg, live, acksAfter), rest[taken++]!);
        clearTimeout(idle);
        if (taken >= rest.length) over();
        else idle = setTimeout(over, PIPELINE_WAIT_MS);
      }));
      if (taken === 0) idle = setTimeout(over, PIPELINE_WAIT_MS);
      await done;
    } finally {
      clearTimeout(idle);
      ch.off("close", over);
      if (tag) await ch.cancel(tag).catch(() => undefined);
      cancelled();
    }
    return { left: Math.max(0, left - taken) };
  }

  /**
   * The channel a class's attempts come on (one per class: each pull sets its own prefetch), once its
   * queue is there. The coordinator declares it before it names the class on the classes stream or in
   * a hint; a worker only checks (a passive declare needs no configure permission), on this channel,
   * which a missing queue closes: the next pull tries again.
   */
  private async classChannel(connected: Connected, work: WorkClass): Promise<Channel> {
    let ch = connected.classes.get(work.resourceClass);
    if (!ch) {
      const queue = this.client.names.trials(work.resourceClass);
      const fresh = await connected.model.createChannel();
      fresh.on("error", () => undefined);
      try {
        await fresh.checkQueue(queue);
      } catch (cause) {
        throw new TransportError(TransportErrorCode.Unavailable, `RabbitMQ has no queue ${queue}: ${(cause as Error).message}`, { retryable: true, cause });
      }
      // A channel the broker closed (a channel error) is made again on the next pull.
      fresh.once("close", () => connected.classes.delete(work.resourceClass));
      connected.classes.set(work.resourceClass, (ch = fresh));
    }
    return ch;
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
