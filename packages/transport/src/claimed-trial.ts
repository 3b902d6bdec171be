import { attemptKey, type MetricPoint, type TrialOffer, type TrialOutcome, type TransportEvent } from "./domain.js";
import { untilSent, type BrokerBack } from "./publish-durably.js";
import type { ClaimedTrial } from "./transport.js";

/** What the delivery path does to the broker message behind a claimed attempt. */
export interface Lease {
  extend(): void | Promise<void>;
  /** Takes the attempt off its queue (its result is durable); resolves once the worker's room is back. */
  ack(): Promise<void>;
  /** Takes the attempt off its queue once its `released` is durable (the coordinator queues a fresh copy); resolves once the room is back. */
  handBack(): Promise<void>;
}

export interface ClaimedTrialParts {
  offer: TrialOffer;
  delivery: number;
  /** Of the attempt's deliveries, the ones whose lease was lost: a hand-back reports them, so the re-queued copy carries them. */
  lost: number;
  gpus: readonly number[];
  workerId: string;
  lease: Lease;
  publish: (event: TransportEvent) => Promise<void>;
  brokerBack?: BrokerBack;
}

/** Points per metrics event: a long outage batches many, and one message must stay well under the broker's size limit. */
const MAX_POINTS_PER_EVENT = 1000;

/**
 * The ClaimedTrial every transport hands to workers. The claim, metrics, the result and a hand-back's
 * `released` go out in that order, one at a time, each retried until the broker has it (a broker
 * outage of any length delays them; nothing is dropped and the trial is not run again), and only
 * then is the work message settled: a result is durable before the attempt leaves the queue, and the
 * worker's room stays taken until the broker has the ack or the hand-back. The lease is settled once,
 * whatever is called after. Heartbeats are best effort: a missed one only matters to the lease.
 */
export function claimedTrial(parts: ClaimedTrialParts): ClaimedTrial {
  const { offer, delivery, workerId, lease, publish } = parts;
  const key = attemptKey(offer);
  let chain: Promise<void> = Promise.resolve();
  const inOrder = (event: TransportEvent): Promise<void> => {
    const sent = chain.then(() => untilSent(() => publish(event), parts.brokerBack));
    chain = sent.catch(() => undefined);
    return sent;
  };
  let settled: Promise<void> | undefined;
  void inOrder({ type: "claim", ...key, workerId, claimedUnixMs: Date.now(), delivery }).catch(() => undefined);
  return {
    offer,
    delivery,
    gpus: parts.gpus,
    async heartbeat() {
      if (settled) return;
      await lease.extend();
      await publish({ type: "heartbeat", ...key, workerId, sentUnixMs: Date.now(), delivery });
    },
    async reportLogs(lines: readonly string[], dropped: number) {
      if (settled) return;
      const event: TransportEvent = { type: "logs", ...key, workerId, lines, dropped, delivery };
      const sent = chain.then(() => publish(event));
      chain = sent.catch(() => undefined);
      await sent.catch(() => undefined);
    },
    async reportMetrics(points: readonly MetricPoint[]) {
      for (let i = 0; i < points.length; i += MAX_POINTS_PER_EVENT) {
        await inOrder({ type: "metrics", ...key, workerId, points: points.slice(i, i + MAX_POINTS_PER_EVENT), delivery });
      }
    },
    finish(outcome: TrialOutcome) {
      settled ??= inOrder({ type: "result", ...key, workerId, outcome, finishedUnixMs: Date.now(), delivery }).then(() => lease.ack());
      return settled;
    },
    release(reason = "handed back") {
      settled ??= inOrder({ type: "released", ...key, workerId, delivery, reason, lost: parts.lost, requeue: true }).then(() => lease.handBack());
      return settled;
    },
  };
}
