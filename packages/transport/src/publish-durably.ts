import { TransportError } from "./errors.js";

/** Waits between tries while the broker is away: short at first, then every 2 s, so a broker that comes back is used within 2 s. */
export const RETRY_MS = [100, 250, 500, 1000, 2000] as const;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function backoffMs(failures: number): number {
  return RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
}

/** Resolves when the transport is connected to its broker again (a reconnect), so a retry need not wait out its backoff. */
export type BrokerBack = () => Promise<void>;

/**
 * Runs `send` until it succeeds, however long the broker is away: a result that cannot be published
 * is kept (here, in the pending call) and published when the broker is back, rather than lost. Only a
 * failure that is not retryable (the transport was closed, a refusal that will not change) ends it,
 * with that error. A reconnect (`brokerBack`) cuts the wait before the next try short, and starts the
 * backoff again from its shortest step (a restarted server may take a moment to be ready).
 */
export async function untilSent(send: () => Promise<void>, brokerBack?: BrokerBack): Promise<void> {
  for (let failures = 0; ; failures++) {
    try {
      return await send();
    } catch (err) {
      if (!(err instanceof TransportError) || !err.retryable) throw err;
      if (await retryWait(failures, brokerBack)) failures = -1;
    }
  }
}

/** The wait before the next try: the backoff, or until the broker is back, whichever comes first; true when it is back. */
export function retryWait(failures: number, brokerBack?: BrokerBack): Promise<boolean> {
  const backoff = sleep(backoffMs(failures)).then(() => false);
  return brokerBack ? Promise.race([backoff, brokerBack().then(() => true)]) : backoff;
}

/** One promise per reconnect: `next()` resolves at the next one; `reconnected()` is called by the transport. */
export class Reconnects {
  private resolve: () => void = () => undefined;
  private pending = this.fresh();

  readonly next: BrokerBack = () => this.pending;

  reconnected(): void {
    this.resolve();
    this.pending = this.fresh();
  }

  private fresh(): Promise<void> {
    return new Promise<void>((r) => (this.resolve = r));
  }
}
