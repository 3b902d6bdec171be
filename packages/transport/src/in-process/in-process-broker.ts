import { encodeEvent, decodeOffer } from "../codec.js";
import type { Reservation, WorkerCapacity } from "../capacity.js";
import type { BrokerMessage } from "../delivery.js";
import type { ResourceRequest, WorkerCapabilities } from "../domain.js";
import { maxDeliveriesResult } from "../dead-letter.js";
import { decodeOrCount, newStats, TransportError, TransportErrorCode, type TransportStats } from "../errors.js";
import { canSatisfy, classPriority } from "../placement.js";

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
  deliveries: number;
}

export interface Claimer {
  capabilities: WorkerCapabilities;
  capacity: WorkerCapacity;
  /** Called inside pump(): the claimer defers anything that may call back into the broker. */
  deliver(message: BrokerMessage, reservation: Reservation): void;
}

/**
 * The embedded mode's broker: the same semantics as the JetStream setup (a work queue per resource
 * class, leases that heartbeats extend, redelivery on expiry, a bounded number of deliveries, a
 * durable-in-memory event log with an acknowledged cursor), carrying the same encoded bytes so that
 * malformed payloads behave as they do on a real broker.
 */
export class InProcessBroker {
  readonly stats: TransportStats = newStats();
  readonly leaseMs: number;
  readonly maxDeliveries: number;
  private readonly queues = new Map<string, { request: ResourceRequest; ready: Message[] }>();
  private readonly claimers = new Set<Claimer>();
  private readonly log: Uint8Array[] = [];
  private cursor = 0;
  private readonly logWaiters: (() => void)[] = [];
  private readonly controls = new Map<string, (bytes: Uint8Array) => void>();
  private nextId = 1;
  private closed = false;
  private pumping = false;

  constructor(options: InProcessOptions = {}) {
    this.leaseMs = options.leaseMs ?? 30_000;
    this.maxDeliveries = options.maxDeliveries ?? 5;
  }

  publishOffer(cls: string, request: ResourceRequest, bytes: Uint8Array): void {
    this.ensureOpen();
    const q = this.queues.get(cls) ?? { request, ready: [] };
    this.queues.set(cls, q);
    q.ready.push({ id: this.nextId++, cls, bytes, deliveries: 0 });
    this.stats.offered++;
    this.pump();
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
    this.pump();
    return () => this.claimers.delete(c);
  }

  /**
   * Hands ready messages to claimers with room, highest-priority class first. Not re-entrant: a
   * settlement during a delivery (a malformed message dropped) is picked up by the loop running.
   */
  pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    try {
      this.pumpReady();
    } finally {
      this.pumping = false;
    }
  }

  private pumpReady(): void {
    let progressed = true;
    while (progressed && !this.closed) {
      progressed = false;
      for (const claimer of this.claimers) {
        const classes = [...this.queues.entries()]
          .filter(([, q]) => q.ready.length > 0 && canSatisfy(claimer.capabilities, q.request))
          .sort(([, a], [, b]) => classPriority(b.request) - classPriority(a.request));
        for (const [, q] of classes) {
          const [reservation] = claimer.capacity.reserve(q.request, 1);
          if (!reservation) continue;
          this.deliver(claimer, q.ready.shift()!, reservation);
          progressed = true;
          break;
        }
      }
    }
  }

  /** A lease like JetStream's: it runs out without heartbeats, and the message is redelivered. */
  private deliver(claimer: Claimer, m: Message, reservation: Reservation): void {
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
      if (settle()) {
        if (m.deliveries >= this.maxDeliveries) this.deadLetter(m);
        else this.queues.get(m.cls)!.ready.unshift(m);
      }
      this.pump();
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(requeue, this.leaseMs);
      timer.unref?.();
    };
    const done = (): void => {
      settle();
      // Always: the claimer's room may have come back even when the lease had already run out.
      this.pump();
    };
    arm();
    claimer.deliver({ data: m.bytes, deliveryCount: m.deliveries, extendLease: () => void (!settled && arm()), ack: done, nack: requeue, term: done }, reservation);
  }

  private deadLetter(m: Message): void {
    const offer = decodeOrCount(decodeOffer, m.bytes, this.stats);
    if (offer && !this.closed) this.publishEvent(encodeEvent(maxDeliveriesResult(offer, m.deliveries)));
  }

  close(): void {
    this.closed = true;
    this.wakeEventReaders();
  }

  ensureOpen(): void {
    if (this.closed) throw new TransportError(TransportErrorCode.Closed, "the in-process broker is closed");
  }
}
