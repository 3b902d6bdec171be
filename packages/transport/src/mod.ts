// The public surface of @hyperfleet/transport.
export * from "./domain.js";
export { TransportError, TransportErrorCode, newStats, type TransportStats } from "./errors.js";
export type { ClaimedTrial, ClaimOptions, CoordinatorTransport, Subscription, WorkerTransport } from "./transport.js";
export { canSatisfy, classPriority, resourceClassOf } from "./placement.js";
export { WorkerCapacity, type Reservation } from "./capacity.js";
export { WorkerRegistry, WORKER_TTL_MS, type WorkerRegistryOptions } from "./worker-registry.js";
export { WireErrorCode } from "@hyperfleet/proto";
export { createInProcessTransport, InProcessCoordinatorTransport, InProcessWorkerTransport } from "./in-process/in-process-transport.js";
export { InProcessBroker, type InProcessOptions } from "./in-process/in-process-broker.js";
export { NatsCoordinatorTransport, NatsWorkerTransport } from "./nats/nats-transport.js";
export type { NatsTransportOptions } from "./nats/nats-setup.js";
export { withPlacementWatch, type PlacementWatchOptions } from "./placement-watch.js";
export { RabbitCoordinatorTransport, RabbitWorkerTransport } from "./rabbitmq/rabbitmq-transport.js";
export type { RabbitTransportOptions } from "./rabbitmq/rabbit-client.js";
export type { RecordLog } from "./record-log.js";
export { NatsRecordLog, type NatsRecordLogOptions } from "./nats/nats-record-log.js";
