import { AckPolicy, type Consumer, type ConsumerInfo, type ConsumerMessages } from "@nats-io/jetstream";
import type { Reservation } from "../capacity.js";
import { WorkerCapacity } from "../capacity.js";
import { ClaimScheduler, type PullOutcome } from "../claim-scheduler.js";
import { decodeControl, encodeEvent } from "../codec.js";
import { deliver, type BrokerMessage, type DeliveryTarget } from "../delivery.js";
import type { ControlCommand, WorkerAnnouncement } from "../domain.js";
import { decodeOrCount, newStats, type TransportStats } from "../errors.js";
import { sleep } from "../publish-durably.js";
import type { Claim, ClaimOptions, Subscription, WorkerTransport } from "../transport.js";
import { parseWorkClass, type WorkClass } from "../work-class.js";
import { natsMessage } from "./nats-message.js";
import { natsPublish, publishEvent } from "./nats-publish.js";
import { closeNats, onReconnect, openNats, type NatsContext, type NatsTransportOptions } from "./nats-setup.js";

/** A pull asks this long for messages that are not there yet (the client's minimum). */
const PULL_EXPIRES_MS = 1_000;

/**
 * Probes of a class found empty (pulls although no hint came). On NATS attempts come back without a
 * hint only when a lease runs out (a worker died or lost the server: JetStream redelivers after the
 * ack wait; hand-backs are re-offered with a hint), and only while a class is quiet does anyone wait
 * for a probe: offers to a busy class hint it, and the pulls that follow take what came back. So the
 * first probe comes a lease after the class was found empty (the lease this worker is configured
 * with, 30 s by default), when the attempts of a worker that died by then are back, and the waits
 * double up to 5 min; each is drawn between half and all of that, so a fleet's probes spread out. An
 * attempt back from a lost lease in a class quiet for minutes waits at most 5 min for a probe, about
 * 2 on average with one idle worker on its class and about 4/k with k. An idle worker asks the server
 * about each class two or three times in its first minutes (and again after a reconnect), then about
 * once in 4 minutes.
 */
const MAX_PROBE_MS = 5 * 60_000;

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
   * Learns the resource classes by watching: it subscribes to the class entries (`<p>.classes.*`,
   * core NATS: a class the coordinator sets up reaches it at once) and to the work hints
   * (`<p>.hints.<class>`, carrying the class), then reads what the classes stream already holds, once
   * now (claim() does not wait for it) and again after every reconnect (entries published meanwhile
   * were missed). An idle worker costs the server two subscriptions and a probe of each class every
   * few minutes. A ClaimScheduler shares the worker's room between the classes it can run (the runtime
   * is part of the class, so a worker never pulls attempts of a runtime it lacks); each pull reserves
   * before it fetches and fetches exactly what it reserved.
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
      probeMs: ctx.leaseMs,
      maxProbeMs: MAX_PROBE_MS,
    });
    // Hints repeat the same few texts, to every idle worker, many times a second: each is parsed once.
    const parsed = new Map<string, WorkClass | undefined>();
    const learn = (text: string, hinted: boolean): void => {
      if (!parsed.has(text)) {
        if (parsed.size >= 1_000) parsed.clear();
        parsed.set(text, parseWorkClass(text));
      }
      const work = parsed.get(text);
      if (work && hinted) scheduler.hint(work);
      else if (work) scheduler.add(work);
    };
    const subs = [false, true].map((hinted) =>
      ctx.nc.subscribe(hinted ? ctx.names.allHints() : ctx.names.allClasses(), {
        callback: (err, msg) => {
          if (!err) learn(msg.string(), hinted);
        },
      }),
    );
    // Both subscriptions are in place at the server before the stream is read: nothing falls between.
    await ctx.nc.flush().catch(() => undefined);
    const reader = new ClassReader(ctx, (text) => learn(text, false));
    reader.read();
    const stopWatching = onReconnect(ctx, () => {
      // Attempts held across the outage: restart their leases before the server hands them out again.
      for (const held of target.holding.values()) void held.extend().catch(() => undefined);
      scheduler.recheck();
      reader.read();
    });
    const sub: Claim = {
      stop: async () => {
        this.active.delete(sub);
        stopWatching();
        reader.stop();
        for (const s of subs) s.unsubscribe();
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

  /**
   * One fetch from the class's durable consumer, which the coordinator made before it named the class.
   * The worker neither asks for the consumer's info first nor after a reconnect (`bind`): a pull names
   * the consumer, and one that is not there is a failed pull, retried with backoff.
   */
  private async pull(work: WorkClass, room: readonly Reservation[], take: (m: BrokerMessage, r: Reservation) => void, consumers: Map<string, Consumer>, fetches: Set<ConsumerMessages>): Promise<PullOutcome> {
    const { ctx } = this;
    let consumer = consumers.get(work.resourceClass);
    if (!consumer) {
      consumer = ctx.js.consumers.getConsumerFromInfo(classConsumerInfo(ctx.names.trialsStream, ctx.names.trialsConsumer(work.resourceClass)));
      consumers.set(work.resourceClass, consumer);
    }
    const batch = await consumer.fetch({ max_messages: room.length, expires: PULL_EXPIRES_MS, bind: true });
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

/**
 * Reads the classes stream whole, now and after each reconnect (read() again: an older round gives
 * up). A round that cannot read it (the stream is missing: a coordinator of an earlier version, or
 * none has run yet; the server is busy or away) lists the class consumers instead, as workers of
 * earlier versions did, and if that fails too tries again later, waiting 1 s, doubling to 1 min: the
 * class entries that a coordinator publishes meanwhile reach the worker's subscription anyway.
 */
class ClassReader {
  private round = 0;
  private stopped = false;

  constructor(
    private readonly ctx: NatsContext,
    private readonly learn: (text: string) => void,
  ) {}

  read(): void {
    const round = ++this.round;
    void this.run(round);
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(round: number): Promise<void> {
    const current = () => !this.stopped && round === this.round && !this.ctx.nc.isClosed();
    for (let failures = 0; current(); failures++) {
      if (await this.readStream().then(() => true, () => false)) return;
      if (!current()) return;
      if (await this.listConsumers().then(() => true, () => false)) return;
      await sleep(Math.min(60_000, 1_000 * 2 ** failures));
    }
  }

  /** Every entry, oldest first, with direct gets (`{seq, next_by_subj}`): one request per class, and nothing created on the server. */
  private async readStream(): Promise<void> {
    const { ctx } = this;
    for (let seq = 1; ; ) {
      const m = await ctx.jsm.direct.getMessage(ctx.names.classesStream, { seq, next_by_subj: ctx.names.allClasses() });
      if (!m) return;
      this.learn(m.string());
      seq = m.seq + 1;
    }
  }

  private async listConsumers(): Promise<void> {
    for await (const info of this.ctx.jsm.consumers.list(this.ctx.names.trialsStream)) if (info.config.description) this.learn(info.config.description);
  }
}

/** What a bound fetch needs of a durable consumer (its stream and name), without asking the server. */
function classConsumerInfo(stream: string, name: string): ConsumerInfo {
  const none = { consumer_seq: 0, stream_seq: 0 };
  return {
    stream_name: stream,
    name,
    created: new Date(0).toISOString(),
    config: { durable_name: name, name, ack_policy: AckPolicy.Explicit },
    delivered: none,
    ack_floor: none,
    num_ack_pending: 0,
    num_redelivered: 0,
    num_waiting: 0,
    num_pending: 0,
    push_bound: false,
  } as ConsumerInfo;
}
