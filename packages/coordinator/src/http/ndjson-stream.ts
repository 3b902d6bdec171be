import type { IncomingMessage, ServerResponse } from "node:http";

/** A line this often keeps a quiet stream open through proxies that drop idle connections. */
export const KEEPALIVE_MS = 15_000;

export interface NdjsonStream {
  /** One JSON value as one line. */
  readonly write: (body: unknown) => void;
  /** Ends the answer (the cleanup runs as when the client goes). */
  readonly end: () => void;
}

/**
 * A streamed answer of JSON lines (application/x-ndjson, never cached), the shape the dashboard and
 * `logs --follow` read with fetch: `keepalive` is written every KEEPALIVE_MS while it is open, and
 * `cleanup` runs once, when the answer ends or the client goes.
 */
export function ndjsonStream(req: IncomingMessage, res: ServerResponse, keepalive: unknown, cleanup: () => void = () => undefined): NdjsonStream {
  res.writeHead(200, { "content-type": "application/x-ndjson", "cache-control": "no-store" });
  const write = (body: unknown): void => void res.write(`${JSON.stringify(body)}\n`);
  const timer = setInterval(() => write(keepalive), KEEPALIVE_MS);
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    clearInterval(timer);
    cleanup();
  };
  req.on("close", close);
  return {
    write,
    end: () => {
      close();
      res.end();
    },
  };
}
