import { TransportError, TransportErrorCode } from "../errors.js";

/** Subjects, streams and consumers of one Hyperfleet installation, all under one prefix. */
export class NatsNames {
  readonly prefix: string;
  readonly trialsStream: string;
  readonly eventsStream: string;
  readonly journalStream: string;
  readonly classesStream: string;
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
    this.classesStream = `${upper}_CLASSES`;
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
  /** One class's entry on the classes stream (its WorkClass JSON; the stream keeps the last per subject). */
  classes(resourceClass: string): string {
    return `${this.prefix}.classes.${token(resourceClass)}`;
  }
  /** Every class entry: the classes stream's subjects, and what workers watch. */
  allClasses(): string {
    return `${this.prefix}.classes.*`;
  }
  trialsConsumer(resourceClass: string): string {
    return `trials-${token(resourceClass)}`;
  }
  /** Events the coordinator reports itself (dead letters); workers may not publish here. */
  jobEvents(jobId: string): string {
    return `${this.prefix}.events.job.${token(jobId)}`;
  }
  journal(): string {
    return `${this.prefix}.journal`;
  }
  /**
   * Everything one worker sends (announcements, claims, heartbeats, metrics, results, hand-backs): a
   * subject the server's permissions can bind to the worker's identity, so one worker cannot speak as
   * another; the coordinator drops an event whose worker id does not match it.
   */
  eventsFrom(workerId: string): string {
    return `${this.prefix}.events.w.${token(workerId)}`;
  }
  /** The worker token of an eventsFrom subject, or undefined for any other subject. */
  senderOf(subject: string): string | undefined {
    const head = `${this.prefix}.events.w.`;
    return subject.startsWith(head) ? subject.slice(head.length) : undefined;
  }
  /** Reply subjects: the coordinator's own, so no worker permission covers them. */
  get coordinatorInbox(): string {
    return `${this.prefix}.inbox.coordinator`;
  }
  /** One worker's replies, and the trials it pulls. */
  workerInbox(workerId: string): string {
    return `${this.prefix}.inbox.w.${token(workerId)}`;
  }
  control(workerId: string): string {
    return `${this.prefix}.control.${token(workerId)}`;
  }
}

/** A single subject token: no dots, wildcards or whitespace. The id itself travels in the payload. */
export function token(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, "_") || "_";
}
