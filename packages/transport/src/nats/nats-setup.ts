import { AckPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import type { ResourceRequest } from "../domain.js";
import { canonicalRequest } from "../placement.js";
import { NatsNames } from "./nats-names.js";

export interface NatsTransportOptions {
  servers: string | string[];
  /** Prefix of every subject and stream (default "hyperfleet"); one per installation or test. */
  prefix?: string;
  /** The lease: JetStream ack wait of a claimed attempt, extended by heartbeats (default 30 s). */
  leaseMs?: number;
  /** Deliveries of one attempt before it is given up on (default 5). */
  maxDeliveries?: number;
  /** Connection name shown by the server. */
  name?: string;
}

export interface NatsContext {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  names: NatsNames;
  leaseMs: number;
  maxDeliveries: number;
}

/**
 * Connects (reconnecting forever, so a restarted server is picked up again) and makes sure the two
 * streams exist: trials (work queue, file storage: an offered attempt survives a server restart) and
 * events (limits retention, kept 7 days, consumed durably by the coordinator).
 */
export async function openNats(options: NatsTransportOptions): Promise<NatsContext> {
  const nc = await connect({
    servers: options.servers,
    name: options.name ?? "hyperfleet",
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    pingInterval: 5_000,
  });
  const jsm = await jetstreamManager(nc);
  const names = new NatsNames(options.prefix);
  await ensureStream(jsm, { name: names.trialsStream, subjects: [`${names.prefix}.trials.>`], retention: RetentionPolicy.Workqueue, storage: StorageType.File });
  await ensureStream(jsm, {
    name: names.eventsStream,
    subjects: [`${names.prefix}.events.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: nanos(7 * 24 * 3600 * 1000),
  });
  return { nc, js: jetstream(nc), jsm, names, leaseMs: options.leaseMs ?? 30_000, maxDeliveries: options.maxDeliveries ?? 5 };
}

async function ensureStream(jsm: JetStreamManager, config: Parameters<JetStreamManager["streams"]["add"]>[0]): Promise<void> {
  try {
    await jsm.streams.info(config.name!);
  } catch {
    await jsm.streams.add(config);
  }
}

/**
 * The durable pull consumer of one resource class. Its description carries the class's canonical
 * resource request, which is how workers find the classes they can run (nats-server 2.9 has no
 * consumer metadata).
 */
export async function ensureClassConsumer(ctx: NatsContext, resourceClass: string, request: ResourceRequest): Promise<void> {
  const name = ctx.names.trialsConsumer(resourceClass);
  try {
    await ctx.jsm.consumers.info(ctx.names.trialsStream, name);
  } catch {
    await ctx.jsm.consumers.add(ctx.names.trialsStream, {
      durable_name: name,
      filter_subject: ctx.names.trialsSubject(resourceClass),
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ctx.leaseMs),
      max_deliver: ctx.maxDeliveries,
      max_ack_pending: -1,
      description: JSON.stringify({ resourceClass, request: canonicalRequest(request) }),
    });
  }
}
