// The job page's trials grid: filters per column, sorting, paging, the CSV export of what is shown.
import { useMemo, useState } from "preact/hooks";
import { fmtDuration, fmtNum, fmtValue } from "./lib/format.js";
import { trialHref } from "./lib/route.js";
import { filterTrials, sortTrials } from "./lib/table.js";
import type { Range, Sort } from "./lib/table.js";
import { trialsCsv } from "./lib/csv.js";
import type { Objective, Trial } from "./lib/types.js";
import { SortHeader, StatusBadge } from "./widgets.js";

const PAGE = 100;
const STATUS = ["Pending", "Running", "Completed", "Failed", "Stopped"];

export function TrialsGrid(props: {
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
