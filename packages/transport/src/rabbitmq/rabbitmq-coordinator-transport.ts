import type { Channel, ConsumeMessage } from "amqplib";
import { decodeEvent, decodeOffer, encodeControl, encodeEvent, encodeOffer } from "../codec.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { attemptId, type ControlCommand, type TrialOffer, type TransportEvent } from "../domain.js";
import { decodeOrCount, newStats, type TransportStats } from "../errors.js";
import { placementOf } from "../placement.js";
import type { CoordinatorTransport, Subscription } from "../transport.js";
import { formatWorkClass, workClassOf } from "../work-class.js";
import { WorkHints } from "../work-hints.js";
import { RabbitClient, type RabbitTransportOptions } from "./rabbit-client.js";
import { brokerRedeliveries, carriedFrom, carriedHeaders, safe } from "./rabbit-message.js";
import { publishHint } from "./rabbitmq-hints.js";
import { sentByItsWorker } from "./rabbitmq-sender.js";

export class RabbitCoordinatorTransport implements CoordinatorTransport {
  readonly stats: TransportStats = newStats();
  private readonly knownClasses = new Set<string>();
  private readonly hints: WorkHints;

  private constructor(private readonly client: RabbitClient) {
    this.hints = new WorkHints((work) => publishHint(client, work));
  }

  static async connect(options: RabbitTransportOptions): Promise<RabbitCoordinatorTransport> {
    const t = new RabbitCoordinatorTransport(await RabbitClient.open(options, "coordinator"));
    await t.watchDeadLetters();
    return t;
  }

  /** Queues the attempt on its class (resources and runtime), then hints the class so idle workers take it at once. */
  async offer(trial: TrialOffer): Promise<void> {
    const work = workClassOf(placementOf(trial));
    if (!this.knownClasses.has(work.resourceClass)) {
      await this.client.assertClassQueue(work.resourceClass);
      // Workers read the classes stream from its start, so they learn classes declared before they came.
      await this.client.sendToQueue(this.client.names.classes, new TextEncoder().encode(formatWorkClass(work)));
      this.knownClasses.add(work.resourceClass);
    }
    await this.client.sendToQueue(this.client.names.trials(work.resourceClass), encodeOffer(trial), { messageId: attemptId(trial), ...(trial.carried ? { headers: carriedHeaders(trial.carried) } : {}) });
    this.stats.offered++;
    this.hints.notify(work);
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    await this.client.publish(this.client.names.control, workerId, encodeControl(command));
  }

  /**
   * Consumes the events queue in queue order, up to 256 events in flight, acknowledging each after its
   * handler. Events delivered to a coordinator that dies unacknowledged go back to the queue as soon as
   * the broker sees its connection close (at once after a kill -9 on a live host; after two missed AMQP
   * heartbeats if the host vanished), and the next coordinator gets them first. An event that came
   * through the events exchange in the name of a worker other than its routing key's is counted in
   * `stats.rejected` and dropped (rabbitmq-sender.ts).
   */
  async consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    const tags: { ch: Channel; tag: string }[] = [];
    let stopped = false;
    await this.client.onConnected(async (model) => {
      if (stopped) return;
      const ch = await model.createChannel();
      ch.on("error", () => undefined);
      await ch.prefetch(256);
      // Handed over in queue order as they arrive, up to the prefetch in flight (the handler orders
      // what must be ordered); each acknowledged once handled.
      const { consumerTag } = await ch.consume(this.client.names.events, (msg) => {
        if (msg) void this.handleEvent(ch, msg, handler);
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
    if (!sentByItsWorker(this.client.names, msg, event)) {
      this.stats.rejected++;
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

  /** Attempts dead-lettered after their last lost delivery come back as retryable failures. */
  private async watchDeadLetters(): Promise<void> {
    await this.client.onConnected(async (model) => {
      const ch = await model.createChannel();
      ch.on("error", () => undefined);
      await ch.consume(this.client.names.dead, (msg) => {
        if (!msg) return;
        void (async () => {
          try {
            const offer = decodeOffer(msg.content);
            const carried = carriedFrom(msg.properties.headers);
            const count = brokerRedeliveries(msg.properties.headers);
            await this.client.sendToQueue(this.client.names.events, encodeEvent(maxDeliveriesResult(offer, carried.lost + count, carried.deliveries + count)));
          } catch {
            this.stats.malformed++;
          }
          safe(() => ch.ack(msg));
        })();
      });
    });
  }

  async close(): Promise<void> {
    this.hints.close();
    await this.client.close();
  }
}
