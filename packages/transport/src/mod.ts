// The public surface of @hyperfleet/transport.
export * from "./domain.js";
export { TransportError, TransportErrorCode, newStats, type TransportStats } from "./errors.js";
export type { Claim, ClaimedTrial, ClaimOptions, CoordinatorTransport, Subscription, WorkerTransport } from "./transport.js";
export { canRun, canSatisfy, classPriority, placementOf, resourceClassOf, type Placement } from "./placement.js";
export { WorkerCapacity, type FreeCapacity, type Reservation } from "./capacity.js";
export { WorkerRegistry, WORKER_TTL_MS, type WorkerRegistryOptions } from "./worker-registry.js";
export { WireErrorCode } from "@hyperfleet/proto";
export { createInProcessTransport, InProcessCoordinatorTransport, InProcessWorkerTransport } from "./in-process/in-process-transport.js";
export { InProcessBroker, type InProcessOptions } from "./in-process/in-process-broker.js";
export { NatsCoordinatorTransport } from "./nats/nats-coordinator-transport.js";
export { NatsWorkerTransport } from "./nats/nats-worker-transport.js";
export type { NatsTransportOptions } from "./nats/nats-setup.js";
export { withPlacementWatch, type PlacementWatchOptions } from "./placement-watch.js";
export { RabbitCoordinatorTransport } from "./rabbitmq/rabbitmq-coordinator-transport.js";
export { RabbitWorkerTransport } from "./rabbitmq/rabbitmq-worker-transport.js";
export type { RabbitTlsOptions, RabbitTransportOptions } from "./rabbitmq/rabbit-client.js";
export type { LoggedRecord, RecordLog } from "./record-log.js";
export { NatsRecordLog, type NatsRecordLogOptions } from "./nats/nats-record-log.js";
export { natsConnectOptions, type NatsAuthOptions } from "./nats/nats-auth.js";
/** The wire codec, for tools and workers in TypeScript that speak the protocol directly. */
export { decodeEvent, decodeOffer, encodeEvent, encodeOffer } from "./codec.js";
