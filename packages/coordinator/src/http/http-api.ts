import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { Registry } from "prom-client";
import { HyperfleetError } from "@hyperfleet/optimizer";
import { TransportError, WireErrorCode } from "@hyperfleet/transport";
import type { Coordinator } from "../job/coordinator.js";
import type { JobRunner } from "../job/job-runner.js";
import { JobActiveError, JobEndedError, JobNotFoundError } from "../job/job-errors.js";
import { JobSpecError } from "../job/job-spec-error.js";
import { fromSageMakerRequest } from "../job/sagemaker-request.js";
import { frontIds, jobDescription, jobSummary, trialDetail, trialListEntry } from "./job-description.js";
import { InvalidQueryError, jobFilter } from "./job-filter.js";
import { InvalidPatchError, parseLimitsPatch } from "./limits-patch.js";
import { OPENAPI } from "./openapi.js";
import { sendTrialLogs } from "./trial-logs.js";
import { jobCurves, jobImportance } from "./job-plots.js";
import { sendJobStream } from "./job-stream.js";
import { sendDashboardFile } from "./static-files.js";
import { bearerMatches, declaresJson, decodeSegment } from "./request-guards.js";
import { heartbeat, reportMetrics, reportResult, takeSuggestions } from "./suggestion-routes.js";
import { InvalidBodyError } from "./suggestion-bodies.js";
import { JobNotExternalError, LeaseExpiredError } from "../external/external-errors.js";

export interface HttpApiOptions {
  coordinator: Coordinator;
  registry: Registry;
  /** When set, every /v1 route and /metrics need "Authorization: Bearer <token>". */
  token?: string;
  /** The dashboard's built files, served at / (packages/dashboard/dist); absent: / says so. */
  dashboardDir?: string;
}

/** What an API client reports on a suggestion it holds: POST /v1/jobs/:id/trials/:trial/<kind>. */
const CLIENT_REPORTS = new Map<string, (c: Coordinator, job: JobRunner, trialId: number, body: unknown) => Promise<unknown>>([
  ["metrics", reportMetrics],
  ["heartbeat", heartbeat],
  ["result", reportResult],
]);

/** An answer other than 2xx: its HTTP status, a code from WireErrorCode, and extra fields for the body. */
class HttpError extends HyperfleetError<WireErrorCode> {
  constructor(
    readonly status: number,
    code: WireErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code, message, { retryable: status === 503 });
  }
}

/**
 * The coordinator's HTTP API (docs/api.md, /openapi.json). Errors are JSON {code, message, field?}.
 * With `tls` (PEM certificate and key) it is served over HTTPS.
 */
export function createHttpApi(options: HttpApiOptions & { tls?: { cert: string | Buffer; key: string | Buffer } }): Server {
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    handle(options, req, res).catch((err: unknown) => {
      const e = toHttpError(err);
      send(res, e.status, { code: e.code, message: e.message, ...e.extra });
    });
  };
  return options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createServer(handler);
}

async function handle(o: HttpApiOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const method = req.method ?? "GET";
  if (path === "/healthz") return send(res, 200, { status: "ok" });
  if (path === "/readyz") return o.coordinator.started ? send(res, 200, { status: "ready" }) : send(res, 503, { code: WireErrorCode.NotReady, message: "the coordinator is still replaying its journal" });
  if (path === "/openapi.json") return send(res, 200, OPENAPI);
  // The dashboard's files hold no data (the page asks for the token before any /v1 call): public.
  if (method === "GET" && sendDashboardFile(o.dashboardDir, path, res)) return;
  if (o.token !== undefined) {
    const auth = bearerMatches(req, o.token);
    if (auth === "missing") throw new HttpError(401, WireErrorCode.Unauthorized, "a bearer token is required (Authorization: Bearer <token>)");
    if (auth === "wrong") throw new HttpError(401, WireErrorCode.Unauthorized, "the bearer token is wrong");
  }
  if (path === "/metrics") {
    res.writeHead(200, { "content-type": o.registry.contentType });
    res.end(await o.registry.metrics());
    return;
  }
  if (path === "/v1/stream" && method === "GET") {
    const jobId = url.searchParams.get("job") ?? undefined;
    if (jobId !== undefined && !o.coordinator.jobs.has(jobId)) throw new HttpError(404, WireErrorCode.JobNotFound, `no job ${JSON.stringify(jobId)}`);
    return sendJobStream(o.coordinator, jobId, req, res);
  }
  const parts = path.split("/").filter(Boolean); // v1, jobs, :id, ...
  if (parts[0] !== "v1" || parts[1] !== "jobs") throw new HttpError(404, WireErrorCode.NotFound, `no route ${method} ${path}`);
  const jobs = o.coordinator.jobs;
  if (parts.length === 2) {
    if (method === "GET") {
      const wanted = jobFilter(url.searchParams);
      return send(res, 200, { jobs: [...jobs.values()].filter(wanted).map(jobSummary) });
    }
    if (method === "POST") {
      const body = await readJson(req);
      const sagemaker = body !== null && typeof body === "object" && "HyperParameterTuningJobConfig" in body;
      const { spec, warnings } = sagemaker ? fromSageMakerRequest(body) : { spec: body, warnings: [] };
      const jobId = await o.coordinator.submit(spec);
      return send(res, 201, { jobId, warnings });
    }
  }
  const id = decodeSegment(parts[2] ?? "");
  if (id === undefined) throw new HttpError(400, WireErrorCode.InvalidArgument, `the job id ${JSON.stringify(parts[2])} has a malformed %-escape`, { field: "id" });
  const job = jobs.get(id);
  if (!job) throw new HttpError(404, WireErrorCode.JobNotFound, `no job ${JSON.stringify(id)}`);
  if (parts.length === 3) {
    if (method === "GET") return send(res, 200, jobDescription(job));
    if (method === "PATCH") {
      await job.changeLimits(parseLimitsPatch(await readJson(req)));
      return send(res, 200, jobDescription(job));
    }
  }
  if (parts.length === 3 && method === "DELETE") {
    await o.coordinator.deleteJob(job.jobId);
    return send(res, 200, { jobId: job.jobId, deleted: true });
  }
  if (parts.length === 4 && parts[3] === "stop" && method === "POST") {
    await job.stop();
    return send(res, 202, jobDescription(job));
  }
  if (parts.length === 4 && parts[3] === "suggestions" && method === "POST") return send(res, 200, await takeSuggestions(o.coordinator, job, await readJson(req)));
  if (parts.length === 4 && parts[3] === "curves" && method === "GET") return send(res, 200, jobCurves(job, url.searchParams));
  if (parts.length === 4 && parts[3] === "importance" && method === "GET") return send(res, 200, jobImportance(job));
  if (parts[3] === "trials" && parts.length === 6 && method === "POST") {
    // An API client's reports on a suggestion it holds (the suggestion service, docs/api.md).
    const trialId = Number(parts[4]);
    if (!job.trials.has(trialId)) throw new HttpError(404, WireErrorCode.TrialNotFound, `no trial ${JSON.stringify(parts[4])} in job ${job.jobId}`);
    const report = CLIENT_REPORTS.get(parts[5]!);
    if (report) return send(res, 200, await report(o.coordinator, job, trialId, await readJson(req)));
  }
  if (parts[3] === "trials" && method === "GET") {
    // The list leaves out metric series, earlier runs and logs; GET one trial, or its logs, for them.
    if (parts.length === 4) {
      const front = frontIds(job);
      return send(res, 200, { trials: [...job.trials.values()].map((t) => trialListEntry(job, t, front)) });
    }
    const trial = job.trials.get(Number(parts[4]));
    if (!trial) throw new HttpError(404, WireErrorCode.TrialNotFound, `no trial ${JSON.stringify(parts[4])} in job ${job.jobId}`);
    if (parts.length === 5) return send(res, 200, trialDetail(job, trial));
    if (parts.length === 6 && parts[5] === "logs") return sendTrialLogs(job, trial, url, req, res);
    throw new HttpError(404, WireErrorCode.NotFound, `no route ${method} ${path}`);
  }
  throw new HttpError(405, WireErrorCode.MethodNotAllowed, `${method} ${path} is not supported`);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!declaresJson(req)) throw new HttpError(415, WireErrorCode.UnsupportedMediaType, `request bodies must be application/json, not ${JSON.stringify(req.headers["content-type"] ?? "(none)")}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1 << 20) throw new HttpError(413, WireErrorCode.TooLarge, "request bodies are limited to 1 MiB");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, WireErrorCode.InvalidJson, "the request body is not valid JSON");
  }
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof JobSpecError) return new HttpError(400, WireErrorCode.InvalidJobSpec, err.message, { field: err.problems[0]?.field, problems: err.problems });
  if (err instanceof InvalidPatchError) return new HttpError(400, err.code, err.message, { field: err.field, problems: err.problems });
  if (err instanceof InvalidQueryError) return new HttpError(400, err.code, err.message, { field: err.field });
  if (err instanceof InvalidBodyError) return new HttpError(400, err.code, err.message, { field: err.field, problems: err.problems });
  if (err instanceof LeaseExpiredError || err instanceof JobNotExternalError) return new HttpError(409, err.code, err.message);
  if (err instanceof JobNotFoundError) return new HttpError(404, err.code, err.message);
  if (err instanceof JobActiveError || err instanceof JobEndedError) return new HttpError(409, err.code, err.message, { status: err.status });
  // The broker is down or closing: the coordinator's trouble, not the request's; try again later.
  if (err instanceof TransportError) return new HttpError(503, err.code, err.message);
  if (err instanceof HyperfleetError) {
    const e = err as HyperfleetError; // instanceof on a generic class narrows to HyperfleetError<any>
    return new HttpError(e.retryable ? 503 : 400, e.code as WireErrorCode, e.message); // every package code is listed there
  }
  return new HttpError(500, WireErrorCode.Internal, (err as Error).message ?? String(err));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

