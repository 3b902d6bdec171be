import { HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/transport";

/** A report names a lease that ran out (the attempt was failed and retried), was never given, or holds another trial. */
export class LeaseExpiredError extends HyperfleetError<typeof WireErrorCode.LeaseExpired> {
  constructor(
    readonly jobId: string,
    readonly trialId: number,
  ) {
    super(
      WireErrorCode.LeaseExpired,
      `job ${jobId} trial ${trialId}: this lease no longer holds the trial (it ran out, and the attempt was counted lost and retried per the job's retry policy; or it is not this trial's): stop the training and ask for another suggestion`,
    );
  }
}

/** Suggestions (or reports) for a job whose training runs on workers, not in API clients. */
export class JobNotExternalError extends HyperfleetError<typeof WireErrorCode.JobNotExternal> {
  constructor(
    readonly jobId: string,
    readonly runtime: string,
  ) {
    super(WireErrorCode.JobNotExternal, `job ${jobId} runs its trials on workers (training.runtime: ${runtime}): only a job with training.runtime external hands suggestions to API clients`);
  }
}
