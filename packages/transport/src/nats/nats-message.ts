import type { JsMsg } from "@nats-io/jetstream";
import { headers, type MsgHdrs } from "@nats-io/transport-node";
import type { BrokerMessage } from "../delivery.js";
import type { Carried } from "../domain.js";
import { retryWait } from "../publish-durably.js";
import type { NatsContext } from "./nats-setup.js";

/** Headers of a re-queued copy (after a hand-back): what the attempt's earlier copies went through. */
export const DELIVERIES_HEADER = "Hyperfleet-Deliveries";
export const LOST_HEADER = "Hyperfleet-Lost";

const ACK = new TextEncoder().encode("+ACK");

export function carriedFrom(h: MsgHdrs | undefined): Carried {
  return { deliveries: Number(h?.get(DELIVERIES_HEADER) || 0), lost: Number(h?.get(LOST_HEADER) || 0) };
}

export function carriedHeaders(carried: Carried): MsgHdrs {
  const h = headers();
  h.set(DELIVERIES_HEADER, String(carried.deliveries));
  h.set(LOST_HEADER, String(carried.lost));
  return h;
}

/**
 * JetStream's side of a delivery. The ack waits for the server's reply (retried while it is away), so
 * the worker's room comes back only once the attempt is off the queue. A hand-back is an ack too, once
 * its `released` is durable: the coordinator queues the fresh copy (a -NAK would count toward
 * max_deliver, which is kept for lost leases, and workers may not publish trials).
 */
export function natsMessage(ctx: NatsContext, m: JsMsg): BrokerMessage {
  return {
    data: m.data,
    deliveryCount: m.info.deliveryCount,
    carried: carriedFrom(m.headers),
    extendLease: () => m.working(),
    ack: () => ackConfirmed(ctx, m),
    term: () => m.term(),
  };
}

/**
 * +ACK with a reply, until the server answers (it answers every ack, even of a message gone already);
 * gives up only on a closed connection. JsMsg.ackAck() cannot be asked twice, hence the request.
 */
async function ackConfirmed(ctx: NatsContext, m: JsMsg): Promise<void> {
  const reply = ackSubject(m);
  if (!reply) return void (await m.ackAck().catch(() => false));
  for (let failures = 0; !ctx.nc.isClosed(); failures++) {
    try {
      await ctx.nc.request(reply, ACK, { timeout: 2_000 });
      return;
    } catch {
      if (await retryWait(failures, ctx.reconnects.next)) failures = -1;
    }
  }
}

/** JsMsg's type does not show its ack subject; its implementation keeps the core message, which has it. */
function ackSubject(m: JsMsg): string | undefined {
  return (m as JsMsg & { msg?: { reply?: string } }).msg?.reply;
}
