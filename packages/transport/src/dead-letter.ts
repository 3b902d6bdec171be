import { WireErrorCode } from "@hyperfleet/proto";
import type { TrialOffer, TransportEvent } from "./domain.js";

/**
 * The event every transport reports when an attempt used up its deliveries (its workers kept dying
 * or handing it back): a retryable failure, so the coordinator's retry policy decides what follows.
 */
export function maxDeliveriesResult(offer: TrialOffer, deliveries: number | undefined): TransportEvent {
  return {
    type: "result",
    jobId: offer.jobId,
    trialId: offer.trialId,
    attempt: offer.attempt,
    workerId: "",
    outcome: {
      status: "failed",
      error: { code: WireErrorCode.MaxDeliveries, message: `lease lost on ${deliveries ?? "every"} deliveries`, retryable: true },
      finalMetrics: [],
    },
    finishedUnixMs: Date.now(),
  };
}
