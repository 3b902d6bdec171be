import { AckPolicy, DeliverPolicy, type Consumer, type JsMsg } from "@nats-io/jetstream";
import { nanos, type Subscription as NatsSubscription } from "@nats-io/transport-node";
import { WorkerCapacity } from "../capacity.js";
import { decodeControl, decodeEvent, decodeOffer, encodeControl, encodeEvent, encodeOffer } from "../codec.js";
import { deliver, type BrokerMessage } from "../delivery.js";
import { attemptId, type ControlCommand, type ResourceRequest, type TrialOffer, type TransportEvent, type WorkerAnnouncement } from "../domain.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { decodeOrCount, newStats, TransportError, TransportErrorCode, type TransportStats } from "../errors.js";
import { canSatisfy, resourceClassOf } from "../placement.js";
import type { ClaimOptions, CoordinatorTransport, Subscription, WorkerTransport } from "../transport.js";
import { ensureClassConsumer, openNats, type NatsContext, type NatsTransportOptions } from "./nats-setup.js";

const RETRY_MS = [100, 250, 500, 1000, 2000];

async function publish(ctx: NatsContext, subject: string, data: Uint8Array, msgID?: string): Promise<void> {
  try {
    await ctx.js.publish(subject, data, msgID ? { msgID } : undefined);
  } catch (cause) {
    throw new TransportError(TransportErrorCode.Unavailable, `publish to ${subject} failed: ${(cause as Error).message}`, { retryable: true, cause });
  }
}

function eventSubject(ctx: NatsContext, e: TransportEvent): string {
  return e.type === "worker" ? ctx.names.workerEvents() : ctx.names.jobEvents(e.jobId);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class NatsCoordinatorTransport implements CoordinatorTransport {
  readonly stats: TransportStats = newStats();
  private readonly knownClasses = new Set<string>();
  private readonly active = new Set<Subscription>();
  private advisory: NatsSubscription | undefined;

  private constructor(private readonly ctx: NatsContext) {}

  static async connect(options: NatsTransportOptions): Promise<NatsCoordinatorTransport> {
    const t = new NatsCoordinatorTransport(await openNats({ name: "hyperfleet-coordinator", ...options }));
    t.watchDeadLetters();
    return t;
  }

  async offer(trial: TrialOffer): Promise<void> {
    const cls = resourceClassOf(trial.resources);
    if (!this.knownClasses.has(cls)) {
      await ensureClassConsumer(this.ctx, cls, trial.resources);
      this.knownClasses.add(cls);
    }
    // The attempt id is the message id: JetStream drops a duplicate offer inside its window.
    await publish(this.ctx, this.ctx.names.trialsSubject(cls), encodeOffer(trial), attemptId(trial));
    this.stats.offered++;
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    this.ctx.nc.publish(this.ctx.names.control(workerId), encodeControl(command));
  }

  async consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    const { jsm, js, names } = this.ctx;
    try {
      await jsm.consumers.info(names.eventsStream, names.coordinatorConsumer);
    } catch {
      await jsm.consumers.add(names.eventsStream, {
        durable_name: names.coordinatorConsumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(30_000),
        max_ack_pending: 1024,
      });
    }
    let running = true;
    const loop = (async () => {
      let failures = 0;
      while (running) {
        try {
          const consumer = await js.consumers.get(names.eventsStream, names.coordinatorConsumer);
          const batch = await consumer.fetch({ max_messages: 256, expires: 1000 });
          for await (const m of batch) {
            if (!running) break;
            await this.handleEvent(m, handler);
          }
          failures = 0;
        } catch {
          if (!running) break;
          await sleep(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!);
        }
      }
    })();
    return this.track({
      stop: async () => {
        running = false;
        await loop;
      },
    });
  }

  private track(sub: Subscription): Subscription {
    const tracked: Subscription = {
      stop: async () => {
        this.active.delete(tracked);
        await sub.stop();
      },
    };
    this.active.add(tracked);
    return tracked;
  }

  private async handleEvent(m: JsMsg, handler: (event: TransportEvent) => Promise<void> | void): Promise<void> {
    const event = decodeOrCount(decodeEvent, m.data, this.stats);
    if (!event) {
      m.term();
      return;
    }
    try {
      await handler(event);
    } catch {
      m.nak(250);
      return;
    }
    this.stats.events++;
    m.ack();
  }

  /**
   * JetStream advises when an attempt has used up its deliveries (workers kept dying on it). The
   * message is read back, reported as a retryable failure on the durable event stream and removed.
   */
  private watchDeadLetters(): void {
    const { nc, names, jsm } = this.ctx;
    this.advisory = nc.subscribe(`$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${names.trialsStream}.*`, {
      callback: (err, msg) => {
        if (err) return;
        void (async () => {
          try {
            const advisory = JSON.parse(new TextDecoder().decode(msg.data)) as { stream_seq: number; deliveries: number };
            const stored = await jsm.streams.getMessage(names.trialsStream, { seq: advisory.stream_seq });
            if (!stored) return;
            const offer = decodeOffer(stored.data);
            await publish(this.ctx, names.jobEvents(offer.jobId), encodeEvent(maxDeliveriesResult(offer, advisory.deliveries)), `dead-${attemptId(offer)}`);
            await jsm.streams.deleteMessage(names.trialsStream, advisory.stream_seq);
          } catch {
            this.stats.malformed++;
          }
        })();
      },
    });
  }

  /** Stops the event loops first, so no pull is left waiting on a closing connection. */
  async close(): Promise<void> {
    await Promise.all([...this.active].map((s) => s.stop()));
    this.advisory?.unsubscribe();
    await this.ctx.nc.drain().catch(() => undefined);
  }
}

export class NatsWorkerTransport implements WorkerTransport {
  readonly stats: TransportStats = newStats();
  private readonly active = new Set<Subscription>();

  private constructor(private readonly ctx: NatsContext) {}

  static async connect(options: NatsTransportOptions): Promise<NatsWorkerTransport> {
    return new NatsWorkerTransport(await openNats({ name: "hyperfleet-worker", ...options }));
  }

  async announce(announcement: WorkerAnnouncement): Promise<void> {
    await publish(this.ctx, this.ctx.names.workerEvents(), encodeEvent({ type: "worker", announcement }));
  }

  /**
   * Finds the resource classes this worker can run (from the class consumers' descriptions, every
   * second) and runs one pull loop per class. Each loop reserves room in the worker's capacity
   * before it pulls, so the worker never holds more attempts than it has slots and GPUs for.
   */
  async claim(options: ClaimOptions): Promise<Subscription> {
    const capacity = new WorkerCapacity(options.capabilities, options.slots);
    const loops = new Map<string, Promise<void>>();
    let running = true;
    const discover = async (): Promise<void> => {
      const lister = this.ctx.jsm.consumers.list(this.ctx.names.trialsStream);
      for await (const info of lister) {
        const described = parseDescription(info.config.description);
        if (!described || loops.has(described.resourceClass) || !canSatisfy(options.capabilities, described.request)) continue;
        loops.set(described.resourceClass, this.pullLoop(info.name, described.request, capacity, options, () => running));
      }
    };
    const discovery = (async () => {
      while (running) {
        await discover().catch(() => undefined);
        for (let i = 0; i < 10 && running; i++) await sleep(100);
      }
    })();
    const sub: Subscription = {
      stop: async () => {
        this.active.delete(sub);
        running = false;
        await discovery;
        await Promise.all(loops.values());
      },
    };
    this.active.add(sub);
    return sub;
  }

  private async pullLoop(consumerName: string, request: ResourceRequest, capacity: WorkerCapacity, options: ClaimOptions, isRunning: () => boolean): Promise<void> {
    const publishEvent = (e: TransportEvent) => publish(this.ctx, eventSubject(this.ctx, e), encodeEvent(e));
    const target = { workerId: options.workerId, stats: this.stats, capacity, publish: publishEvent, onTrial: options.onTrial, pipelineClaim: true };
    let failures = 0;
    let consumer: Consumer | undefined;
    while (isRunning()) {
      // GPU work keeps its slots through WorkerCapacity (one per free GPU), so loops need no ordering.
      const reserved = capacity.reserve(request, Math.max(1, capacity.slots));
      if (reserved.length === 0) {
        await Promise.race([capacity.changed(), sleep(250)]);
        continue;
      }
      try {
        consumer ??= await this.ctx.js.consumers.get(this.ctx.names.trialsStream, consumerName);
        const batch = await consumer.fetch({ max_messages: reserved.length, expires: 1000 });
        for await (const m of batch) deliver(target, natsMessage(m), reserved.shift()!);
        failures = 0;
      } catch {
        consumer = undefined;
        await sleep(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]!);
      } finally {
        // Room reserved for messages the fetch did not bring.
        for (const r of reserved) capacity.release(r);
      }
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
    await this.ctx.nc.drain().catch(() => undefined);
  }
}

/** JetStream's side of a delivery. */
function natsMessage(m: JsMsg): BrokerMessage {
  return {
    data: m.data,
    deliveryCount: m.info.deliveryCount,
    extendLease: () => m.working(),
    // A plain ack: if it is lost the attempt comes again and its result, keyed by attempt, is a duplicate.
    ack: () => m.ack(),
    nack: () => m.nak(),
    term: () => m.term(),
  };
}

function parseDescription(description: string | undefined): { resourceClass: string; request: ResourceRequest } | undefined {
  if (!description) return undefined;
  try {
    const parsed = JSON.parse(description) as { resourceClass?: unknown; request?: ResourceRequest };
    return typeof parsed.resourceClass === "string" && parsed.request ? { resourceClass: parsed.resourceClass, request: parsed.request } : undefined;
  } catch {
    return undefined;
  }
}
