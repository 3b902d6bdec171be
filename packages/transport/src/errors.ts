import { HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/proto";

/** Typed errors of the transport package: branch on `code`; `retryable` says whether to try again. */
export const TransportErrorCode = {
  Closed: WireErrorCode.TransportClosed,
  Unavailable: WireErrorCode.BrokerUnavailable,
  InvalidArgument: WireErrorCode.InvalidArgument,
  Malformed: WireErrorCode.MalformedMessage,
} as const;
export type TransportErrorCode = (typeof TransportErrorCode)[keyof typeof TransportErrorCode];

/** Hyperfleet's one error base class (`name` "TransportError", `code`, `retryable`, `cause`, `toWire()`). */
export class TransportError extends HyperfleetError<TransportErrorCode> {}

/** Counters every transport keeps; the coordinator and worker export them to Prometheus. */
export interface TransportStats {
  /** Messages that could not be decoded (or failed validation): counted, acknowledged, dropped. */
  malformed: number;
  offered: number;
  delivered: number;
  redelivered: number;
  events: number;
  /**
   * Events whose sender is not who they say: sent on one worker's subject (NATS) or routing key
   * (RabbitMQ), which the broker's permissions bind to an identity, in another worker's name. Counted,
   * acknowledged, dropped.
   */
  rejected: number;
}

export function newStats(): TransportStats {
  return { malformed: 0, offered: 0, delivered: 0, redelivered: 0, events: 0, rejected: 0 };
}

/**
 * Decodes with `decode`; a malformed payload is counted in `stats.malformed` and gives undefined, so
 * the caller acknowledges and drops it. Any other error is a bug and propagates.
 */
export function decodeOrCount<T>(decode: (bytes: Uint8Array) => T, bytes: Uint8Array, stats: TransportStats): T | undefined {
  try {
    return decode(bytes);
  } catch (err) {
    if (!(err instanceof TransportError) || err.code !== TransportErrorCode.Malformed) throw err;
    stats.malformed++;
    return undefined;
  }
}
