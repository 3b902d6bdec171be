import { HyperfleetError } from "@hyperfleet/coordinator";
import { UsageError } from "./usage-error.js";

/** An error answer of the coordinator's API ({code, message, field?}); 4xx answers are bad input (exit 2). */
export class ApiError extends HyperfleetError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    // The coordinator's codes are WireErrorCode's; a 503 (not ready, broker or journal trouble) may pass.
    super(code, message, { retryable: status === 503 });
  }
}

export const CLIENT_FLAGS = {
  coordinator: { type: "string" },
  token: { type: "string" },
  json: { type: "boolean" },
} as const;

export const CLIENT_FLAGS_HELP = `  --coordinator URL   the coordinator's HTTP API (or HYPERFLEET_COORDINATOR_URL; default http://127.0.0.1:8080)
  --token TOKEN       bearer token (or HYPERFLEET_TOKEN)
  --json              machine-readable output`;

/**
 * Nothing answers at the coordinator's URL (refused, no route, a name that does not resolve): one line
 * and exit 1. The code is the CLI's own; it never travels.
 */
export class CoordinatorUnreachableError extends HyperfleetError<"COORDINATOR_UNREACHABLE"> {
  constructor(url: string, reason: string) {
    super("COORDINATOR_UNREACHABLE", `cannot reach the coordinator at ${url}: ${reason} (is it running? --coordinator or HYPERFLEET_COORDINATOR_URL says where)`, { retryable: true });
  }
}

/** The coordinator's HTTP API, as the CLI uses it. */
export class ApiClient {
  readonly baseUrl: string;
  private readonly token: string | undefined;

  constructor(values: { coordinator?: string | undefined; token?: string | undefined }) {
    this.baseUrl = (values.coordinator ?? process.env.HYPERFLEET_COORDINATOR_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, "");
    this.token = values.token ?? process.env.HYPERFLEET_TOKEN;
    if (!/^https?:\/\//.test(this.baseUrl)) throw new UsageError(`--coordinator: expected an http(s) URL, got ${JSON.stringify(this.baseUrl)}`);
  }

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.fetch(path, {
      method,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...this.auth() },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: Record<string, unknown>;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // Not the coordinator's JSON: something else listens there (a proxy's page, another service).
      throw new ApiError(res.status, String(res.status), `${this.baseUrl} answered ${res.status} with something other than JSON; is --coordinator the coordinator's API?`, {});
    }
    if (!res.ok) {
      // The body is the coordinator's `{code, message, retryable}`, or anything a proxy in between sent.
      const code = typeof parsed.code === "string" ? parsed.code : String(res.status);
      const message = typeof parsed.message === "string" ? parsed.message : res.statusText;
      throw new ApiError(res.status, code, message, parsed);
    }
    return parsed as T;
  }

  /**
   * GET a stream of JSON lines (application/x-ndjson: `logs --follow`); `onItem` gets each as it
   * arrives. Resolves when the coordinator ends the stream. An error answer throws as request() does.
   */
  async stream(path: string, onItem: (item: Record<string, unknown>) => void): Promise<void> {
    const res = await this.fetch(path, { headers: this.auth() });
    if (!res.ok || !res.body) {
      const parsed = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      throw new ApiError(res.status, typeof parsed.code === "string" ? parsed.code : String(res.status), typeof parsed.message === "string" ? parsed.message : res.statusText, parsed);
    }
    const decoder = new TextDecoder();
    let text = "";
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n")) {
        const line = text.slice(0, nl).trim();
        text = text.slice(nl + 1);
        if (line) onItem(JSON.parse(line) as Record<string, unknown>);
      }
    }
  }

  /** A call to the coordinator; one it cannot be reached for is CoordinatorUnreachableError. */
  private async fetch(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, init);
    } catch (err) {
      throw new CoordinatorUnreachableError(this.baseUrl, ((err as Error).cause as Error | undefined)?.message ?? (err as Error).message);
    }
  }

  private auth(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  job(jobId: string): string {
    return `/v1/jobs/${encodeURIComponent(jobId)}`;
  }
}
