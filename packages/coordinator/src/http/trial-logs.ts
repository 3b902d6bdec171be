import type { IncomingMessage, ServerResponse } from "node:http";
import type { JobRunner } from "../job/job-runner.js";
import type { JobTrial } from "../job/job-state.js";
import { ndjsonStream } from "./ndjson-stream.js";

/**
 * GET /v1/jobs/<id>/trials/<n>/logs: a running attempt's output as the coordinator has it (the last
 * 1,000 lines its worker sent), else the log tail its result carried. With `?follow=true` the answer
 * is a stream of JSON lines (application/x-ndjson): what there is now, then each batch as it comes,
 * then `{"ended": true, "status": ...}` once the attempt is over (a trial still queued waits for its
 * run), with `{"keepalive": true}` lines while it is quiet. The stream ends when the client goes.
 */
export function sendTrialLogs(job: JobRunner, trial: JobTrial, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const follow = ["1", "true", ""].includes(url.searchParams.get("follow") ?? "-");
  const live = trial.status === "Running" ? job.liveLogs.get(trial.trialId) : undefined;
  const now = { trialId: trial.trialId, attempt: trial.attempt, running: trial.status === "Running", lines: live ? live.lines : (trial.logTail ?? []), dropped: live?.dropped ?? 0 };
  if (!follow) {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(now));
    return;
  }
  let stop = (): void => undefined;
  const stream = ndjsonStream(req, res, { keepalive: true }, () => stop());
  stream.write(now);
  if (trial.status !== "Running" && trial.status !== "Pending") {
    stream.write({ ended: true, status: trial.status });
    stream.end();
    return;
  }
  stop = job.liveLogs.follow(trial.trialId, trial.attempt, {
    lines: (lines, dropped) => stream.write({ lines, dropped }),
    ended: () => {
      const after = job.trials.get(trial.trialId);
      stream.write({ ended: true, status: after?.status ?? "unknown", lines: after?.logTail ?? [] });
      stream.end();
    },
  });
}
