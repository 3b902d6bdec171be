import type { Reservation, WorkerCapacity } from "./capacity.js";
import { claimedTrial } from "./claimed-trial.js";
import { decodeOffer } from "./codec.js";
import { attemptKey, type TransportEvent } from "./domain.js";
import { decodeOrCount, type TransportStats } from "./errors.js";
import type { ClaimedTrial } from "./transport.js";

/**
 * The broker-specific part of one delivered work message, which is all an adapter writes: the rest
 * of a delivery (counting, decoding, the claim event, the lease, the capacity) is `deliver`'s.
 */
export interface BrokerMessage {
  readonly data: Uint8Array;
  /** 1 on the first delivery. */
  readonly deliveryCount: number;
  /** The broker marks it as delivered before, where it may keep no count (RabbitMQ's redelivered bit). */
  readonly redelivered?: boolean;
  /** Restarts the lease (JetStream's +WPI; nothing on RabbitMQ, whose lease is the connection). */
  extendLease(): void | Promise<void>;
  /** Takes the attempt off its queue: its result is durable. */
  ack(): void | Promise<void>;
  /** Hands the attempt back at once, for another worker. */
  nack(): void | Promise<void>;
  /** Drops, for good, a message that will never decode. */
  term(): void;
}

/** What one worker's claim gives each of its deliveries. */
export interface DeliveryTarget {
  workerId: string;
  stats: TransportStats;
  capacity: WorkerCapacity;
  publish: (event: TransportEvent) => Promise<void>;
  onTrial: (trial: ClaimedTrial) => void;
  /**
   * Hand the trial over without waiting for the claim's publish. Only where the broker keeps one
   * connection's publishes in order (JetStream): the claim still lands before anything the trial
   * reports, and the trial starts a round trip sooner. Otherwise the claim is published first.
   */
  pipelineClaim?: boolean;
}

/**
 * One delivery of a work message the worker has reserved room for: counts it, decodes the offer
 * (a malformed one is counted, dropped and its room given back), publishes the claim, and hands
 * the worker a ClaimedTrial that holds exactly the reservation's GPUs until it is settled.
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
  // The room goes back before the broker hears of the settlement, so a broker that hands out the
  // next attempt on an ack (the in-process one) sees it free.
  const lease = {
    extend: () => message.extendLease(),
    ack: () => {
      capacity.release(reservation);
      return message.ack();
    },
    requeue: () => {
      capacity.release(reservation);
      return message.nack();
    },
  };
  const delivery = message.deliveryCount;
  const trial = claimedTrial(offer, delivery, reservation.gpus, target.workerId, lease, target.publish);
  const claimed = target.publish({ type: "claim", ...attemptKey(offer), workerId: target.workerId, claimedUnixMs: Date.now(), delivery }).catch(() => undefined);
  if (target.pipelineClaim) target.onTrial(trial);
  else void claimed.then(() => target.onTrial(trial));
}
