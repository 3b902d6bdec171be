import type { Consumer, ConsumerMessages, JsMsg } from "@nats-io/jetstream";
import type { Subscription as NatsSubscription } from "@nats-io/transport-node";
import { decodeEvent, decodeOffer, encodeControl, encodeEvent, encodeOffer } from "../codec.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { attemptId, workerOf, type ControlCommand, type TrialOffer, type TransportEvent } from "../domain.js";
import { decodeOrCount, newStats, TransportError, TransportErrorCode, type TransportStats } from "../errors.js";
import { placementOf } from "../placement.js";
import { retryWait } from "../publish-durably.js";
import type { CoordinatorTransport, Subscription } from "../transport.js";
import { parseWorkClass, workClassOf, type WorkClass } from "../work-class.js";
import { WorkHints } from "../work-hints.js";
import { carriedFrom, carriedHeaders } from "./nats-message.js";
import { token } from "./nats-names.js";
import { natsPublish, publishClass, publishHint } from "./nats-publish.js";
import { ensureClassConsumer, ensureEventsConsumer, EVENTS_ACK_WAIT_MS, closeNats, onReconnect, openNats, type NatsContext, type NatsTransportOptions } from "./nats-setup.js";

export class NatsCoordinatorTransport implements CoordinatorTransport {
  readonly stats: TransportStats = newStats();
  private readonly knownClasses = new Set<string>();
  private readonly active = new Set<Subscription>();
  private readonly hints: WorkHints;
  private advisory: NatsSubscription | undefined;

  private constructor(private readonly ctx: NatsContext) {
    this.hints = new WorkHints((work) => publishHint(ctx, work));
  }

  /**
   * Connects and puts every existing class consumer's class on the classes stream (consumers of an
   * earlier version have no entry there), so workers find them; a class that fails here gets its
   * entry at its next offer.
   */
  static async connect(options: NatsTransportOptions): Promise<NatsCoordinatorTransport> {
    const t = new NatsCoordinatorTransport(await openNats({ name: "hyperfleet-coordinator", ...options }, { inboxPrefix: (n) => n.coordinatorInbox, ownsStreams: true }));
    t.watchDeadLetters();
    await t.publishConsumerClasses().catch(() => undefined);
    return t;
  }

  /** The class of every class consumer on the trials stream, put on the classes stream (once each). */
  private async publishConsumerClasses(): Promise<void> {
    const found: WorkClass[] = [];
    for await (const info of this.ctx.jsm.consumers.list(this.ctx.names.trialsStream)) {
      const work = parseWorkClass(info.config.description);
      if (work) found.push(work);
    }
    for (const work of found) {
      await publishClass(this.ctx, work);
      this.knownClasses.add(work.resourceClass);
    }
  }

  /**
   * Queues the attempt on its class (resources and runtime), then hints the class so idle workers pull
   * at once. The attempt id is the message id: JetStream drops a duplicate offer (a coordinator that
   * restarted re-offering what it had offered) inside the trials stream's duplicate window (a day). A
   * re-queue after a hand-back is a fresh copy, with the counts in headers and an id of its own.
   */
  async offer(trial: TrialOffer): Promise<void> {
    const work = workClassOf(placementOf(trial));
    if (!this.knownClasses.has(work.resourceClass)) {
      try {
        await ensureClassConsumer(this.ctx, work);
        await publishClass(this.ctx, work);
      } catch (cause) {
        throw new TransportError(TransportErrorCode.Unavailable, `cannot set up the consumer of class ${work.resourceClass}: ${(cause as Error).message}`, { retryable: true, cause });
      }
      this.knownClasses.add(work.resourceClass);
    }
    const copy = trial.carried ? { headers: carriedHeaders(trial.carried), msgID: `${attemptId(trial)}@${trial.carried.deliveries}` } : { msgID: attemptId(trial) };
    await natsPublish(this.ctx, this.ctx.names.trialsSubject(work.resourceClass), encodeOffer(trial), copy);
    this.stats.offered++;
    this.hints.notify(work);
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    this.ctx.nc.publish(this.ctx.names.control(workerId), encodeControl(command));
  }

  /**
   * Fetches batches from the coordinator's durable consumer and hands each event over as it arrives
   * (many in flight at once, acknowledged as each is handled). The consumer's ack wait is short
   * (EVENTS_ACK_WAIT_MS), so after a coordinator dies (kill -9) the events it held come back within
   * seconds; while this one works through a batch, every event of it that is not acknowledged yet gets
   * an in-progress ack (+WPI) each third of the ack wait, from the moment it arrives, so none is
   * redelivered (out of order) while it waits its turn.
   */
  async consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    const { js, names } = this.ctx;
    await ensureEventsConsumer(this.ctx);
    let running = true;
    // The fetch in flight: stopped at once on stop() and after a reconnect (its events, unacknowledged,
    // come back after the ack wait), since a fetch waits out a disconnected server and ends only a
    // couple of missed heartbeats after it is back.
    let batch: ConsumerMessages | undefined;
    const stopWatching = onReconnect(this.ctx, () => batch?.stop());
    const held = new Set<JsMsg>();
    const keepAlive = setInterval(() => {
      for (const m of held) {
        try {
          m.working();
        } catch {
          // the connection is closed: the events come back to the next coordinator
        }
      }
    }, EVENTS_ACK_WAIT_MS / 3);
    keepAlive.unref?.();
    const loop = (async () => {
      let consumer: Consumer | undefined;
      for (let failures = 0; running; ) {
        try {
          consumer ??= await js.consumers.get(names.eventsStream, names.coordinatorConsumer);
          batch = await consumer.fetch({ max_messages: 256, expires: 1000 });
          await this.handleBatch(batch, held, handler, () => running);
          failures = 0;
        } catch {
          consumer = undefined;
          if (running) await retryWait(failures++, this.ctx.reconnects.next);
        } finally {
          held.clear();
        }
      }
    })();
    return this.track({
      stop: async () => {
        running = false;
        stopWatching();
        batch?.stop();
        await loop;
        clearInterval(keepAlive);
      },
    });
  }

  /**
   * One fetch: every event is handed over as it arrives, without waiting for the ones before it (the
   * handler orders what must be ordered), kept alive (in `held`) until its call settles, and
   * acknowledged then. The fetch is over once all of its events are.
   */
  private async handleBatch(batch: ConsumerMessages, held: Set<JsMsg>, handler: (event: TransportEvent) => Promise<void> | void, running: () => boolean): Promise<void> {
    const settling = new Set<Promise<void>>();
    try {
      for await (const m of batch) {
        // Left unhandled when stopping: not acknowledged, so the next coordinator gets them after the ack wait.
        if (!running()) break;
        held.add(m);
        const handled = this.handleEvent(m, handler).finally(() => {
          held.delete(m);
          settling.delete(handled);
        });
        settling.add(handled);
      }
    } finally {
      // A fetch that fails (missed idle heartbeats while the server is slow or away) ends here too: the
      // events read so far are handled first, then the failure reaches the loop, which fetches again.
      if (!running()) batch.stop();
      await Promise.all(settling);
    }
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
    const sender = this.ctx.names.senderOf(m.subject);
    if (sender !== undefined && sender !== token(workerOf(event) ?? "")) {
      // Sent on one worker's subject in another's name: the permissions bind the subject, not the payload.
      this.stats.rejected++;
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
   * JetStream advises when an attempt has used up its deliveries (the workers holding it kept dying;
   * hand-backs are fresh copies and never count). The message is read back, reported as a retryable
   * failure on the durable event stream and removed.
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
            const carried = carriedFrom(stored.header);
            const result = maxDeliveriesResult(offer, carried.lost + advisory.deliveries, carried.deliveries + advisory.deliveries);
            await natsPublish(this.ctx, names.jobEvents(offer.jobId), encodeEvent(result), { msgID: `dead-${attemptId(offer)}` });
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
    this.hints.close();
    await closeNats(this.ctx);
  }
}
