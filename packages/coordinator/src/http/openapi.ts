/** The OpenAPI 3.1 description of the coordinator's HTTP API, served at /openapi.json. */
const error = { $ref: "#/components/schemas/Error" };
const jobId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const json = (schema: object) => ({ content: { "application/json": { schema } } });

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
          "status, reasons, createdAt/endedAt, counters, limits (now), tags, consumed runtime, spec (the normalized job spec as submitted), resolvedScaling, and bestTrial with what reruns it: hyperparameters (all, as strings), command or image, environment, resources, attempt, worker, duration, hyperband {configuration, rung, budget}",
      },
      Trial: { type: "object", description: "trial id, parameters, status, attempt, objective, error, metric series, earlyStopped, earlyStop {rule, step, value, median?}, stopReason" },
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
    "/healthz": { get: { summary: "Liveness", security: [], responses: { 200: json({ type: "object" }) } } },
    "/readyz": { get: { summary: "Readiness: the journal has been replayed", security: [], responses: { 200: json({ type: "object" }), 503: json(error) } } },
    "/metrics": { get: { summary: "Prometheus metrics (hyperfleet_*)", responses: { 200: { content: { "text/plain": {} } } } } },
  },
} as const;
