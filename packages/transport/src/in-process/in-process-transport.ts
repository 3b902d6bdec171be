import { WorkerCapacity } from "../capacity.js";
import { ClaimScheduler } from "../claim-scheduler.js";
import { decodeControl, decodeEvent, encodeControl, encodeEvent, encodeOffer } from "../codec.js";
import { deliver, type DeliveryTarget } from "../delivery.js";
import type { ControlCommand, TrialOffer, TransportEvent, WorkerAnnouncement } from "../domain.js";
import { decodeOrCount } from "../errors.js";
import { placementOf } from "../placement.js";
import type { Claim, ClaimOptions, CoordinatorTransport, Subscription, WorkerTransport } from "../transport.js";
import { workClassOf } from "../work-class.js";
import { InProcessBroker, type InProcessOptions } from "./in-process-broker.js";

export class InProcessCoordinatorTransport implements CoordinatorTransport {
  constructor(private readonly broker: InProcessBroker) {}

  get stats() {
    return this.broker.stats;
  }

  async offer(trial: TrialOffer): Promise<void> {
    this.broker.publishOffer(workClassOf(placementOf(trial)), encodeOffer(trial), trial.carried);
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    this.broker.publishControl(workerId, encodeControl(command));
  }

  async consumeEvents(handler: (event: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    let running = true;
    const loop = (async () => {
      while (running) {
        const next = await this.broker.nextEvent(() => !running);
        if (!next || !running) return;
        const event = decodeOrCount(decodeEvent, next.bytes, this.broker.stats);
        if (!event) {
          next.ack();
          continue;
        }
        try {
          await handler(event);
          this.broker.stats.events++;
          next.ack();
        } catch {
          // Not acknowledged: the same event comes again after a short pause.
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    })();
    return {
      stop: async () => {
        running = false;
        this.broker.wakeEventReaders();
        await loop;
      },
    };
  }

  async close(): Promise<void> {}
}

export class InProcessWorkerTransport implements WorkerTransport {
  constructor(private readonly broker: InProcessBroker) {}

  get stats() {
    return this.broker.stats;
  }

  async announce(announcement: WorkerAnnouncement): Promise<void> {
    this.broker.publishEvent(encodeEvent({ type: "worker", announcement }));
  }

  async claim(options: ClaimOptions): Promise<Claim> {
    const capacity = new WorkerCapacity(options.capabilities, options.slots);
    const publish = async (e: TransportEvent): Promise<void> => this.broker.publishEvent(encodeEvent(e));
    const target: DeliveryTarget = { workerId: options.workerId, stats: this.broker.stats, capacity, publish, onTrial: options.onTrial, holding: new Map(), finished: new Map() };
    const scheduler = new ClaimScheduler({
      capacity,
      capabilities: options.capabilities,
      pull: (work, room, take) => this.broker.pull(work, room, take),
      take: (message, reservation) => deliver(target, message, reservation),
    });
    const remove = this.broker.addClaimer(scheduler);
    return {
      stop: async () => {
        remove();
        await scheduler.stop();
      },
      free: () => capacity.free(),
    };
  }

  async onControl(workerId: string, handler: (command: ControlCommand) => void): Promise<Subscription> {
    const remove = this.broker.subscribeControl(workerId, (bytes) => {
      const command = decodeOrCount(decodeControl, bytes, this.broker.stats);
      if (command) handler(command);
    });
    return { stop: async () => void remove() };
  }

  async close(): Promise<void> {}
}

/** One broker shared by the coordinator and the workers of the embedded mode. */
export function createInProcessTransport(options: InProcessOptions = {}) {
  const broker = new InProcessBroker(options);
  return {
    broker,
    coordinator: new InProcessCoordinatorTransport(broker),
    worker: () => new InProcessWorkerTransport(broker),
    close: async () => broker.close(),
  };
}
