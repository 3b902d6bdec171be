/** The OpenAPI 3.1 description of the coordinator's HTTP API, served at /openapi.json. */
const error = { $ref: "#/components/schemas/Error" };
const jobId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const trialId = { name: "trial", in: "path", required: true, schema: { type: "integer" } };
const lease = { type: "string", description: "the lease of the suggestion, as handed out" };
const metricValues = { type: "object", additionalProperties: { oneOf: [{ type: "number" }, { enum: ["NaN", "Infinity", "-Infinity"] }] } };
const reportAnswer = json({ type: "object", required: ["shouldStop", "leaseExpiresUnixMs"], properties: { shouldStop: { type: "boolean" }, reason: { type: "string" }, leaseExpiresUnixMs: { type: "integer" } } });
/** A report on a suggestion: 409 LEASE_EXPIRED once its lease ran out, JOB_NOT_EXTERNAL for a job that runs on workers. */
const report = (summary: string, body: object, answer: object) => ({
  post: { summary, parameters: [jobId, trialId], requestBody: json(body), responses: { 200: answer, 400: json(error), 404: json(error), 409: json(error) } },
});

export const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "Hyperfleet coordinator", version: "1.0.0", description: "Tuning jobs on machines you own. Errors are {code, message, field?}." },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" }, problems: { type: "array" } } },
      JobSpec: { type: "object", description: "docs/job-spec.md; a SageMaker CreateHyperParameterTuningJob body is accepted too" },
      Job: {
        type: "object",
        description:
          "status, reasons, createdAt/endedAt, counters, limits (now), tags, consumed runtime, spec (the normalized job spec as submitted), resolvedScaling, objectives and constraints, paretoFront [{trialId, values, params}] with several objectives, feasibleTrials and constraintsNote with constraints, and bestTrial (the best feasible; null with several objectives) with what reruns it: hyperparameters (all, as strings), command or image, environment, resources, attempt, worker, duration, hyperband {configuration, rung, budget}",
      },
      Trial: { type: "object", description: "trial id, parameters, status, attempt, objective, values (several objectives), constraintMetrics and feasible (constraints), pareto, error, metric series, earlyStopped, earlyStop {rule, step, value, median?}, stopReason" },
    },
  },
  security: [{ bearer: [] }],
  paths: {
    "/v1/jobs": {
      get: {
        summary: "List jobs, optionally by status and tags",
        parameters: [
          { name: "status", in: "query", required: false, schema: { type: "string" }, description: "InProgress, Completed, Failed, Stopping or Stopped; repeat it or give a comma list for any of them" },
          { name: "tag", in: "query", required: false, schema: { type: "string" }, description: "key=value, or key for any value; repeat it: all must match" },
        ],
        responses: { 200: json({ type: "object" }), 400: json(error), 401: json(error) },
      },
      post: { summary: "Submit a job", requestBody: json({ $ref: "#/components/schemas/JobSpec" }), responses: { 201: json({ type: "object" }), 400: json(error), 401: json(error) } },
    },
    "/v1/jobs/{id}": {
      get: { summary: "Describe a job", parameters: [jobId], responses: { 200: json({ $ref: "#/components/schemas/Job" }), 404: json(error) } },
      patch: {
        summary: "Change limits (maxTrials, maxParallelTrials, maxFailedTrials); more trials reopen a Completed job, a maxFailedTrials at or below the failed count ends it Failed; an unknown field is 400 naming the likely one",
        parameters: [jobId],
        responses: { 200: json({ $ref: "#/components/schemas/Job" }), 400: json(error), 409: json(error) },
      },
      delete: { summary: "Forget an ended job (its id is never reused); 409 while it runs", parameters: [jobId], responses: { 200: json({ type: "object" }), 404: json(error), 409: json(error) } },
    },
    "/v1/jobs/{id}/stop": { post: { summary: "Stop a job", parameters: [jobId], responses: { 202: json({ $ref: "#/components/schemas/Job" }), 404: json(error) } } },
    "/v1/jobs/{id}/trials": { get: { summary: "List a job's trials", parameters: [jobId], responses: { 200: json({ type: "object" }) } } },
    "/v1/jobs/{id}/curves": {
      get: {
        summary: "Every trial's series of one metric (the objective by default), each downsampled to at most `points` [step, value] pairs",
        parameters: [jobId, { name: "metric", in: "query", required: false, schema: { type: "string" } }, { name: "points", in: "query", required: false, schema: { type: "integer", minimum: 2, maximum: 2000, default: 100 } }],
        responses: { 200: json({ type: "object" }), 404: json(error) },
      },
    },
    "/v1/jobs/{id}/importance": { get: { summary: "Each parameter's share of the objective's variation (GP ARD relevance; sums to 1)", parameters: [jobId], responses: { 200: json({ type: "object" }), 404: json(error) } } },
    "/v1/stream": {
      get: {
        summary: "Live changes as JSON lines (application/x-ndjson): job summaries, and with `job` its changed trials, at most every 250 ms",
        parameters: [{ name: "job", in: "query", required: false, schema: { type: "string" } }],
        responses: { 200: { description: "a stream of JSON lines", content: { "application/x-ndjson": { schema: { type: "object" } } } }, 404: json(error) },
      },
    },
    "/v1/jobs/{id}/trials/{trial}": {
      get: { summary: "One trial with its metric series", parameters: [jobId, { name: "trial", in: "path", required: true, schema: { type: "integer" } }], responses: { 200: json({ $ref: "#/components/schemas/Trial" }), 404: json(error) } },
    },
    "/v1/jobs/{id}/trials/{trial}/logs": {
      get: { summary: "The last output lines of a trial's last attempt", parameters: [jobId, { name: "trial", in: "path", required: true, schema: { type: "integer" } }], responses: { 200: json({ type: "object" }), 404: json(error) } },
    },
    "/v1/jobs/{id}/suggestions": {
      post: {
        summary:
          "Suggestion service (training.runtime: external): up to `count` trials under leases, accounting for every pending one; waits up to waitSeconds for the first. Fewer (or none) when maxParallelTrials are held or the job ended (`status` says)",
        parameters: [jobId],
        requestBody: json({
          type: "object",
          properties: {
            count: { type: "integer", minimum: 1, maximum: 100, default: 1 },
            waitSeconds: { type: "number", minimum: 0, maximum: 60, default: 0 },
            leaseSeconds: { type: "number", minimum: 5, maximum: 86400, default: 600 },
            client: { type: "string", pattern: "^[A-Za-z0-9._-]{1,64}$", default: "client" },
          },
        }),
        responses: {
          200: json({
            type: "object",
            properties: {
              suggestions: { type: "array", items: { type: "object", properties: { trialId: { type: "integer" }, attempt: { type: "integer" }, lease: { type: "string" }, leaseExpiresUnixMs: { type: "integer" }, hyperparameters: { type: "object" }, staticHyperparameters: { type: "object" } } } },
              status: { type: "string" },
              pending: { type: "integer" },
              running: { type: "integer" },
            },
          }),
          400: json(error),
          404: json(error),
          409: json(error),
        },
      },
    },
    "/v1/jobs/{id}/trials/{trial}/metrics": report(
      "Intermediate metrics of a suggestion (extends its lease); the answer says whether the early-stopping rule (or a stop of the job, a time limit) wants it stopped",
      { type: "object", required: ["lease", "metrics"], properties: { lease, step: { type: "integer", minimum: 0 }, metrics: metricValues } },
      reportAnswer,
    ),
    "/v1/jobs/{id}/trials/{trial}/heartbeat": report("Keeps a suggestion's lease while it trains; says whether to stop", { type: "object", required: ["lease"], properties: { lease } }, reportAnswer),
    "/v1/jobs/{id}/trials/{trial}/result": report(
      "How a suggestion ended: completed (value, or metrics with the objective), failed (error), or stopped (the answer to shouldStop). The answer is the trial's status then (Pending when a failure is retried)",
      { type: "object", required: ["lease"], properties: { lease, status: { enum: ["completed", "failed", "stopped"], default: "completed" }, value: { type: "number" }, metrics: metricValues, error: { type: "string" } } },
      json({ type: "object", properties: { trialId: { type: "integer" }, status: { type: "string" }, attempt: { type: "integer" }, objective: { type: "number" } } }),
    ),
    "/healthz": { get: { summary: "Liveness", security: [], responses: { 200: json({ type: "object" }) } } },
    "/readyz": { get: { summary: "Readiness: the journal has been replayed", security: [], responses: { 200: json({ type: "object" }), 503: json(error) } } },
    "/metrics": { get: { summary: "Prometheus metrics (hyperfleet_*)", responses: { 200: { content: { "text/plain": {} } } } } },
  },
} as const;
