import { newStats, type ControlCommand, type CoordinatorTransport, type Subscription, type TrialOffer, type TransportEvent } from "@hyperfleet/transport";

/**
 * A coordinator transport for the job logic's unit tests: it keeps what the coordinator offers and
 * sends, and lets the test hand it events as a broker would (each one awaited, as before an ack).
 * Integration tests use the real transports; this stands in for none of them.
 */
export class ScriptedTransport implements CoordinatorTransport {
  readonly offers: TrialOffer[] = [];
  readonly controls: { workerId: string; command: ControlCommand }[] = [];
  readonly stats = newStats();
  private handler: ((e: TransportEvent) => Promise<void> | void) | undefined;

  async offer(trial: TrialOffer): Promise<void> {
    this.offers.push(trial);
  }

  async sendControl(workerId: string, command: ControlCommand): Promise<void> {
    this.controls.push({ workerId, command });
  }

  async consumeEvents(handler: (e: TransportEvent) => Promise<void> | void): Promise<Subscription> {
    this.handler = handler;
    return { stop: async () => void (this.handler = undefined) };
  }

  /** Delivers one event; resolves when the coordinator has handled it. */
  async deliver(e: TransportEvent): Promise<void> {
    if (!this.handler) throw new Error("the coordinator is not consuming events");
    await this.handler(e);
  }

  async close(): Promise<void> {}
}
