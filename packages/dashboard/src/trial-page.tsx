// A trial: parameters, status and attempts history, worker, metric plots, live log tail, artifacts.

import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { enc, getJson, liveStream, readLines } from "./api.js";
import { fmtNum, fmtTime, fmtValue } from "./lib/format.js";
import type { StreamMessage, TrialDetail } from "./lib/types.js";
import { MetricPlot } from "./plots.js";
import { KeyValues, StatusBadge } from "./widgets.js";

const MAX_LOG_LINES = 5000;

export function TrialPage(props: { jobId: string; trialId: number }) {
  const path = `/v1/jobs/${enc(props.jobId)}/trials/${props.trialId}`;
  const [t, setT] = useState<TrialDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => getJson<TrialDetail>(path).then(setT).catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = liveStream(`/v1/stream?job=${enc(props.jobId)}`, (v) => {
      const m = v as StreamMessage;
      if (m.type === "trials" && m.trials.some((x) => x.trialId === props.trialId) && !timer) {
        timer = setTimeout(() => {
          timer = null;
          void load();
        }, 1000);
      }
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [path]);

  if (error && !t) return <section data-page="trial"><p class="error" role="alert">{error}</p></section>;
  if (!t) return <section data-page="trial"><p class="empty">Loading…</p></section>;
  return (
    <section data-page="trial" data-trial-id={String(t.trialId)}>
      <h1>
        Trial #{t.trialId} <StatusBadge status={t.status} />
      </h1>
      <p>
        Status: <strong data-field="status">{t.status}</strong>
        {t.earlyStopped ? ` (early-stopped${t.stopReason ? `: ${t.stopReason}` : ""})` : ""}
        {t.error ? ` — ${t.error.code}: ${t.error.message}` : ""}
      </p>
      <div class="cols">
        <div class="card">
          <h2>Summary</h2>
          <KeyValues
            rows={[
              ...(t.values && t.values.length > 1
                ? ([["Objectives", <span data-field="values">{t.values.map((v) => fmtNum(v)).join(", ")}</span>]] as [string, ComponentChildren][])
                : ([["Objective", fmtNum(t.objective)]] as [string, ComponentChildren][])),
              ...Object.entries(t.constraintMetrics ?? {}).map(([m, v]) => [m, fmtNum(v)] as [string, ComponentChildren]),
              ...(t.feasible !== undefined ? ([["Feasible", <span data-field="feasible">{t.feasible ? "yes" : "no (outside the constraints)"}</span>]] as [string, ComponentChildren][]) : []),
              ...(t.pareto !== undefined ? ([["Pareto front", <span data-field="pareto">{t.pareto ? "on the front" : "no"}</span>]] as [string, ComponentChildren][]) : []),
              ["Attempt", String(t.attempt)],
              ["Worker", t.workerId ?? "—"],
              ["Created", fmtTime(t.createdUnixMs)],
              ["Claimed", fmtTime(t.claimedUnixMs)],
              ["Ended", fmtTime(t.endedUnixMs)],
              ["Artifacts", t.artifacts ? <code data-field="artifacts">{t.artifacts.host}:{t.artifacts.path}</code> : "—"],
            ]}
          />
        </div>
        <div class="card">
          <h2>Parameters</h2>
          <table class="grid compact">
            <tbody>
              {Object.entries(t.params).map(([k, v]) => (
                <tr key={k}><th scope="row">{k}</th><td class="num"><code>{fmtValue(v)}</code></td></tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="card">
          <h2>Attempts</h2>
          <table class="grid compact" data-grid="attempts">
            <thead>
              <tr><th scope="col">Attempt</th><th scope="col">Worker</th><th scope="col">Claimed</th><th scope="col">Ended</th><th scope="col">End</th></tr>
            </thead>
            <tbody>
              {(t.previousRuns ?? []).map((r) => (
                <tr key={r.attempt}>
                  <td class="num">{r.attempt}</td>
                  <td>{r.workerId ?? "—"}</td>
                  <td>{fmtTime(r.claimedUnixMs)}</td>
                  <td>{fmtTime(r.endedUnixMs)}</td>
                  <td><code>{typeof r.end === "string" ? r.end : JSON.stringify(r.end ?? null)}</code></td>
                </tr>
              ))}
              <tr>
                <td class="num">{t.attempt}</td>
                <td>{t.workerId ?? "—"}</td>
                <td>{fmtTime(t.claimedUnixMs)}</td>
                <td>{fmtTime(t.endedUnixMs)}</td>
                <td>{t.status} (current)</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
      <div class="plots">
        {Object.entries(t.metrics ?? {}).map(([name, pts]) => (
          <MetricPlot key={name} name={name} points={pts} />
        ))}
        {Object.keys(t.metrics ?? {}).length === 0 && <p class="empty">No metric reported.</p>}
      </div>
      <LogTail path={`${path}/logs?follow=true`} />
    </section>
  );
}

interface LogHead {
  running?: boolean;
  lines?: string[];
  dropped?: number;
  ended?: boolean;
  status?: string;
  keepalive?: boolean;
}

function LogTail(props: { path: string }) {
  const [lines, setLines] = useState<string[]>([]);
  const [state, setState] = useState("connecting");
  const [dropped, setDropped] = useState(0);
  const pre = useRef<HTMLPreElement>(null);
  const stick = useRef(true);
  useEffect(() => {
    const ctl = new AbortController();
    readLines(
      props.path,
      (v) => {
        const m = v as LogHead;
        if (m.keepalive) return;
        if (m.ended) {
          setState(`ended (${m.status ?? ""})`);
          return;
        }
        if (m.running !== undefined) setState(m.running ? "following" : "not running");
        if (m.dropped) setDropped((d) => d + m.dropped!);
        if (m.lines && m.lines.length) setLines((cur) => {
          const next = cur.concat(m.lines!);
          return next.length > MAX_LOG_LINES ? next.slice(next.length - MAX_LOG_LINES) : next;
        });
      },
      ctl.signal,
    )
      .then(() => setState((s) => (s.startsWith("ended") ? s : "closed")))
      .catch((e: Error) => {
        if (!ctl.signal.aborted) setState(`unavailable: ${e.message}`);
      });
    return () => ctl.abort();
  }, [props.path]);
  useEffect(() => {
    if (stick.current && pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [lines]);
  return (
    <section class="card" aria-label="Log">
      <h2>Log <span class="muted small" data-field="log-state">{state}{dropped ? ` · ${dropped} lines dropped` : ""}</span></h2>
      <pre
        class="log"
        data-log
        data-lines={String(lines.length)}
        ref={pre}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
        }}
      >
        {lines.join("\n")}
      </pre>
    </section>
  );
}
