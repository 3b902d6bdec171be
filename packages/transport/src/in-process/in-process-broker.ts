import type { Reservation } from "../capacity.js";
import type { PullOutcome } from "../claim-scheduler.js";
import { encodeEvent, decodeOffer } from "../codec.js";
import type { BrokerMessage } from "../delivery.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { NOTHING_CARRIED, type Carried } from "../domain.js";
import { decodeOrCount, newStats, TransportError, TransportErrorCode, type TransportStats } from "../errors.js";
import type { WorkClass } from "../work-class.js";

export interface InProcessOptions {
  /** How long a claimed attempt stays leased without a heartbeat (default 30 s). */
  leaseMs?: number;
  /** Deliveries after which an attempt is dead-lettered and reported failed (default 5). */
  maxDeliveries?: number;
}

interface Message {
  id: number;
  cls: string;
  bytes: Uint8Array;
  /** Deliveries so far. */
  deliveries: number;
  /** Of those, the ones whose lease ran out: only these count toward the limit (hand-backs do not). */
  lost: number;
}

/** A worker's claim, as the broker tells it of classes and of work on them (its ClaimScheduler). */
export interface Claimer {
  add(work: WorkClass): void;
  hint(work: WorkClass): void;
}

/**
 * The embedded mode's broker: the same semantics as the JetStream setup (a work queue per resource
 * class, leases that heartbeats extend, redelivery on expiry, a bounded number of lost deliveries,
 * hand-backs that do not count, a durable-in-memory event log with an acknowledged cursor), carrying
 * the same encoded bytes so that malformed payloads behave as they do on a real broker. Claims pull
 * (the ClaimScheduler of every transport); the broker tells them of classes and of new work.
 */
export class InProcessBroker {
  readonly stats: TransportStats = newStats();
  readonly leaseMs: number;
  readonly maxDeliveries: number;
  private readonly queues = new Map<string, { work: WorkClass; ready: Message[] }>();
  private readonly claimers = new Set<Claimer>();
  private readonly log: Uint8Array[] = [];
  private cursor = 0;
  private readonly logWaiters: (() => void)[] = [];
  private readonly controls = new Map<string, (bytes: Uint8Array) => void>();
  private nextId = 1;
  private closed = false;

  constructor(options: InProcessOptions = {}) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.maxDeliveries = options.maxDeliveries ?? 5;
  }

  /** Queues an attempt; a re-queue after a hand-back carries on the counts of its earlier copies. */
  publishOffer(work: WorkClass, bytes: Uint8Array, carried: Carried = NOTHING_CARRIED): void {
    this.ensureOpen();
    const q = this.queues.get(work.resourceClass) ?? { work, ready: [] };
    this.queues.set(work.resourceClass, q);
    q.ready.push({ id: this.nextId++, cls: work.resourceClass, bytes, deliveries: carried.deliveries, lost: carried.lost });
    this.stats.offered++;
    for (const c of this.claimers) c.hint(work);
  }

  publishEvent(bytes: Uint8Array): void {
    this.ensureOpen();
    this.log.push(bytes);
    for (const w of this.logWaiters.splice(0)) w();
  }

  /** The next unacknowledged event at or after the cursor, waiting for one; undefined once stopped. */
  async nextEvent(stopped: () => boolean): Promise<{ bytes: Uint8Array; ack: () => void } | undefined> {
    while (this.cursor >= this.log.length) {
      if (stopped() || this.closed) return undefined;
      await new Promise<void>((resolve) => this.logWaiters.push(resolve));
    }
    const position = this.cursor;
    return { bytes: this.log[position]!, ack: () => (this.cursor = Math.max(this.cursor, position + 1)) };
  }

  wakeEventReaders(): void {
    for (const w of this.logWaiters.splice(0)) w();
  }

  publishControl(workerId: string, bytes: Uint8Array): void {
    this.controls.get(workerId)?.(bytes);
  }

  subscribeControl(workerId: string, handler: (bytes: Uint8Array) => void): () => void {
    this.controls.set(workerId, handler);
    return () => this.controls.delete(workerId);
  }

  addClaimer(c: Claimer): () => void {
    this.claimers.add(c);
    for (const q of this.queues.values()) c.add(q.work);
    return () => this.claimers.delete(c);
  }

  /** A claim's pull: up to `room.length` ready attempts of the class, on a later tick, as a network would. */
  async pull(work: WorkClass, room: readonly Reservation[], take: (message: BrokerMessage, reservation: Reservation) => void): Promise<PullOutcome> {
    await Promise.resolve();
    const q = this.queues.get(work.resourceClass);
    if (!q || this.closed) return { left: 0 };
    for (const [i, m] of q.ready.splice(0, room.length).entries()) take(this.lease(m), room[i]!);
    return { left: q.ready.length };
  }

  /** A lease like JetStream's: it runs out without heartbeats, and the message is redelivered. */
  private lease(m: Message): BrokerMessage {
    m.deliveries++;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      return true;
    };
    const requeue = (): void => {
      if (!settle()) return;
      if (++m.lost >= this.maxDeliveries) return this.deadLetter(m);
      const q = this.queues.get(m.cls)!;
      q.ready.unshift(m);
      for (const c of this.claimers) c.hint(q.work);
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(requeue, this.leaseMs);
      timer.unref?.();
    };
    arm();
    // The broker keeps the whole count itself: the copy-level count is the lost deliveries and this one.
    return {
      data: m.bytes,
      deliveryCount: m.lost + 1,
      carried: { deliveries: m.deliveries - m.lost - 1, lost: 0 },
      extendLease: () => void (!settled && arm()),
      ack: () => void settle(),
      term: () => void settle(),
    };
  }

  private deadLetter(m: Message): void {
    const offer = decodeOrCount(decodeOffer, m.bytes, this.stats);
    if (offer && !this.closed) this.publishEvent(encodeEvent(maxDeliveriesResult(offer, m.lost, m.deliveries)));
  }

  close(): void {
    this.closed = true;
    this.wakeEventReaders();
  }

  ensureOpen(): void {
    if (this.closed) throw new TransportError(TransportErrorCode.Closed, "the in-process broker is closed");
  }
}
