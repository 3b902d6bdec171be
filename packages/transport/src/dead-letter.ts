import { WireErrorCode } from "@hyperfleet/proto";
import type { TrialOffer, TransportEvent } from "./domain.js";

/**
 * The event reported when an attempt used up its deliveries (the workers holding it kept dying or
 * losing the broker; hand-backs never count): a retryable failure, so the coordinator's retry policy
 * decides what follows. `lost` is how many leases were lost where the broker says; `delivery` the
 * last delivery's count (0: unknown); `workerId` the worker that got that delivery and gave up on it
 * ("" when the coordinator's transport reports it).
 */
export function maxDeliveriesResult(offer: TrialOffer, lost: number | undefined, delivery = 0, workerId = ""): TransportEvent {
  return {
    type: "result",
    jobId: offer.jobId,
    trialId: offer.trialId,
    attempt: offer.attempt,
    workerId,
    outcome: {
      status: "failed",
      error: { code: WireErrorCode.MaxDeliveries, message: `lease lost on ${lost ?? "every"} deliveries`, retryable: true },
      finalMetrics: [],
    },
    finishedUnixMs: Date.now(),
    delivery,
  };
}
