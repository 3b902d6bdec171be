import type { MsgHdrs } from "@nats-io/transport-node";
import { encodeEvent } from "../codec.js";
import { attemptId, type TransportEvent } from "../domain.js";
import { TransportError, TransportErrorCode } from "../errors.js";
import { formatWorkClass, type WorkClass } from "../work-class.js";
import type { NatsContext } from "./nats-setup.js";

/**
 * How long a publish waits for JetStream's ack. Short: an ack takes milliseconds, and a publish sent
 * while the server was away (or restarting) is lost with it; callers retry (untilSent), with message
 * ids where a duplicate would matter, so a broker that is back is used within a couple of seconds.
 */
const PUBLISH_ACK_TIMEOUT_MS = 2_000;

/** A JetStream publish that resolves on the server's ack; a failure is retryable unless the connection is closed for good. */
export async function natsPublish(ctx: NatsContext, subject: string, data: Uint8Array, options: { msgID?: string; headers?: MsgHdrs } = {}): Promise<void> {
  if (ctx.nc.isClosed()) throw closed(subject);
  // Not sent into a connection that is away: the try would wait out its whole timeout, even after a
  // reconnect; the caller's retry goes at the reconnect instead.
  if (!ctx.connected.now) throw new TransportError(TransportErrorCode.Unavailable, `not connected to NATS; publish to ${subject} not sent`, { retryable: true });
  try {
    await ctx.js.publish(subject, data, { timeout: PUBLISH_ACK_TIMEOUT_MS, ...options });
  } catch (cause) {
    if (ctx.nc.isClosed()) throw closed(subject);
    throw new TransportError(TransportErrorCode.Unavailable, `publish to ${subject} failed: ${(cause as Error).message}`, { retryable: true, cause });
  }
}

function closed(subject: string): TransportError {
  return new TransportError(TransportErrorCode.Closed, `the NATS connection is closed; publish to ${subject} not sent`);
}

/** A worker's event goes on its own subject (announcements too); `unschedulable` is the coordinator's. */
export function eventSubject(ctx: NatsContext, e: TransportEvent): string {
  if (e.type === "worker") return ctx.names.eventsFrom(e.announcement.workerId);
  return e.type === "unschedulable" ? ctx.names.jobEvents(e.jobId) : ctx.names.eventsFrom(e.workerId);
}

/**
 * Publishes an event on the events stream. A result or a hand-back carries a message id, so a publish
 * retried after a lost ack (an outage) is stored once.
 */
export function publishEvent(ctx: NatsContext, e: TransportEvent): Promise<void> {
  const msgID = e.type === "result" || e.type === "released" ? `${e.type}:${attemptId(e)}@${e.delivery}` : undefined;
  return natsPublish(ctx, eventSubject(ctx, e), encodeEvent(e), msgID ? { msgID } : {});
}

/** A work hint, on core NATS (not stored): a shortcut only, so one that cannot be sent is dropped; workers ask every class again when they reconnect. */
export function publishHint(ctx: NatsContext, work: WorkClass): void {
  try {
    ctx.nc.publish(ctx.names.hints(work.resourceClass), formatWorkClass(work));
  } catch {
    // closed or not connected
  }
}

/**
 * A class on the classes stream (`<p>.classes.<class>`, its WorkClass JSON; the stream keeps the last
 * per class), which is how workers find the classes: published once its consumer is there, so a worker
 * that hears of a class finds its consumer. Workers watching the subject get it at once.
 */
export function publishClass(ctx: NatsContext, work: WorkClass): Promise<void> {
  return natsPublish(ctx, ctx.names.classes(work.resourceClass), new TextEncoder().encode(formatWorkClass(work)));
}
