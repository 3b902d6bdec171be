// Talking to the coordinator: same origin only. Every /v1 call carries the bearer token when the page has
// one; the first 401 asks for it (once, shared by concurrent calls), keeps it in sessionStorage for the
// tab, and retries. Browser-only code lives in .tsx files: the repo's Node-typed programs
// (tsconfig.tests.json, tsconfig.eslint.json) take packages/*/src/**/*.ts, which stay DOM-free.

import { NdjsonSplitter } from "./lib/ndjson.js";

const TOKEN_KEY = "hyperfleet.token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

function token(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let asking: Promise<string | null> | null = null;

function askToken(): Promise<string | null> {
  if (!asking) {
    asking = Promise.resolve().then(() => {
      const t = window.prompt("This coordinator needs an API token (kept for this tab only):", "");
      if (t) sessionStorage.setItem(TOKEN_KEY, t.trim());
      return t ? t.trim() : null;
    });
    void asking.finally(() => {
      asking = null;
    });
  }
  return asking;
}

async function authed(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
  for (let tries = 0; ; tries++) {
    const headers = new Headers(init.headers);
    const t = token();
    if (t) headers.set("Authorization", `Bearer ${t}`);
    const res = await fetch(path, { ...init, headers, signal, credentials: "same-origin" });
    if (res.status !== 401 || tries >= 2) return res;
    const had = t;
    const now = token();
    if (now && now !== had) continue; // another call already got a new token
    if (!(await askToken())) return res;
  }
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; field?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON
  }
  return new ApiError(res.status, body.code, body.message ?? `${res.status} ${res.statusText}`, body.field);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await authed(path, {}, signal);
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

export async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
  const res = await authed(path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await errorOf(res);
  const text = await res.text();
  return text ? (JSON.parse(text) as T) : undefined;
}

/** Reads a JSON-lines response to its end, calling onValue for each line. */
export async function readLines(path: string, onValue: (v: unknown) => void, signal: AbortSignal): Promise<void> {
  const res = await authed(path, { headers: { Accept: "application/x-ndjson" } }, signal);
  if (!res.ok || !res.body) throw await errorOf(res);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const split = new NdjsonSplitter();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const v of split.push(decoder.decode(value, { stream: true }))) onValue(v);
  }
  for (const v of split.end()) onValue(v);
}

/**
 * A live stream that reconnects with backoff (0.5 s doubling to 15 s; reset after a message) until stopped.
 * Returns the stop function.
 */
export function liveStream(path: string, onValue: (v: unknown) => void, onState?: (connected: boolean) => void): () => void {
  const ctl = new AbortController();
  let delay = 500;
  const loop = async () => {
    while (!ctl.signal.aborted) {
      try {
        await readLines(
          path,
          (v) => {
            delay = 500;
            onState?.(true);
            onValue(v);
          },
          ctl.signal,
        );
      } catch {
        // reconnect below
      }
      if (ctl.signal.aborted) return;
      onState?.(false);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(15_000, delay * 2);
    }
  };
  void loop();
  return () => ctl.abort();
}

export const enc = encodeURIComponent;
