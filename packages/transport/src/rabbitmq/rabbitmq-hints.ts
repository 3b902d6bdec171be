import { formatWorkClass, type WorkClass } from "../work-class.js";
import type { RabbitClient } from "./rabbit-client.js";

/** A work hint on the hints fanout exchange (transient): a shortcut only, so one that cannot be sent is dropped; workers ask every class again when they reconnect. */
export function publishHint(client: RabbitClient, work: WorkClass): void {
  void client.publish(client.names.hints, "", new TextEncoder().encode(formatWorkClass(work))).catch(() => undefined);
}
