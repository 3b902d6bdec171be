import { WireErrorCode } from "@hyperfleet/transport";
import { HyperfleetError } from "@hyperfleet/optimizer";
import { closestName } from "../job/closest-name.js";
import type { JobRunner } from "../job/job-runner.js";
import type { JobStatus } from "../job/job-state.js";

const STATUSES: readonly JobStatus[] = ["InProgress", "Completed", "Failed", "Stopping", "Stopped"];
const PARAMETERS = ["status", "tag"];

/** A query of GET /v1/jobs that cannot be read: 400 naming the parameter. */
export class InvalidQueryError extends HyperfleetError<typeof WireErrorCode.InvalidArgument> {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(WireErrorCode.InvalidArgument, `${field}: ${message}`);
  }
}

/**
 * GET /v1/jobs?status=S&tag=key=value: which jobs to list. `status` may repeat or hold a comma list
 * (any of them); each `tag` must match (`key=value`, or `key` for any value). Unknown parameters are
 * refused, as unknown fields are everywhere else.
 */
export function jobFilter(query: URLSearchParams): (job: JobRunner) => boolean {
  for (const name of new Set(query.keys())) {
    if (!PARAMETERS.includes(name)) {
      const suggestion = closestName(name, PARAMETERS);
      throw new InvalidQueryError(name, `unknown query parameter${suggestion ? `; did you mean ${suggestion}?` : ""} (allowed: ${PARAMETERS.join(", ")})`);
    }
  }
  const statuses = query.getAll("status").flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  for (const s of statuses) {
    if (!STATUSES.includes(s as JobStatus)) {
      const suggestion = closestName(s, STATUSES);
      throw new InvalidQueryError("status", `${JSON.stringify(s)} is not a job status${suggestion ? `; did you mean ${suggestion}?` : ""} (allowed: ${STATUSES.join(", ")})`);
    }
  }
  const tags = query.getAll("tag").map((t) => {
    const i = t.indexOf("=");
    const key = i < 0 ? t : t.slice(0, i);
    if (!key) throw new InvalidQueryError("tag", `expected key=value or key, got ${JSON.stringify(t)}`);
    return { key, value: i < 0 ? undefined : t.slice(i + 1) };
  });
  return (job) => {
    if (statuses.length > 0 && !statuses.includes(job.status)) return false;
    const own = job.spec.tags ?? {};
    return tags.every(({ key, value }) => Object.hasOwn(own, key) && (value === undefined || own[key] === value));
  };
}
