import type { Consumer, ConsumerMessages } from "@nats-io/jetstream";
import type { Reservation } from "../capacity.js";
import { WorkerCapacity } from "../capacity.js";
import { ClaimScheduler, type PullOutcome } from "../claim-scheduler.js";
import { decodeControl, encodeEvent } from "../codec.js";
import { deliver, type BrokerMessage, type DeliveryTarget } from "../delivery.js";
import type { ControlCommand, WorkerAnnouncement } from "../domain.js";
import { decodeOrCount, newStats, type TransportStats } from "../errors.js";
import type { Claim, ClaimOptions, Subscription, WorkerTransport } from "../transport.js";
import { parseWorkClass, type WorkClass } from "../work-class.js";
import { natsMessage } from "./nats-message.js";
import { natsPublish, publishEvent } from "./nats-publish.js";
import { closeNats, onReconnect, openNats, type NatsContext, type NatsTransportOptions } from "./nats-setup.js";

/** A pull asks this long for messages that are not there yet (the client's minimum). */
const PULL_EXPIRES_MS = 1_000;

export class NatsWorkerTransport implements WorkerTransport {
  readonly stats: TransportStats = newStats();
  private readonly active = new Set<Subscription>();

  private constructor(private readonly ctx: NatsContext) {}

  /**
   * `workerId` gives the connection that worker's reply subjects (`<prefix>.inbox.w.<id>`), which the
   * documented permissions let only that worker read; without it replies go to nats.js's `_INBOX`.
   */
  static async connect(options: NatsTransportOptions & { workerId?: string }): Promise<NatsWorkerTransport> {
    const { workerId, ...rest } = options;
    return new NatsWorkerTransport(await openNats({ name: "hyperfleet-worker", ...rest }, { inboxPrefix: (n) => (workerId ? n.workerInbox(workerId) : undefined), ownsStreams: false }));
  }

  async announce(announcement: WorkerAnnouncement): Promise<void> {
    await natsPublish(this.ctx, this.ctx.names.eventsFrom(announcement.workerId), encodeEvent({ type: "worker", announcement }));
  }

  /**
   * Learns the resource classes by watching: the class consumers are listed once now and again after
   * every reconnect (hints sent meanwhile are lost), and otherwise known from the work hints the
   * coordinator sends with its offers (`<p>.hints.<class>`, carrying the class). A ClaimScheduler
   * shares the worker's room between the classes it can run (the runtime is part of the class, so a
   * worker never pulls attempts of a runtime it lacks); each pull reserves before it fetches and
   * fetches exactly what it reserved.
   */
  async claim(options: ClaimOptions): Promise<Claim> {
    const { ctx } = this;
    const capacity = new WorkerCapacity(options.capabilities, options.slots);
    const target: DeliveryTarget = {
      workerId: options.workerId,
      stats: this.stats,
      capacity,
      publish: (e) => publishEvent(ctx, e),
      brokerBack: ctx.reconnects.next,
      onTrial: options.onTrial,
      maxDeliveries: ctx.maxDeliveries,
      holding: new Map(),
      finished: new Map(),
    };
    const consumers = new Map<string, Consumer>();
    const fetches = new Set<ConsumerMessages>();
    const scheduler = new ClaimScheduler({
      capacity,
      capabilities: options.capabilities,
      pull: (work, room, take) => this.pull(work, room, take, consumers, fetches),
      take: (message, reservation) => deliver(target, message, reservation),
    });
    const hints = ctx.nc.subscribe(ctx.names.allHints(), {
      callback: (err, msg) => {
        const work = err ? undefined : parseWorkClass(msg.string());
        if (work) scheduler.hint(work);
      },
    });
    const list = async (): Promise<void> => {
      for await (const info of ctx.jsm.consumers.list(ctx.names.trialsStream)) {
        const work = parseWorkClass(info.config.description);
        if (work) scheduler.add(work);
      }
    };
    await list().catch(() => undefined);
    const stopWatching = onReconnect(ctx, () => {
      // Attempts held across the outage: restart their leases before the server hands them out again.
      for (const held of target.holding.values()) void held.extend().catch(() => undefined);
      consumers.clear();
      scheduler.recheck();
      void list().catch(() => undefined);
    });
    const sub: Claim = {
      stop: async () => {
        this.active.delete(sub);
        stopWatching();
        hints.unsubscribe();
        // A fetch ends by itself within its expiry while the server is there (stopped earlier, a
        // message it was sent would be lost to its lease); one left after that waits on an absent server.
        const force = setTimeout(() => fetches.forEach((f) => f.stop()), PULL_EXPIRES_MS + 1_000);
        await scheduler.stop();
        clearTimeout(force);
      },
      free: () => capacity.free(),
    };
    this.active.add(sub);
    return sub;
  }

  private async pull(work: WorkClass, room: readonly Reservation[], take: (m: BrokerMessage, r: Reservation) => void, consumers: Map<string, Consumer>, fetches: Set<ConsumerMessages>): Promise<PullOutcome> {
    const { ctx } = this;
    try {
      let consumer = consumers.get(work.resourceClass);
      if (!consumer) {
        consumer = await ctx.js.consumers.get(ctx.names.trialsStream, ctx.names.trialsConsumer(work.resourceClass));
        consumers.set(work.resourceClass, consumer);
      }
      const batch = await consumer.fetch({ max_messages: room.length, expires: PULL_EXPIRES_MS });
      fetches.add(batch);
      try {
        let taken = 0;
        let left: number | undefined = 0;
        for await (const m of batch) {
          take(natsMessage(ctx, m), room[taken++]!);
          left = m.info.pending;
        }
        return { left };
      } finally {
        fetches.delete(batch);
      }
    } catch (err) {
      consumers.delete(work.resourceClass);
      throw err;
    }
  }

  async onControl(workerId: string, handler: (command: ControlCommand) => void): Promise<Subscription> {
    const sub = this.ctx.nc.subscribe(this.ctx.names.control(workerId), {
      callback: (err, msg) => {
        const command = err ? undefined : decodeOrCount(decodeControl, msg.data, this.stats);
        if (command) handler(command);
      },
    });
    return { stop: async () => sub.unsubscribe() };
  }

  /** Stops claiming first, so no pull is left waiting on a closing connection. */
  async close(): Promise<void> {
    await Promise.all([...this.active].map((s) => s.stop()));
    await closeNats(this.ctx);
  }
}
