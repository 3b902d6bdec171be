import { HyperfleetError } from "@hyperfleet/coordinator";
import { WireErrorCode } from "@hyperfleet/transport";
import { UsageError } from "./usage-error.js";

/**
 * Connects to the broker, or fails with one line that names it: the transports' own errors already
 * do (RabbitMQ's say who refused what); a client library's bare one ("connection refused") is given
 * the broker and its URL, with any password or token in the URL masked.
 */
export async function connectBroker<T>(kind: "NATS" | "RabbitMQ", url: string, connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (err) {
    if (err instanceof HyperfleetError || err instanceof UsageError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new HyperfleetError(WireErrorCode.BrokerUnavailable, `cannot connect to ${kind} at ${masked(url)}: ${reason}`, { retryable: true, cause: err });
  }
}

/** A broker URL as it may be printed: user:pass@ becomes user:***@, a token (nats://token@) ***@. */
export function masked(url: string): string {
  return url
    .split(",")
    .map((one) => one.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^@/]*)@/i, (_, scheme: string, auth: string) => `${scheme}${auth.includes(":") ? `${auth.slice(0, auth.indexOf(":"))}:***` : "***"}@`))
    .join(",");
}
