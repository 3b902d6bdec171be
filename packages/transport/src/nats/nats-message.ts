import type { JsMsg } from "@nats-io/jetstream";
import { headers, type MsgHdrs } from "@nats-io/transport-node";
import type { BrokerMessage, Carried } from "../delivery.js";
import { retryWait, untilSent } from "../publish-durably.js";
import type { WorkClass } from "../work-class.js";
import { natsPublish, publishHint } from "./nats-publish.js";
import type { NatsContext } from "./nats-setup.js";

/** Headers of a handed-back copy: what the attempt's earlier copies went through. */
export const DELIVERIES_HEADER = "Hyperfleet-Deliveries";
export const LOST_HEADER = "Hyperfleet-Lost";

const ACK = new TextEncoder().encode("+ACK");

export function carriedFrom(h: MsgHdrs | undefined): Carried {
  return { deliveries: Number(h?.get(DELIVERIES_HEADER) || 0), lost: Number(h?.get(LOST_HEADER) || 0) };
}

/**
 * JetStream's side of a delivery. The ack waits for the server's reply (retried while it is away), so
 * the worker's room comes back only once the attempt is off the queue. A hand-back publishes a fresh
 * copy of the message carrying the counts, then acks this one: a -NAK would count toward max_deliver,
 * which is kept for lost leases. The copy goes to the back of its class's queue.
 */
export function natsMessage(ctx: NatsContext, m: JsMsg, work: WorkClass): BrokerMessage {
  return {
    data: m.data,
    deliveryCount: m.info.deliveryCount,
    carried: carriedFrom(m.headers),
    extendLease: () => m.working(),
    ack: () => ackConfirmed(ctx, m),
    handBack: async (carry) => {
      const h = headers();
      h.set(DELIVERIES_HEADER, String(carry.deliveries));
      h.set(LOST_HEADER, String(carry.lost));
      // The id makes a retried publish of the same hand-back one copy.
      await untilSent(() => natsPublish(ctx, m.subject, m.data, { headers: h, msgID: `handback:${m.info.streamSequence}@${carry.deliveries}` }), ctx.reconnects.next);
      await ackConfirmed(ctx, m);
      publishHint(ctx, work);
    },
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
