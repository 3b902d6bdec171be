import type { WireError } from "@hyperfleet/transport";
import type { JobSpec } from "./job-spec.js";

/** Infrastructure failures (a lost worker, a container that would not start) get at least this many attempts. */
export const MIN_ATTEMPTS_FOR_INFRASTRUCTURE = 3;

/**
 * Whether a failed attempt is tried again. A retryable error is the infrastructure's fault and is
 * retried up to max(maxAttempts, MIN_ATTEMPTS_FOR_INFRASTRUCTURE) attempts; a training failure only
 * when the spec asks for it (retryTrainingFailures), up to maxAttempts.
 */
export function shouldRetry(policy: JobSpec["training"]["retry"], attempt: number, error: WireError): boolean {
  const infrastructure = error.retryable;
  if (!infrastructure && !policy.retryTrainingFailures) return false;
  const limit = infrastructure ? Math.max(policy.maxAttempts, MIN_ATTEMPTS_FOR_INFRASTRUCTURE) : policy.maxAttempts;
  return attempt < limit;
}
