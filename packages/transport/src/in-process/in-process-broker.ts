import { encodeEvent, decodeOffer } from "../codec.js";
import type { WorkerCapacity } from "../capacity.js";
import type { ResourceRequest, TrialOffer, WorkerCapabilities } from "../domain.js";
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
  workerId: string;
  capabilities: WorkerCapabilities;
  capacity: WorkerCapacity;
  deliver(offer: TrialOffer, message: InFlight): void;
}

export interface InFlight {
  readonly delivery: number;
  extend(): void;
  ack(): void;
  requeue(): void;
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

  /** Hands ready messages to claimers with room, highest-priority class first. */
  pump(): void {
    let progressed = true;
    while (progressed && !this.closed) {
      progressed = false;
      for (const claimer of this.claimers) {
        const classes = [...this.queues.entries()]
          .filter(([, q]) => q.ready.length > 0 && canSatisfy(claimer.capabilities, q.request))
          .sort(([, a], [, b]) => classPriority(b.request) - classPriority(a.request));
        for (const [, q] of classes) {
          if (claimer.capacity.reserve(q.request, 1) === 0) continue;
          this.deliver(claimer, q.ready.shift()!, q.request);
          progressed = true;
          break;
        }
      }
    }
  }

  private deliver(claimer: Claimer, m: Message, request: ResourceRequest): void {
    m.deliveries++;
    this.stats.delivered++;
    if (m.deliveries > 1) this.stats.redelivered++;
    const offer = decodeOrCount(decodeOffer, m.bytes, this.stats);
    if (!offer) {
      claimer.capacity.release(request);
      return;
    }
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      claimer.capacity.release(request);
      return true;
    };
    const requeue = (): void => {
      if (!settle()) return;
      if (m.deliveries >= this.maxDeliveries) this.deadLetter(offer, m);
      else this.queues.get(m.cls)!.ready.unshift(m);
      this.pump();
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(requeue, this.leaseMs);
      timer.unref?.();
    };
    arm();
    claimer.deliver(offer, {
      delivery: m.deliveries,
      extend: () => !settled && arm(),
      ack: () => {
        if (settle()) this.pump();
      },
      requeue,
    });
  }

    private deadLetter(offer: TrialOffer, m: Message): void {
    if (!this.closed) this.publishEvent(encodeEvent(maxDeliveriesResult(offer, m.deliveries)));
  }

  close(): void {
    this.closed = true;
    this.wakeEventReaders();
  }

  ensureOpen(): void {
    if (this.closed) throw new TransportError(TransportErrorCode.Closed, "the in-process broker is closed");
  }
}
