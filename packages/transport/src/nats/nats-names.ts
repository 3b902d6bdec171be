import { TransportError, TransportErrorCode } from "../errors.js";

/** Subjects, streams and consumers of one Hyperfleet installation, all under one prefix. */
export class NatsNames {
  readonly prefix: string;
  readonly trialsStream: string;
  readonly eventsStream: string;
  readonly journalStream: string;
  readonly coordinatorConsumer: string;

  constructor(prefix = "hyperfleet") {
    if (!/^[A-Za-z0-9_-]+$/.test(prefix)) {
      throw new TransportError(TransportErrorCode.InvalidArgument, `prefix must match [A-Za-z0-9_-]+, got ${JSON.stringify(prefix)}`);
    }
    this.prefix = prefix;
    const upper = prefix.toUpperCase().replace(/-/g, "_");
    this.trialsStream = `${upper}_TRIALS`;
    this.eventsStream = `${upper}_EVENTS`;
    this.journalStream = `${upper}_JOURNAL`;
    this.coordinatorConsumer = "coordinator";
  }

  trialsSubject(resourceClass: string): string {
    return `${this.prefix}.trials.${token(resourceClass)}`;
  }
  /** Core NATS (not stored): "work arrived on this class", so idle workers need not poll. */
  hints(resourceClass: string): string {
    return `${this.prefix}.hints.${token(resourceClass)}`;
  }
  allHints(): string {
    return `${this.prefix}.hints.>`;
  }
  trialsConsumer(resourceClass: string): string {
    return `trials-${token(resourceClass)}`;
  }
  jobEvents(jobId: string): string {
    return `${this.prefix}.events.job.${token(jobId)}`;
  }
  journal(): string {
    return `${this.prefix}.journal`;
  }
  workerEvents(): string {
    return `${this.prefix}.events.workers`;
  }
  control(workerId: string): string {
    return `${this.prefix}.control.${token(workerId)}`;
  }
}

/** A single subject token: no dots, wildcards or whitespace. The id itself travels in the payload. */
export function token(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, "_") || "_";
}
