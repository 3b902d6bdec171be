import type { IncomingMessage, ServerResponse } from "node:http";
import type { JobRunner } from "../job/job-runner.js";
import type { JobTrial } from "../job/job-state.js";

/** A blank-ish line this often keeps a quiet follow open through proxies that drop idle connections. */
const KEEPALIVE_MS = 15_000;

/**
 * GET /v1/jobs/<id>/trials/<n>/logs: a running attempt's output as the coordinator has it (the last
 * 1,000 lines its worker sent), else the log tail its result carried. With `?follow=true` the answer
 * is a stream of JSON lines (application/x-ndjson): what there is now, then each batch as it comes,
 * then `{"ended": true, "status": ...}` once the attempt is over (a trial still queued waits for its
 * run). The stream ends when the client goes.
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
  res.writeHead(200, { "content-type": "application/x-ndjson", "cache-control": "no-store" });
  const write = (body: unknown) => res.write(`${JSON.stringify(body)}\n`);
  write(now);
  if (trial.status !== "Running" && trial.status !== "Pending") {
    write({ ended: true, status: trial.status });
    res.end();
    return;
  }
  const keepalive = setInterval(() => write({ keepalive: true }), KEEPALIVE_MS);
  const stop = job.liveLogs.follow(trial.trialId, trial.attempt, {
    lines: (lines, dropped) => write({ lines, dropped }),
    ended: () => {
      finish();
      const after = job.trials.get(trial.trialId);
      write({ ended: true, status: after?.status ?? "unknown", lines: after?.logTail ?? [] });
      res.end();
    },
  });
  const finish = () => {
    clearInterval(keepalive);
    stop();
  };
  req.on("close", finish);
}
