// A job: summary, configuration, counters, limits (editable), stop/extend, best trial, plots, trials grid.
// Several objectives: the objectives and the front's size instead of a best value, and the Pareto panel;
// constraints: the bounds, the feasible count, infeasible trials marked in the plots and the grid.
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { enc, getJson, liveStream } from "./api.js";
import { fmtNum, fmtTime, fmtValue } from "./lib/format.js";
import { applyBrushes, buildAxes, objectiveAxes } from "./lib/parallel.js";
import type { Brushes } from "./lib/parallel.js";
import { mergeTrials } from "./lib/table.js";
import { describeConstraint, paretoFront, withFront } from "./lib/pareto.js";
import type { Constraint, CurvesResponse, ImportanceResponse, JobDescription, JobSummary, Objective, StreamMessage, Trial } from "./lib/types.js";
import { CurvesPlot, HistoryPlot, ImportanceBars, SlicePlots } from "./plots.js";
import { ParallelPlot } from "./parallel-plot.js";
import { ParetoPanel } from "./pareto-panel.js";
import { KeyValues, StatusBadge } from "./widgets.js";
import { LiveDot } from "./jobs-page.js";
import { BestTrialCard, FrontCard, LimitsCard } from "./job-cards.js";
import { TrialsGrid } from "./trials-grid.js";

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
