// Jobs: every job with status, progress, best value, strategy, created and tags; filter and sort; live.

import { useEffect, useMemo, useState } from "preact/hooks";
import { getJson, liveStream } from "./api.js";
import { fmtNum, fmtTime } from "./lib/format.js";
import { jobHref } from "./lib/route.js";
import { filterJobs, mergeJobs, sortJobs } from "./lib/table.js";
import type { Sort } from "./lib/table.js";
import type { JobSummary, StreamMessage } from "./lib/types.js";
import { SortHeader, StatusBadge } from "./widgets.js";

const STATUSES = ["InProgress", "Stopping", "Completed", "Failed", "Stopped"];

export function JobsPage() {
  const [jobs, setJobs] = useState<JobSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [status, setStatus] = useState("");
  const [text, setText] = useState("");
  const [sort, setSort] = useState<Sort>({ key: "created", dir: "desc" });

  useEffect(() => {
    getJson<{ jobs: JobSummary[] }>("/v1/jobs")
      .then((r) => setJobs((cur) => mergeJobs(r.jobs, cur ?? [])))
      .catch((e: Error) => setError(e.message));
    return liveStream(
      "/v1/stream",
      (v) => {
        const m = v as StreamMessage;
        if (m.type === "jobs") setJobs((cur) => mergeJobs(cur ?? [], m.jobs));
      },
      setLive,
    );
  }, []);

  const shown = useMemo(() => sortJobs(filterJobs(jobs ?? [], status, text), sort), [jobs, status, text, sort]);
  const th = (key: string, label: string) => <SortHeader key={key} k={key} label={label} sort={sort} onSort={setSort} />;

  return (
    <section data-page="jobs">
      <h1>Tuning jobs <LiveDot live={live} /></h1>
      <div class="filters">
        <label>
          Status{" "}
          <select data-filter="status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">all</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Search{" "}
          <input type="search" data-filter="text" placeholder="name, id, tag…" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </label>
        <span class="muted">{jobs ? `${shown.length} of ${jobs.length} jobs` : ""}</span>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {!jobs && !error && <p class="empty">Loading…</p>}
      {jobs && (
        <table class="grid" data-grid="jobs">
          <thead>
            <tr>
              {th("name", "Job")}
              {th("status", "Status")}
              {th("progress", "Progress")}
              {th("best", "Best")}
              {th("strategy", "Strategy")}
              {th("created", "Created")}
              {th("tags", "Tags")}
            </tr>
          </thead>
          <tbody>
            {shown.map((j) => (
              <tr key={j.jobId} data-job-id={j.jobId}>
                <td>
                  <a href={jobHref(j.jobId)}>{j.name || j.jobId}</a>
                  {j.name && j.name !== j.jobId && <div class="muted small">{j.jobId}</div>}
                </td>
                <td data-field="status"><StatusBadge status={j.status} /></td>
                <td data-field="progress">
                  <progress max={j.limits.maxTrials} value={Math.min(j.trials, j.limits.maxTrials)} aria-label="trials created" /> {j.trials}/{j.limits.maxTrials}
                  <div class="muted small">{j.counters.Completed} done · {j.counters.InProgress} running{j.counters.NonRetryableError ? ` · ${j.counters.NonRetryableError} failed` : ""}</div>
                </td>
                <td class="num" data-field="best">
                  {j.paretoSize !== undefined ? (
                    <span data-field="pareto-size">
                      {j.paretoSize} <span class="muted small">on the Pareto front</span>
                    </span>
                  ) : (
                    <>
                      {fmtNum(j.bestObjective)} <span class="muted small">{j.objective.type === "minimize" ? "min" : "max"} {j.objective.metric}</span>
                    </>
                  )}
                </td>
                <td>{j.strategy}</td>
                <td>{fmtTime(j.createdAt)}</td>
                <td>
                  {Object.entries(j.tags ?? {}).map(([k, v]) => (
                    <span key={k} class="tag">{k}={v}</span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function LiveDot(props: { live: boolean }) {
  return <span class={props.live ? "live on" : "live"} title={props.live ? "live updates connected" : "reconnecting"} aria-label={props.live ? "live" : "reconnecting"} />;
}
