import { AckPolicy, DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType, type JetStreamClient, type JetStreamManager } from "@nats-io/jetstream";
import { connect, nanos, type NatsConnection } from "@nats-io/transport-node";
import { Reconnects } from "../publish-durably.js";
import { formatWorkClass, type WorkClass } from "../work-class.js";
import { natsConnectOptions, type NatsAuthOptions } from "./nats-auth.js";
import { NatsNames } from "./nats-names.js";

export interface NatsTransportOptions {
  servers: string | string[];
  /** Prefix of every subject and stream (default "hyperfleet"); one per installation or test. */
  prefix?: string;
  /** The lease: JetStream ack wait of a claimed attempt, extended by heartbeats (default 30 s). */
  leaseMs?: number;
  /** Lost deliveries of one attempt before it is given up on (default 5); hand-backs do not count. */
  maxDeliveries?: number;
  /** Connection name shown by the server. */
  name?: string;
  /** Credentials files, nkeys and TLS (credentials in the server URLs are used too). */
  auth?: NatsAuthOptions;
}

/** How one side connects: its reply subjects, and whether it may create the streams (the coordinator). */
export interface NatsRole {
  inboxPrefix: (names: NatsNames) => string | undefined;
  ownsStreams: boolean;
}

export interface NatsContext {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  names: NatsNames;
  leaseMs: number;
  maxDeliveries: number;
  /** Called after every reconnect (see onReconnect). */
  reconnected: Set<() => void>;
  /** Resolves at the next reconnect. */
  reconnects: Reconnects;
  /** False between a disconnect and the reconnect. */
  connected: { now: boolean };
}

/**
 * How long JetStream remembers an offer's message id (the attempt id) to drop a duplicate: a
 * coordinator that restarts re-offers what its journal shows unclaimed, possibly long after the first
 * offer; a day covers any restart we expect, for about a hundred bytes per offer kept in the server.
 */
const TRIALS_DUPLICATE_WINDOW_MS = 24 * 3600 * 1000;

/**
 * The coordinator's ack wait on events: short, so that after a coordinator is killed the events of
 * its unacknowledged batch come back within seconds; the live coordinator keeps the ones it holds with
 * in-progress acks while it works through them (NatsCoordinatorTransport).
 */
export const EVENTS_ACK_WAIT_MS = 3_000;

/**
 * Connects (reconnecting forever, so a restarted server is picked up again, however long it was away)
 * with the role's reply subjects. The coordinator makes sure the three streams exist: trials (work
 * queue, file storage: an offered attempt survives a server restart), events (limits retention, kept
 * 7 days, consumed durably by the coordinator) and classes (the last WorkClass per class subject,
 * read by workers with direct gets); workers may not create streams and wait for them.
 */
export async function openNats(options: NatsTransportOptions, role: NatsRole): Promise<NatsContext> {
  const names = new NatsNames(options.prefix);
  const inboxPrefix = role.inboxPrefix(names);
  const nc = await connect({
    ...natsConnectOptions(options.servers, options.auth),
    name: options.name ?? "hyperfleet",
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    pingInterval: 5_000,
    ...(inboxPrefix ? { inboxPrefix } : {}),
  });
  const jsm = await jetstreamManager(nc);
  if (role.ownsStreams) {
    const trials = { name: names.trialsStream, subjects: [`${names.prefix}.trials.>`], retention: RetentionPolicy.Workqueue, storage: StorageType.File, duplicate_window: nanos(TRIALS_DUPLICATE_WINDOW_MS) };
    await ensureStream(jsm, trials);
    await ensureStream(jsm, {
      name: names.eventsStream,
      subjects: [`${names.prefix}.events.>`],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      max_age: nanos(7 * 24 * 3600 * 1000),
    });
    await ensureStream(jsm, {
      name: names.classesStream,
      subjects: [names.allClasses()],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      max_msgs_per_subject: 1,
      discard: DiscardPolicy.Old,
      allow_direct: true,
    });
  }
  const reconnected = new Set<() => void>();
  const reconnects = new Reconnects();
  const connected = { now: true };
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === "disconnect") connected.now = false;
      if (s.type !== "reconnect") continue;
      connected.now = true;
      reconnects.reconnected();
      for (const f of reconnected) f();
    }
  })().catch(() => undefined);
  return { nc, js: jetstream(nc), jsm, names, leaseMs: options.leaseMs ?? 30_000, maxDeliveries: options.maxDeliveries ?? 5, reconnected, reconnects, connected };
}

/** How long close() lets a drain flush what is pending before it closes the connection anyway (a server that is away never answers a drain). */
const DRAIN_MS = 2_000;

/** Drains the connection (pending publishes and acks go out), but never waits on an absent server longer than DRAIN_MS. */
export async function closeNats(ctx: NatsContext): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((r) => (timer = setTimeout(r, DRAIN_MS)));
  await Promise.race([ctx.nc.drain().catch(() => undefined), late]).finally(() => clearTimeout(timer));
  await ctx.nc.close().catch(() => undefined);
}

/** Runs `f` after every reconnect to the server (a restarted server, however long it was away); returns a stop function. */
export function onReconnect(ctx: NatsContext, f: () => void): () => void {
  ctx.reconnected.add(f);
  return () => ctx.reconnected.delete(f);
}

/** Creates the stream, or brings an older one's duplicate window and direct gets up to date. */
async function ensureStream(jsm: JetStreamManager, config: Parameters<JetStreamManager["streams"]["add"]>[0]): Promise<void> {
  let info;
  try {
    info = await jsm.streams.info(config.name!);
  } catch {
    await jsm.streams.add(config);
    return;
  }
  if (config.duplicate_window !== undefined && info.config.duplicate_window !== config.duplicate_window) {
    await jsm.streams.update(config.name!, { duplicate_window: config.duplicate_window });
  }
  if (config.allow_direct && !info.config.allow_direct) await jsm.streams.update(config.name!, { allow_direct: true });
}

/**
 * The durable pull consumer of one resource class. Its description is the class's WorkClass JSON, for
 * workers of earlier versions, which list the consumers to find classes (nats-server 2.9 has no
 * consumer metadata); workers of this version read the classes stream (publishClass).
 */
/** Pulls a class consumer holds at once: one per idle worker of the class, for fleets of up to this many. */
export const CLASS_MAX_WAITING = 10_000;

export async function ensureClassConsumer(ctx: NatsContext, work: WorkClass): Promise<void> {
  const name = ctx.names.trialsConsumer(work.resourceClass);
  try {
    await ctx.jsm.consumers.info(ctx.names.trialsStream, name);
  } catch {
    await ctx.jsm.consumers.add(ctx.names.trialsStream, {
      durable_name: name,
      filter_subject: ctx.names.trialsSubject(work.resourceClass),
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ctx.leaseMs),
      max_deliver: ctx.maxDeliveries,
      max_ack_pending: -1,
      // Every idle worker of the class keeps a pull waiting; past JetStream's default of 512 the rest
      // are refused (409) and back off, and a fleet of 1,000 workers starved (bench:scale F).
      max_waiting: CLASS_MAX_WAITING,
      description: formatWorkClass(work),
    });
  }
}

/** The coordinator's durable consumer on the events stream, with the short ack wait (an older one is brought up to date). */
export async function ensureEventsConsumer(ctx: NatsContext): Promise<void> {
  const { jsm, names } = ctx;
  const ackWait = nanos(EVENTS_ACK_WAIT_MS);
  let info;
  try {
    info = await jsm.consumers.info(names.eventsStream, names.coordinatorConsumer);
  } catch {
    await jsm.consumers.add(names.eventsStream, {
      durable_name: names.coordinatorConsumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: ackWait,
      max_ack_pending: 1024,
    });
    return;
  }
  if (info.config.ack_wait !== ackWait) await jsm.consumers.update(names.eventsStream, names.coordinatorConsumer, { ack_wait: ackWait });
}
