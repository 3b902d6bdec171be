// A job: summary, configuration, counters, limits (editable), stop/extend, best trial, plots, trials grid.
// Several objectives: the objectives and the front's size instead of a best value, and the Pareto panel;
// constraints: the bounds, the feasible count, infeasible trials marked in the plots and the grid.
import type { ComponentChildren } from "preact";

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { ApiError, enc, getJson, liveStream, sendJson } from "./api.js";
import { fmtDuration, fmtNum, fmtTime, fmtValue } from "./lib/format.js";
import { applyBrushes, buildAxes, objectiveAxes } from "./lib/parallel.js";
import type { Brushes } from "./lib/parallel.js";
import { trialHref } from "./lib/route.js";
import { filterTrials, mergeTrials, sortTrials } from "./lib/table.js";
import type { Range, Sort } from "./lib/table.js";
import { trialsCsv } from "./lib/csv.js";
import { describeConstraint, paretoFront, withFront } from "./lib/pareto.js";
import type { Constraint, CurvesResponse, ImportanceResponse, JobDescription, JobSummary, Limits, Objective, StreamMessage, Trial } from "./lib/types.js";
import { CurvesPlot, HistoryPlot, ImportanceBars, ParallelPlot, SlicePlots } from "./plots.js";
import { ParetoPanel } from "./pareto-panel.js";
import { KeyValues, SortHeader, StatusBadge } from "./widgets.js";
import { LiveDot } from "./jobs-page.js";

const ACTIVE = new Set(["InProgress", "Stopping"]);

/** Calls fn at most once per `ms`, trailing. */
function useThrottle(fn: () => void, ms: number): () => void {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const f = useRef(fn);
  f.current = fn;
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return () => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + ms - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      last.current = Date.now();
      f.current();
    }, wait);
  };
}

export function JobPage(props: { jobId: string }) {
  const id = props.jobId;
  const base = `/v1/jobs/${enc(id)}`;
  const [desc, setDesc] = useState<JobDescription | null>(null);
  const [summary, setSummary] = useState<JobSummary | null>(null);
  const [trials, setTrials] = useState<Trial[] | null>(null);
  const [curves, setCurves] = useState<CurvesResponse | null>(null);
  const [importance, setImportance] = useState<ImportanceResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const [brushes, setBrushes] = useState<Brushes>({});
  const [objectiveBrushes, setObjectiveBrushes] = useState<Brushes>({});

  const loadDesc = () => getJson<JobDescription>(base).then(setDesc).catch((e: Error) => setError(e.message));
  const loadCurves = () => getJson<CurvesResponse>(`${base}/curves?points=100`).then(setCurves).catch(() => setCurves({ metric: "", curves: [] }));
  const loadImportance = () => getJson<ImportanceResponse>(`${base}/importance`).then(setImportance).catch(() => setImportance({ method: "unavailable", parameters: [] }));
  const refreshDesc = useThrottle(() => void loadDesc(), 1000);
  const refreshCurves = useThrottle(() => void loadCurves(), 5000);
  const refreshImportance = useThrottle(() => void loadImportance(), 10_000);

  useEffect(() => {
    void loadDesc();
    void loadCurves();
    void loadImportance();
    // The stream's first trials message is the whole list (no separate GET of 10,000 trials), and
    // needs no refresh of the curves and importance just loaded.
    let first = true;
    return liveStream(
      `/v1/stream?job=${enc(id)}`,
      (v) => {
        const m = v as StreamMessage;
        if (m.type === "jobs") {
          const s = m.jobs.find((j) => j.jobId === id);
          if (s) {
            setSummary(s);
            refreshDesc();
          }
        } else if (m.type === "trials" && m.jobId === id) {
          if (first) {
            first = false;
            setTrials(m.trials.slice().sort((a, b) => a.trialId - b.trialId));
            return;
          }
          setTrials((cur) => mergeTrials(cur ?? [], m.trials));
          if (m.trials.some((t) => t.status !== "Pending")) refreshCurves();
          if (m.trials.some((t) => t.status === "Completed")) refreshImportance();
        }
      },
      setLive,
    );
  }, [id]);

  const status = summary?.status ?? desc?.status;
  const objective = desc?.objective ?? summary?.objective;
  const params = desc?.spec?.parameters ?? {};
  const axes = useMemo(() => buildAxes(trials ?? [], desc?.spec?.parameters, objective?.metric ?? "objective"), [trials, desc, objective?.metric]);
  // Kept by value, so a re-read description does not recompute the front.
  const objectivesKey = JSON.stringify(desc?.objectives ?? (objective ? [objective] : []));
  const constraintsKey = JSON.stringify(desc?.constraints ?? []);
  const objectives = useMemo(() => JSON.parse(objectivesKey) as Objective[], [objectivesKey]);
  const constraints = useMemo(() => JSON.parse(constraintsKey) as Constraint[], [constraintsKey]);
  const multi = objectives.length > 1;
  const front = useMemo(() => (multi && trials ? paretoFront(trials, objectives) : []), [multi, trials, objectives]);
  const objAxes = useMemo(() => (multi && trials ? objectiveAxes(trials, objectives) : []), [multi, trials, objectives]);
  const frontIds = useMemo(() => new Set(front.map((t) => t.trialId)), [front]);
  // The trials with `pareto` as of now: the grid, its sort and the CSV agree with the plot.
  const shownTrials = useMemo(() => (multi && trials ? withFront(trials, frontIds) : trials), [multi, trials, frontIds]);

  if (error && !desc) return <section data-page="job"><p class="error" role="alert">{error}</p></section>;
  if (!desc || !objective) return <section data-page="job"><p class="empty">Loading…</p></section>;
  const counters = summary?.counters ?? desc.trainingJobStatusCounters;
  const limits = summary?.limits ?? desc.limits;
  const constrained = constraints.length > 0;
  const frontSize = trials ? front.length : (summary?.paretoSize ?? desc.paretoFront?.length ?? 0);
  const completed = counters.Completed;

  return (
    <section data-page="job" data-job-id={id}>
      <h1>
        {desc.name || id} <StatusBadge status={status ?? ""} /> <LiveDot live={live} />
      </h1>
      <p class="muted">
        Status: <strong data-field="status">{status}</strong>
        {desc.failureReason ? ` — ${desc.failureReason}` : ""}
        {desc.completionReason ? ` — ${desc.completionReason}` : ""}
      </p>
      {desc.constraintsNote && (
        <p class="warn" role="status" data-field="constraints-note">
          {desc.constraintsNote}
        </p>
      )}
      <div class="cols">
        <div class="card">
          <h2>Summary</h2>
          <KeyValues
            rows={[
              ["Job id", <code>{id}</code>],
              ...(multi
                ? ([
                    ["Objectives", <span data-field="objectives">{objectives.map((o) => `${o.type} ${o.metric}`).join(", ")}</span>],
                    ["Pareto front", <span data-field="pareto-size">{frontSize === 1 ? "1 trial" : `${frontSize} trials`}</span>],
                  ] as [string, ComponentChildren][])
                : ([
                    ["Objective", `${objective.type} ${objective.metric}`],
                    ["Best", fmtNum(summary?.bestObjective ?? desc.bestTrial?.objective ?? null)],
                  ] as [string, ComponentChildren][])),
              ...(constrained
                ? ([
                    ["Constraints", <span data-field="constraints">{constraints.map(describeConstraint).join(", ")}</span>],
                    ["Feasible", <span data-field="feasible-trials">{desc.feasibleTrials ?? "—"} of {completed} completed</span>],
                  ] as [string, ComponentChildren][])
                : []),
              ["Strategy", desc.strategy],
              ["Resource class", summary?.resourceClass ?? "—"],
              ["Created", fmtTime(desc.createdAt)],
              ["Ended", fmtTime(desc.endedAt ?? summary?.endedAt)],
              ["Tags", Object.entries(desc.tags ?? {}).map(([k, v]) => <span key={k} class="tag">{k}={v}</span>)],
            ]}
          />
          <h3>Trials</h3>
          <table class="counters" data-field="counters">
            <thead>
              <tr>{Object.keys(counters).map((k) => <th key={k} scope="col">{k}</th>)}</tr>
            </thead>
            <tbody>
              <tr>{Object.entries(counters).map(([k, v]) => <td key={k} class="num" data-counter={k}>{v}</td>)}</tr>
            </tbody>
          </table>
        </div>
        <LimitsCard base={base} limits={limits} active={ACTIVE.has(status ?? "")} created={summary?.trials ?? trials?.length ?? 0} onChanged={() => void loadDesc()} />
        {multi ? <FrontCard jobId={id} front={front} objectives={objectives} /> : <BestTrialCard jobId={id} desc={desc} />}
      </div>
      <details class="card">
        <summary>Configuration (search space and spec)</summary>
        <table class="grid">
          <thead>
            <tr><th scope="col">Parameter</th><th scope="col">Type</th><th scope="col">Range / values</th><th scope="col">Scaling</th></tr>
          </thead>
          <tbody>
            {Object.entries(params).map(([name, p]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{p.type}</td>
                <td>{p.type === "categorical" ? (p.values ?? []).join(", ") : `${fmtValue(p.min)} … ${fmtValue(p.max)}`}</td>
                <td>{p.scaling ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <pre class="spec">{JSON.stringify(desc.spec, null, 2)}</pre>
      </details>
      {!trials || !shownTrials ? (
        <p class="empty">Loading trials…</p>
      ) : (
        <>
          {multi && (
            <ParetoPanel
              jobId={id}
              trials={shownTrials}
              objectives={objectives}
              constraints={constraints}
              front={front}
              frontIds={frontIds}
              axes={objAxes}
              brushes={objectiveBrushes}
              onBrush={setObjectiveBrushes}
            />
          )}
          <div class="plots">
            <HistoryPlot trials={trials} direction={objective.type} metric={objective.metric} constrained={constrained} />
            <ImportanceBars importance={importance} />
          </div>
          <ParallelPlot trials={trials} axes={axes} brushes={brushes} onBrush={setBrushes} direction={objective.type} />
          <CurvesPlot curves={curves?.curves ?? null} metric={curves?.metric || objective.metric} />
          <SlicePlots trials={trials} params={params} metric={objective.metric} constrained={constrained} />
          <TrialsGrid
            jobId={id}
            trials={applyBrushes(applyBrushes(shownTrials, axes, brushes), objAxes, objectiveBrushes)}
            total={trials.length}
            brushed={Object.keys(brushes).length + Object.keys(objectiveBrushes).length > 0}
            paramNames={Object.keys(params).length ? Object.keys(params) : axes.slice(0, -1).map((a) => a.key)}
            metric={objective.metric}
            objectives={multi ? objectives : undefined}
            constraintMetrics={[...new Set(constraints.map((c) => c.metric))]}
          />
        </>
      )}
    </section>
  );
}

function LimitsCard(props: { base: string; limits: Limits; active: boolean; created: number; onChanged: () => void }) {
  const [edit, setEdit] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [extendBy, setExtendBy] = useState("10");
  const [busy, setBusy] = useState(false);
  const l = props.limits;
  const fields: [keyof Limits, string][] = [
    ["maxTrials", "Max trials"],
    ["maxParallelTrials", "Max parallel trials"],
    ["maxFailedTrials", "Max failed trials"],
  ];
  const patch = async (limits: Partial<Limits>) => {
    setBusy(true);
    try {
      await sendJson("PATCH", props.base, { limits });
      setMsg({ ok: true, text: "Saved." });
      setEdit({});
      props.onChanged();
    } catch (e) {
      setMsg({ ok: false, text: e instanceof ApiError ? `${e.message}${e.field ? ` (${e.field})` : ""}` : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const save = (e: Event) => {
    e.preventDefault();
    const limits: Partial<Limits> = {};
    for (const [k] of fields) {
      const v = edit[k];
      if (v !== undefined && v.trim() !== "") limits[k] = Number(v);
    }
    if (Object.keys(limits).length === 0) return;
    void patch(limits);
  };
  const stop = async () => {
    if (!window.confirm("Stop this job? Running trials are stopped; this cannot be undone.")) return;
    setBusy(true);
    try {
      await sendJson("POST", `${props.base}/stop`);
      setMsg({ ok: true, text: "Stop requested." });
      props.onChanged();
    } catch (e) {
      setMsg({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card">
      <h2>Limits</h2>
      <p class="muted">{props.created} of {l.maxTrials} trials created</p>
      <form onSubmit={save} data-form="limits">
        {fields.map(([k, label]) => (
          <label key={k} class="row">
            <span>{label}</span>
            <input
              type="number"
              min="0"
              step="1"
              name={k}
              disabled={!props.active || busy}
              placeholder={l[k] === undefined ? "none" : String(l[k])}
              value={edit[k] ?? ""}
              onInput={(e) => setEdit({ ...edit, [k]: (e.target as HTMLInputElement).value })}
            />
          </label>
        ))}
        <button type="submit" data-action="save-limits" disabled={!props.active || busy}>Save limits</button>
      </form>
      <div class="actions">
        <label>
          Extend by{" "}
          <input type="number" min="1" step="1" value={extendBy} size={5} data-field="extend-by" onInput={(e) => setExtendBy((e.target as HTMLInputElement).value)} disabled={!props.active || busy} />
        </label>{" "}
        <button type="button" data-action="extend" disabled={!props.active || busy || !(Number(extendBy) > 0)} onClick={() => void patch({ maxTrials: l.maxTrials + Math.floor(Number(extendBy)) })}>
          + trials
        </button>{" "}
        <button type="button" class="danger" data-action="stop" disabled={!props.active || busy} onClick={() => void stop()}>
          Stop job
        </button>
      </div>
      {msg && <p class={msg.ok ? "ok" : "error"} role={msg.ok ? "status" : "alert"} data-field="limits-message">{msg.text}</p>}
    </div>
  );
}

/** Several objectives: no single best trial; the front's size and its first few trials. */
function FrontCard(props: { jobId: string; front: readonly Trial[]; objectives: readonly Objective[] }) {
  const shown = props.front.slice(0, 8);
  return (
    <div class="card" data-field="front-card">
      <h2>Pareto front</h2>
      <p>
        <strong>{props.front.length}</strong> {props.front.length === 1 ? "trial" : "trials"} on the front of {props.objectives.map((o) => `${o.type} ${o.metric}`).join(", ")}: none is better in
        every objective than another; the job has no single best trial.
      </p>
      {shown.length > 0 && (
        <p>
          {shown.map((t) => (
            <a key={t.trialId} class="tag" href={trialHref(props.jobId, t.trialId)}>
              #{t.trialId}
            </a>
          ))}
          {props.front.length > shown.length ? ` and ${props.front.length - shown.length} more (below)` : ""}
        </p>
      )}
    </div>
  );
}

function BestTrialCard(props: { jobId: string; desc: JobDescription }) {
  const b = props.desc.bestTrial;
  if (!b)
    return (
      <div class="card" data-field="best-trial">
        <h2>Best trial</h2>
        <p class="empty">{props.desc.constraints?.length && props.desc.trainingJobStatusCounters.Completed > 0 ? "No feasible trial yet." : "None completed yet."}</p>
      </div>
    );
  const command = Array.isArray(b.training.command) ? b.training.command.join(" ") : b.training.command;
  return (
    <div class="card" data-field="best-trial">
      <h2>
        Best trial <a href={trialHref(props.jobId, b.trialId)}>#{b.trialId}</a>
      </h2>
      <KeyValues
        rows={[
          [props.desc.objective.metric, <strong>{fmtNum(b.objective)}</strong>],
          ["Attempt", String(b.attempt)],
          ["Worker", b.workerId],
          ["Duration", fmtDuration(b.durationSeconds)],
          ["Runtime", b.training.runtime],
          ...(b.training.image ? ([["Image", <code>{b.training.image}</code>]] as [string, ComponentChildren][]) : []),
          ...(command ? ([["Command", <code>{command}</code>]] as [string, ComponentChildren][]) : []),
          ["Resources", <code>{JSON.stringify(b.resources)}</code>],
          ["Artifacts", b.artifacts ? <code>{b.artifacts.host}:{b.artifacts.path}</code> : "—"],
        ]}
      />
      <h3>Hyperparameters</h3>
      <table class="grid compact">
        <tbody>
          {Object.entries(b.hyperparameters).map(([k, v]) => (
            <tr key={k}><th scope="row">{k}</th><td><code>{v}</code></td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PAGE = 100;
const STATUS = ["Pending", "Running", "Completed", "Failed", "Stopped"];

function TrialsGrid(props: {
  jobId: string;
  trials: Trial[];
  total: number;
  brushed: boolean;
  paramNames: string[];
  metric: string;
  /** several objectives: a column for each (and a pareto column) */
  objectives?: readonly Objective[];
  /** constraints: a column for each constrained metric (and a feasible column) */
  constraintMetrics: readonly string[];
}) {
  const objectiveCols: [string, string][] = props.objectives ? props.objectives.map((o, i) => [`value:${i}`, o.metric]) : [["objective", props.metric]];
  const feasibleCol = props.constraintMetrics.length > 0;
  const paretoCol = props.objectives !== undefined;
  const [status, setStatus] = useState("");
  const [ranges, setRanges] = useState<Record<string, Range>>({});
  const [sort, setSort] = useState<Sort>({ key: "trialId", dir: "asc" });
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => sortTrials(filterTrials(props.trials, { status, ranges }), sort), [props.trials, status, ranges, sort]);
  const setRange = (name: string, end: "min" | "max", raw: string) => {
    const r = { ...(ranges[name] ?? {}) };
    const v = raw.trim() === "" ? undefined : Number(raw);
    if (v === undefined || Number.isNaN(v)) delete r[end];
    else r[end] = v;
    setRanges({ ...ranges, [name]: r });
  };
  const exportCsv = () => {
    const cols = { objectives: props.objectives?.map((o) => o.metric), constraints: props.constraintMetrics, feasible: feasibleCol, pareto: paretoCol };
    const blob = new Blob([trialsCsv(shown, props.paramNames, props.metric, cols)], { type: "text/csv" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${props.jobId}-trials.csv`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const th = (key: string, label: string, cls?: string) => <SortHeader key={key} k={key} label={label} sort={sort} onSort={setSort} class={cls} />;
  const rangeInputs = (name: string) => (
    <span class="range">
      <input type="number" step="any" aria-label={`${name} at least`} placeholder="min" data-range-min={name} onInput={(e) => setRange(name, "min", (e.target as HTMLInputElement).value)} />
      <input type="number" step="any" aria-label={`${name} at most`} placeholder="max" data-range-max={name} onInput={(e) => setRange(name, "max", (e.target as HTMLInputElement).value)} />
    </span>
  );
  return (
    <section class="card" aria-label="Trials">
      <h2>Trials</h2>
      <div class="filters">
        <label>
          Status{" "}
          <select data-filter="status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
            <option value="">all</option>
            {STATUS.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <span class="muted" data-field="shown">
          {shown.length} of {props.total} trials{props.brushed ? " (filtered by the parallel-coordinates brushes)" : ""}
        </span>
        <button type="button" data-action="export-csv" onClick={exportCsv}>Export CSV</button>
      </div>
      <div class="scroll">
        <table class="grid" data-grid="trials">
          <thead>
            <tr>
              {th("trialId", "Trial")}
              {th("status", "Status")}
              {objectiveCols.map(([k, label]) => th(k, label, "num"))}
              {props.paramNames.map((p) => th(`param:${p}`, p, "num"))}
              {props.constraintMetrics.map((m) => th(`constraint:${m}`, m, "num"))}
              {feasibleCol && th("feasible", "Feasible")}
              {paretoCol && th("pareto", "Pareto")}
              {th("attempt", "Attempt", "num")}
              {th("workerId", "Worker")}
              {th("duration", "Duration", "num")}
            </tr>
            <tr class="range-row">
              <td />
              <td />
              {objectiveCols.map(([k]) => <td key={k}>{rangeInputs(k)}</td>)}
              {props.paramNames.map((p) => <td key={p}>{rangeInputs(p)}</td>)}
              {props.constraintMetrics.map((m) => <td key={`c:${m}`}>{rangeInputs(`constraint:${m}`)}</td>)}
              {feasibleCol && <td />}
              {paretoCol && <td />}
              <td />
              <td />
              <td />
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, limit).map((t) => (
              <tr
                key={t.trialId}
                data-trial-id={String(t.trialId)}
                data-status={t.status}
                data-feasible={feasibleCol && t.feasible !== undefined ? String(t.feasible) : undefined}
                data-pareto={paretoCol ? String(t.pareto === true) : undefined}
                class={t.feasible === false ? "infeasible" : t.pareto ? "on-front" : undefined}
              >
                <td><a href={trialHref(props.jobId, t.trialId)}>#{t.trialId}</a></td>
                <td data-field="status">
                  <StatusBadge status={t.status} />
                  {t.earlyStopped && <span class="tag" title={t.stopReason}>early-stopped</span>}
                  {t.error && <span class="muted small" title={t.error.message}> {t.error.code}</span>}
                </td>
                {props.objectives ? props.objectives.map((_, i) => <td key={i} class="num">{fmtNum(t.values?.[i])}</td>) : <td class="num">{fmtNum(t.objective)}</td>}
                {props.paramNames.map((p) => <td key={p} class="num">{fmtValue(t.params[p])}</td>)}
                {props.constraintMetrics.map((m) => <td key={`c:${m}`} class="num">{t.status === "Completed" ? fmtNum(t.constraintMetrics?.[m] ?? null) : "—"}</td>)}
                {feasibleCol && (
                  <td data-field="feasible">{t.feasible === undefined ? "—" : t.feasible ? "yes" : <span class="tag infeasible">infeasible</span>}</td>
                )}
                {paretoCol && <td data-field="pareto">{t.pareto ? <span class="tag front">front</span> : ""}</td>}
                <td class="num">{t.attempt}</td>
                <td>{t.workerId ?? "—"}</td>
                <td class="num">{t.claimedUnixMs && t.endedUnixMs ? fmtDuration((t.endedUnixMs - t.claimedUnixMs) / 1000) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" data-action="show-more" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more (of {shown.length - limit} not shown)
        </button>
      )}
    </section>
  );
}
