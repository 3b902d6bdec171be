import type { ConsumeMessage } from "amqplib";
import { workerOf, type TransportEvent } from "../domain.js";
import type { RabbitNames } from "./rabbit-client.js";

/**
 * Whether the coordinator takes an event from the events queue as coming from whom it names.
 *
 * - Through the default exchange (routing key = the queue): what the coordinator itself puts there (dead
 *   letters), and events of workers older than the events exchange. With the documented permissions
 *   only the coordinator may write to the default exchange; on an open broker anyone may, and nothing
 *   is known of the sender.
 * - Through the events exchange on routing key `w.<token>`: a worker's. A topic permission
 *   `^w\.{username}$` lets a RabbitMQ user publish only on its own key, so the event must name the
 *   worker of that key; one in another worker's name, one of the coordinator's kinds, or one that was
 *   dead-lettered into the exchange (x-death: routed by a queue's x-dead-letter-routing-key, which
 *   topic permissions do not check) is not.
 * - Through any other exchange (a binding somebody added): not.
 */
export function sentByItsWorker(names: RabbitNames, msg: ConsumeMessage, event: TransportEvent): boolean {
  const { exchange, routingKey } = msg.fields;
  if (exchange === "") return true;
  if (exchange !== names.eventsExchange) return false;
  if (msg.properties.headers?.["x-death"] !== undefined) return false;
  const workerId = workerOf(event);
  return workerId !== undefined && routingKey === names.workerKey(workerId);
}

