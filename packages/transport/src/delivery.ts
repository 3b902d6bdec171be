import type { Reservation, WorkerCapacity } from "./capacity.js";
import { claimedTrial } from "./claimed-trial.js";
import { decodeOffer } from "./codec.js";
import { maxDeliveriesResult } from "./dead-letter.js";
import { attemptId, NOTHING_CARRIED, type Carried, type TransportEvent } from "./domain.js";
import { decodeOrCount, type TransportStats } from "./errors.js";
import { untilSent, type BrokerBack } from "./publish-durably.js";
import type { ClaimedTrial } from "./transport.js";

/**
 * The broker-specific part of one delivered work message, which is all an adapter writes: the rest
 * of a delivery (counting, decoding, the claim event, the lease, the capacity) is `deliver`'s.
 */
export interface BrokerMessage {
  readonly data: Uint8Array;
  /** The broker's delivery count of this copy: 1 on its first delivery. */
  readonly deliveryCount: number;
  /** The broker marks it as delivered before, where it may keep no count (RabbitMQ's redelivered bit). */
  readonly redelivered?: boolean;
  /** What earlier copies carried over (absent on the coordinator's own offer). */
  readonly carried?: Carried;
  /** Restarts the lease (JetStream's +WPI; nothing on RabbitMQ, whose lease is the connection). */
  extendLease(): void | Promise<void>;
  /**
   * Takes the attempt off its queue: its result, or its hand-back (`released`, which the coordinator
   * answers with a fresh copy), is durable. Resolves once the broker has the ack, or it cannot be given any more.
   */
  ack(): void | Promise<void>;
  /** Drops, for good, a message that will never decode or has used up its deliveries. */
  term(): void;
}

/** What one worker's claim gives each of its deliveries. */
export interface DeliveryTarget {
  workerId: string;
  stats: TransportStats;
  capacity: WorkerCapacity;
  publish: (event: TransportEvent) => Promise<void>;
  /** Resolves at the broker's next reconnect: publishes waiting for it go at once (absent in-process). */
  brokerBack?: BrokerBack;
  onTrial: (trial: ClaimedTrial) => void;
  /**
   * Lost deliveries after which a copy that carried some is given up on here (the broker's own limit
   * only sees the copy's deliveries). Absent where the broker keeps the whole count (in-process).
   */
  maxDeliveries?: number;
  /** The attempts this worker holds now, by attempt id: a second delivery of one joins the first. */
  holding: Map<string, HeldAttempt>;
  /**
   * Attempts this worker finished (result durable, ack given), by attempt id, with when. Delivered
   * again (a lease that ran out while the broker was away; an ack that could not be given on a lost
   * RabbitMQ connection; a redelivery racing the ack), one is acknowledged, not run again.
   */
  finished: Map<string, number>;
}

/** How long an attempt is remembered in `finished`: past any outage that a lease would survive. */
const FINISHED_MEMORY_MS = 3600_000;

/** The broker messages behind one held attempt: one, or more once a lease lost in an outage brought it back to this worker. */
export interface HeldAttempt {
  adopt(message: BrokerMessage): void;
  /** Restarts the lease of every message behind it (after a reconnect, before the broker hands them out again). */
  extend(): Promise<void>;
}

/**
 * One delivery of a work message the worker has reserved room for: counts it, decodes the offer (a
 * malformed one is counted, dropped and its room given back), and hands the worker a ClaimedTrial
 * that publishes the claim and holds exactly the reservation's GPUs until it is settled. An attempt
 * past its delivery limit is reported and dropped; one this worker already holds (its lease ran out
 * while the broker was away, and it came back here) is not run twice: the new message joins the held
 * attempt and is settled with it.
 */
export function deliver(target: DeliveryTarget, message: BrokerMessage, reservation: Reservation): void {
  const { stats, capacity } = target;
  stats.delivered++;
  if (message.deliveryCount > 1 || message.redelivered) stats.redelivered++;
  const offer = decodeOrCount(decodeOffer, message.data, stats);
  if (!offer) {
    capacity.release(reservation);
    message.term();
    return;
  }
  const carried = message.carried ?? NOTHING_CARRIED;
  const delivery = carried.deliveries + message.deliveryCount;
  const lost = carried.lost + message.deliveryCount - 1;
  const id = attemptId(offer);
  if (target.finished.has(id)) {
    capacity.release(reservation);
    void message.ack();
    return;
  }
  const held = target.holding.get(id);
  if (held) {
    capacity.release(reservation);
    held.adopt(message);
    return;
  }
  if (target.maxDeliveries !== undefined && lost >= target.maxDeliveries) {
    capacity.release(reservation);
    void untilSent(() => target.publish(maxDeliveriesResult(offer, lost, delivery, target.workerId)), target.brokerBack).then(
      () => message.term(),
      () => undefined,
    );
    return;
  }
  const messages = [message];
  const extend = async (): Promise<void> => {
    for (const m of messages) await m.extendLease();
  };
  target.holding.set(id, { adopt: (m) => void messages.unshift(m), extend });
  // The room comes back only once the broker has the settlement: until then the attempt is still this worker's.
  const settle = async (how: (newest: BrokerMessage) => void | Promise<void>): Promise<void> => {
    try {
      const [newest, ...older] = messages;
      await how(newest!);
      for (const m of older) await m.ack();
    } finally {
      target.holding.delete(id);
      capacity.release(reservation);
    }
  };
  const lease = {
    extend,
    ack: () =>
      settle(async (m) => {
        remember(target.finished, id);
        await m.ack();
      }),
    // Not remembered as finished: the coordinator's fresh copy may come back to this worker.
    handBack: () => settle((m) => m.ack()),
  };
  target.onTrial(claimedTrial({ offer, delivery, lost, gpus: reservation.gpus, workerId: target.workerId, lease, publish: target.publish, ...(target.brokerBack ? { brokerBack: target.brokerBack } : {}) }));
}

function remember(finished: Map<string, number>, id: string): void {
  const now = Date.now();
  for (const [old, at] of finished) {
    if (now - at < FINISHED_MEMORY_MS) break;
    finished.delete(old);
  }
  finished.set(id, now);
}
