import { HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/transport";

/** A command named a job the coordinator does not have (never submitted, or deleted). */
export class JobNotFoundError extends HyperfleetError<typeof WireErrorCode.JobNotFound> {
  constructor(readonly jobId: string) {
    super(WireErrorCode.JobNotFound, `no job ${JSON.stringify(jobId)}`);
  }
}

/** A command that needs an ended job (delete) named one that still runs. */
export class JobActiveError extends HyperfleetError<typeof WireErrorCode.JobActive> {
  constructor(
    readonly jobId: string,
    readonly status: string,
  ) {
    super(WireErrorCode.JobActive, `job ${jobId} is ${status}: stop it (POST /v1/jobs/${jobId}/stop) and delete it once it has ended`);
  }
}

/** A change of limits for a job that is Stopped, Failed or Stopping (a Completed job can be extended). */
export class JobEndedError extends HyperfleetError<typeof WireErrorCode.JobEnded> {
  constructor(
    readonly jobId: string,
    readonly status: string,
  ) {
    super(WireErrorCode.JobEnded, `job ${jobId} is ${status}: its limits can no longer change (a Completed job can be extended)`);
  }
}

/** The journal could not be written: the change it carried did not happen. Retryable once there is room. */
export class JournalWriteError extends HyperfleetError<typeof WireErrorCode.JournalUnavailable> {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(WireErrorCode.JournalUnavailable, `cannot write the journal ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { retryable: true, cause });
  }
}

/**
 * A report of a run whose claim has not been seen, while another worker holds the attempt: the event
 * goes back to the broker to be handed again (after a coordinator restart a redelivered claim can
 * arrive after the reports it preceded). Never leaves the coordinator.
 */
export class ClaimNotSeenError extends HyperfleetError<"CLAIM_NOT_SEEN"> {
  constructor(
    readonly jobId: string,
    readonly trialId: number,
    readonly workerId: string,
  ) {
    super("CLAIM_NOT_SEEN", `job ${jobId} trial ${trialId}: a report from ${workerId}, whose claim has not arrived yet`, { retryable: true });
  }
}
