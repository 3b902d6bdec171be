import type { Channel, Message, MessagePropertyHeaders } from "amqplib";
import type { BrokerMessage } from "../delivery.js";
import type { Carried } from "../domain.js";

/** Headers of a re-queued copy (after a hand-back): what the attempt's earlier copies went through. */
export const DELIVERIES_HEADER = "hyperfleet-deliveries";
export const LOST_HEADER = "hyperfleet-lost";

export function carriedFrom(h: MessagePropertyHeaders | undefined): Carried {
  return { deliveries: Number(h?.[DELIVERIES_HEADER] ?? 0), lost: Number(h?.[LOST_HEADER] ?? 0) };
}

export function carriedHeaders(carried: Carried): MessagePropertyHeaders {
  return { [DELIVERIES_HEADER]: carried.deliveries, [LOST_HEADER]: carried.lost };
}

/** The quorum queue's count of earlier deliveries of this copy (each requeue raises it, lost connections included). */
export function brokerRedeliveries(h: MessagePropertyHeaders | undefined): number {
  return Number(h?.["x-delivery-count"] ?? 0);
}

/**
 * RabbitMQ's side of a delivery on the channel of one connection. Its ack waits for `acksAfter` (the
 * consumer it came through is cancelled first, so an ack never opens its prefetch window to one more
 * delivery than the worker reserved for). A delivery tag belongs to its channel: once that connection
 * is gone, the broker has requeued the message (a lost delivery, counted), so the ack is not given (the
 * attempt, delivered again, is acknowledged as one this worker finished). A hand-back is an ack too,
 * once its `released` is confirmed: the coordinator queues the fresh copy (a basic.nack with requeue
 * would raise x-delivery-count, and quorum queues dead-letter on it, so only lost connections count
 * toward x-delivery-limit; and workers may not write to the trial queues).
 */
export function rabbitMessage(ch: Channel, msg: Message, live: () => boolean, acksAfter?: Promise<void>): BrokerMessage {
  const ack = async (): Promise<void> => {
    await acksAfter;
    if (live()) safe(() => ch.ack(msg));
  };
  return {
    data: msg.content,
    deliveryCount: 1 + brokerRedeliveries(msg.properties.headers),
    redelivered: msg.fields.redelivered,
    carried: carriedFrom(msg.properties.headers),
    extendLease: () => undefined,
    ack,
    term: () => void ack(),
  };
}

/** An ack on a channel that has closed throws; the broker has already requeued the message. */
export function safe(f: () => void): boolean {
  try {
    f();
    return true;
  } catch {
    return false;
  }
}
