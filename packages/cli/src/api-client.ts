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
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new Error(`cannot reach the coordinator at ${this.baseUrl}: ${((err as Error).cause as Error | undefined)?.message ?? (err as Error).message}`);
    }
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    if (!res.ok) {
      // The body is the coordinator's `{code, message, retryable}`, or anything a proxy in between sent.
      const code = typeof parsed.code === "string" ? parsed.code : String(res.status);
      const message = typeof parsed.message === "string" ? parsed.message : res.statusText;
      throw new ApiError(res.status, code, message, parsed);
    }
    return parsed as T;
  }

  job(jobId: string): string {
    return `/v1/jobs/${encodeURIComponent(jobId)}`;
  }
}
