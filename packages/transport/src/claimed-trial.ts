import { attemptKey, type MetricPoint, type TrialOffer, type TrialOutcome, type TransportEvent } from "./domain.js";
import type { ClaimedTrial } from "./transport.js";

/** What the delivery path does to the broker message behind a claimed attempt. */
export interface Lease {
  extend(): void | Promise<void>;
  ack(): void | Promise<void>;
  requeue(): void | Promise<void>;
}

/**
 * The ClaimedTrial every transport hands to workers: events go out through `publish` (awaited, so a
 * result is durable before the work message is acknowledged: at least once, never lost), and the
 * lease is settled once, whatever is called after.
 */
export function claimedTrial(
  offer: TrialOffer,
  delivery: number,
  gpus: readonly number[],
  workerId: string,
  lease: Lease,
  publish: (event: TransportEvent) => Promise<void>,
): ClaimedTrial {
  const key = attemptKey(offer);
  let settled = false;
  return {
    offer,
    delivery,
    gpus,
    async heartbeat() {
      if (settled) return;
      await lease.extend();
      await publish({ type: "heartbeat", ...key, workerId, sentUnixMs: Date.now() });
    },
    async reportMetrics(points: readonly MetricPoint[]) {
      if (points.length > 0) await publish({ type: "metrics", ...key, workerId, points });
    },
    async finish(outcome: TrialOutcome) {
      if (settled) return;
      await publish({ type: "result", ...key, workerId, outcome, finishedUnixMs: Date.now() });
      settled = true;
      await lease.ack();
    },
    async release() {
      if (settled) return;
      settled = true;
      await lease.requeue();
    },
  };
}
