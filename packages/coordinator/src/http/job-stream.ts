import type { IncomingMessage, ServerResponse } from "node:http";
import type { Coordinator } from "../job/coordinator.js";
import { frontIds, jobSummary, trialListEntry } from "./job-description.js";
import { ndjsonStream } from "./ndjson-stream.js";

/** Changes go out at most this often: a busy job changes hundreds of times a second. */
const FLUSH_MS = 250;

/**
 * GET /v1/stream[?job=ID]: the dashboard's live view, as JSON lines (application/x-ndjson; a page
 * reads it with fetch, which can send the bearer token). First every job's summary ({type: "jobs"})
 * and, with `job`, every trial of it ({type: "trials", jobId}); then, at most every 250 ms, the
 * summaries of the jobs that changed and the job's trials that changed; {type: "keepalive"} every 15 s.
 * It never ends by itself: the page closes it, or reconnects when the coordinator goes.
 */
export function sendJobStream(coordinator: Coordinator, jobId: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  let stopWatching = (): void => undefined;
  let timer: NodeJS.Timeout | undefined;
  const { write } = ndjsonStream(req, res, { type: "keepalive" }, () => {
    stopWatching();
    clearTimeout(timer);
  });
  write({ type: "jobs", jobs: [...coordinator.jobs.values()].map(jobSummary) });
  const followed = jobId === undefined ? undefined : coordinator.jobs.get(jobId);
  if (followed) {
    const front = frontIds(followed);
    write({ type: "trials", jobId, trials: [...followed.trials.values()].map((t) => trialListEntry(followed, t, front)) });
  }
  const jobs = new Set<string>();
  const trials = new Set<number>();
  const flush = () => {
    timer = undefined;
    const summaries = [...jobs].flatMap((id) => {
      const j = coordinator.jobs.get(id);
      return j ? [jobSummary(j)] : [];
    });
    jobs.clear();
    if (summaries.length > 0) write({ type: "jobs", jobs: summaries });
    const job = jobId === undefined ? undefined : coordinator.jobs.get(jobId);
    if (job && trials.size > 0) {
      // A trial's `pareto` is as of its own change: a reader that needs the front now recomputes it
      // from the values (the dashboard does) or asks GET /v1/jobs/:id.
      const front = frontIds(job);
      const changed = [...trials].flatMap((id) => {
        const t = job.trials.get(id);
        return t ? [trialListEntry(job, t, front)] : [];
      });
      write({ type: "trials", jobId, trials: changed });
    }
    trials.clear();
  };
  stopWatching = coordinator.watch((id, trialId) => {
    jobs.add(id);
    if (id === jobId && trialId !== undefined) trials.add(trialId);
    timer ??= setTimeout(flush, FLUSH_MS);
  });
}
