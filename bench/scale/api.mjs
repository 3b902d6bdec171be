// The coordinator's HTTP API over node:http with keep-alive: every call has a timeout, so a
// coordinator that falls far behind slows the bench down but never hangs it.
import { Agent, request as httpRequest } from "node:http";

/** { status, body } of one call; rejects on a timeout or a refused connection. Without `via`, a connection of its own. */
export function call(api, method, path, { token, body, timeoutMs = 10_000, via = false } = {}) {
  return new Promise((ok, fail) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(data ? { "content-type": "application/json", "content-length": Buffer.byteLength(data) } : {}) };
    const req = httpRequest(`${api}${path}`, { method, headers, agent: via, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        ok({ status: res.statusCode, body: json });
      });
      res.on("error", fail);
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)));
    req.on("error", fail);
    req.end(data);
  });
}

export const get = (api, path, options) => call(api, "GET", path, options);

/** The coordinator's API with the bench's bearer token. */
export function client(api, token) {
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const ok = async (method, path, body, timeoutMs) => {
    // A submission gets a connection of its own: a kept-alive one the server is just closing (its
    // keep-alive timeout) would fail it, and a retried POST could create a job twice. A GET is retried.
    const once = () => call(api, method, path, { token, body, timeoutMs, via: method === "GET" ? agent : false });
    const r = await once().catch((err) => (method === "GET" && /hang up|ECONNRESET/.test(String(err?.message ?? err)) ? once() : Promise.reject(err)));
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  return {
    submit: async (spec, timeoutMs = 30_000) => (await ok("POST", "/v1/jobs", spec, timeoutMs)).jobId,
    jobs: async (timeoutMs) => (await ok("GET", "/v1/jobs", undefined, timeoutMs)).jobs,
    trials: async (jobId, timeoutMs = 20_000) => (await ok("GET", `/v1/jobs/${encodeURIComponent(jobId)}/trials`, undefined, timeoutMs)).trials,
  };
}

/**
 * Every job's trial list, four requests at a time, all within `capMs` (a swamped coordinator answers
 * each one slowly). A list that could not be read in time is empty and marked `unread`; `readAt`
 * is when the list's answer came.
 */
export async function readTrialLists(api, jobIds, capMs) {
  const deadline = Date.now() + capMs;
  const out = new Array(jobIds.length);
  let next = 0;
  const reader = async () => {
    while (next < jobIds.length) {
      const i = next++;
      const left = deadline - Date.now();
      const trials = left > 0 ? await api.trials(jobIds[i], left).catch(() => undefined) : undefined;
      out[i] = { jobId: jobIds[i], trials: trials ?? [], unread: trials === undefined, readAt: Date.now() };
    }
  };
  await Promise.all([reader(), reader(), reader(), reader()]);
  return out;
}

/**
 * Asks /healthz every `everyMs` on a connection of its own until stopped: the longest answer is how
 * long the coordinator's event loop stalled (a request that times out counts as its timeout).
 */
export function pollHealth(api, everyMs = 10) {
  const own = new Agent({ keepAlive: true, maxSockets: 1 });
  let running = true;
  const stats = { polls: 0, failures: 0, maxLatencyMs: 0, maxGapMs: 0 };
  const done = (async () => {
    let last = performance.now();
    while (running) {
      const t = performance.now();
      const r = await get(api, "/healthz", { timeoutMs: 5_000, via: own }).catch(() => undefined);
      const now = performance.now();
      stats.polls++;
      if (r?.status !== 200) stats.failures++;
      stats.maxLatencyMs = Math.max(stats.maxLatencyMs, now - t);
      stats.maxGapMs = Math.max(stats.maxGapMs, now - last);
      last = now;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      own.destroy();
      return stats;
    },
  };
}
