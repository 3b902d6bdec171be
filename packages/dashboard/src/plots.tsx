// The job's and trial's plots. uPlot draws the scatter/line plots (canvas, thousands of points per frame);
// the learning curves are drawn in one canvas pass per style from packed arrays inside a uPlot (for its
// axes and zoom); parallel coordinates are a plain canvas; importance is HTML bars.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import { packCurves } from "./lib/curves.js";
import type { PackedCurves, CurvePack } from "./lib/curves.js";
import { canUseLogScale, historySeries } from "./lib/history.js";
import type { Curve, Direction, ImportanceResponse, ParameterSpec, Trial } from "./lib/types.js";

export const BLUE = "#1f6fb2";
export const ORANGE = "#d9730d";
const GREEN = "#2e7d32";
export const GREY = "#8a949e";

export function width(el: HTMLElement | null, fallback = 600): number {
  return Math.max(240, Math.floor(el?.clientWidth ?? fallback));
}

/** A uPlot in a div: rebuilt when `key` changes, setData otherwise. */
export function UPlot(props: { optsKey: string; opts: (w: number) => uPlot.Options; data: uPlot.AlignedData; class?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const key = useRef("");
  useEffect(() => {
    if (!ref.current) return;
    if (!plot.current || key.current !== props.optsKey) {
      plot.current?.destroy();
      plot.current = new uPlot(props.opts(width(ref.current)), props.data, ref.current);
      key.current = props.optsKey;
    } else {
      plot.current.setData(props.data);
    }
  }, [props.optsKey, props.data]);
  useEffect(() => () => plot.current?.destroy(), []);
  return <div ref={ref} class={props.class} />;
}

export const scatter = (stroke: string, size = 4): uPlot.Series => ({
  stroke,
  fill: stroke,
  paths: () => null,
  points: { show: true, size, stroke, fill: stroke, width: 0 },
});

/** Infeasible trials (outside the job's constraints): hollow grey rings. */
export const hollow = (size = 6): uPlot.Series => ({
  stroke: GREY,
  paths: () => null,
  points: { show: true, size, stroke: GREY, fill: "#ffffff", width: 1.5 },
});

/** A series' values where `keep` holds, null elsewhere (uPlot leaves nulls out). */
const where = (ys: readonly number[], keep: (i: number) => boolean): (number | null)[] => ys.map((y, i) => (keep(i) ? y : null));

export function HistoryPlot(props: { trials: readonly Trial[]; direction: Direction; metric: string; constrained?: boolean }) {
  const h = useMemo(() => historySeries(props.trials, props.direction), [props.trials, props.direction]);
  const [log, setLog] = useState(false);
  const logOk = canUseLogScale(h.y);
  const useLog = log && logOk;
  const bad = h.infeasible.filter(Boolean).length;
  const data = useMemo<uPlot.AlignedData>(
    () => [h.x, where(h.y, (i) => !h.infeasible[i]), h.best, ...(props.constrained ? [where(h.y, (i) => h.infeasible[i]!)] : [])],
    [h, props.constrained],
  );
  return (
    <figure class="plot" data-plot="history" data-points={String(h.x.length)} data-infeasible={String(bad)}>
      <figcaption>
        Optimization history ({h.x.length} completed trials{props.constrained ? `, ${bad} infeasible` : ""}){" "}
        <label class="inline">
          <input type="checkbox" checked={useLog} disabled={!logOk} onChange={(e) => setLog((e.target as HTMLInputElement).checked)} /> log scale
        </label>
      </figcaption>
      {h.x.length === 0 ? (
        <p class="empty">No completed trial yet.</p>
      ) : (
        <UPlot
          optsKey={`history:${useLog}:${props.metric}:${props.constrained === true}`}
          data={data}
          opts={(w) => ({
            width: w,
            height: 280,
            scales: { x: { time: false }, y: { distr: useLog ? 3 : 1 } },
            axes: [{ label: "trial" }, { label: props.metric, size: 70 }],
            series: [
              { label: "trial" },
              { label: props.metric, ...scatter(BLUE, 5) },
              { label: props.constrained ? "best feasible so far" : "best so far", stroke: ORANGE, width: 2, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
              ...(props.constrained ? [{ label: "infeasible", ...hollow(6) }] : []),
            ],
          })}
        />
      )}
    </figure>
  );
}

export function SlicePlots(props: { trials: readonly Trial[]; params: Record<string, ParameterSpec>; metric: string; constrained?: boolean }) {
  const done = useMemo(() => props.trials.filter((t) => t.status === "Completed" && typeof t.objective === "number"), [props.trials]);
  const names = Object.keys(props.params);
  return (
    <figure class="plot" data-plot="slice">
      <figcaption>
        Slice plots: {props.metric} against each parameter
        {props.constrained && (
          <>
            {" "}
            <span class="key"><span class="dot hollow" /> infeasible</span>
          </>
        )}
      </figcaption>
      <div class="slices">
        {names.map((name) => (
          <Slice key={name} name={name} spec={props.params[name]!} trials={done} metric={props.metric} constrained={props.constrained === true} />
        ))}
      </div>
    </figure>
  );
}

function Slice(props: { name: string; spec: ParameterSpec; trials: readonly Trial[]; metric: string; constrained: boolean }) {
  const cats = props.spec.type === "categorical" ? (props.spec.values ?? []).map(String) : undefined;
  const data = useMemo<uPlot.AlignedData>(() => {
    const pts: [number, number, boolean][] = [];
    for (const t of props.trials) {
      const v = t.params[props.name];
      const x = cats ? cats.indexOf(String(v)) : typeof v === "number" ? v : NaN;
      if (Number.isFinite(x) && (!cats || x >= 0)) pts.push([x, t.objective!, t.feasible === false]);
    }
    pts.sort((a, b) => a[0] - b[0]);
    const xs = pts.map((p) => p[0]);
    if (!props.constrained) return [xs, pts.map((p) => p[1])];
    return [xs, pts.map((p) => (p[2] ? null : p[1])), pts.map((p) => (p[2] ? p[1] : null))];
  }, [props.trials, props.name, props.constrained]);
  const log = props.spec.scaling !== undefined && /log/i.test(props.spec.scaling);
  return (
    <div class="slice">
      <UPlot
        optsKey={`slice:${props.name}:${props.constrained}`}
        data={data}
        opts={() => ({
          width: 300,
          height: 200,
          legend: { show: false },
          scales: { x: { time: false, distr: log && !cats ? 3 : 1, ...(cats ? { range: [-0.5, cats.length - 0.5] as [number, number] } : {}) } },
          axes: [
            { label: props.name, ...(cats ? { splits: () => cats.map((_, i) => i), values: (_u: uPlot, vals: number[]) => vals.map((v) => cats[v] ?? "") } : {}) },
            { size: 60 },
          ],
          series: [{}, { label: props.metric, ...scatter(BLUE, 4) }, ...(props.constrained ? [{ label: "infeasible", ...hollow(5) }] : [])],
        })}
      />
    </div>
  );
}

function drawPack(u: uPlot, pack: CurvePack, stroke: string, dash: number[]) {
  const ctx = u.ctx;
  ctx.save();
  ctx.beginPath();
  ctx.rect(u.bbox.left, u.bbox.top, u.bbox.width, u.bbox.height);
  ctx.clip();
  ctx.strokeStyle = stroke;
  ctx.lineWidth = 1;
  ctx.setLineDash(dash);
  ctx.beginPath();
  let pen = false;
  for (let i = 0; i < pack.xs.length; i++) {
    const x = pack.xs[i]!;
    const y = pack.ys[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    const px = u.valToPos(x, "x", true);
    const py = u.valToPos(y, "y", true);
    if (pen) ctx.lineTo(px, py);
    else ctx.moveTo(px, py);
    pen = true;
  }
  ctx.stroke();
  ctx.restore();
}

export function CurvesPlot(props: { curves: readonly Curve[] | null; metric: string }) {
  const packed = useMemo<PackedCurves | null>(() => (props.curves ? packCurves(props.curves) : null), [props.curves]);
  const count = packed?.count ?? 0;
  const alpha = count > 2000 ? 0.08 : count > 200 ? 0.2 : 0.6;
  const data = useMemo<uPlot.AlignedData>(() => (packed ? [[packed.xMin, packed.xMax], [packed.yMin, packed.yMax]] : [[], []]), [packed]);
  return (
    <figure class="plot" data-plot="curves" data-curves={String(count)}>
      <figcaption>
        Intermediate values of {props.metric}: {count} curves{" "}
        <span class="key"><span class="swatch" style={{ background: BLUE }} /> ran to the end <span class="swatch dashed" style={{ borderColor: ORANGE }} /> early-stopped</span>
      </figcaption>
      {!packed ? (
        <p class="empty">Loading…</p>
      ) : count === 0 ? (
        <p class="empty">No intermediate values reported yet.</p>
      ) : (
        <UPlot
          optsKey={`curves:${props.metric}:${alpha}:${packed.normal.xs.length}:${packed.earlyStopped.xs.length}:${packed.xMin}:${packed.xMax}:${packed.yMin}:${packed.yMax}`}
          data={data}
          opts={(w) => ({
            width: w,
            height: 280,
            legend: { show: false },
            cursor: { show: true, points: { show: false } },
            scales: { x: { time: false } },
            axes: [{ label: "step" }, { label: props.metric, size: 70 }],
            series: [{}, { stroke: "transparent", points: { show: false } }],
            hooks: {
              draw: [
                (u) => {
                  drawPack(u, packed.normal, `rgba(31,111,178,${alpha})`, []);
                  drawPack(u, packed.earlyStopped, `rgba(217,115,13,${Math.min(1, alpha * 1.5)})`, [4, 3]);
                },
              ],
            },
          })}
        />
      )}
    </figure>
  );
}

export function ImportanceBars(props: { importance: ImportanceResponse | null }) {
  const params = props.importance ? [...props.importance.parameters].sort((a, b) => b.importance - a.importance) : [];
  return (
    <figure class="plot" data-plot="importance">
      <figcaption>Parameter importance{props.importance ? ` (${props.importance.method})` : ""}</figcaption>
      {!props.importance ? (
        <p class="empty">Loading…</p>
      ) : params.length === 0 ? (
        <p class="empty">Too few completed trials to estimate importance.</p>
      ) : (
        <table class="bars">
          <tbody>
            {params.map((p) => (
              <tr key={p.name}>
                <th scope="row">{p.name}</th>
                <td class="bar-cell">
                  <span class="bar" style={{ width: `${Math.max(0.5, p.importance * 100)}%`, background: GREEN }} />
                </td>
                <td class="num">{(p.importance * 100).toFixed(1)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

export function MetricPlot(props: { name: string; points: readonly { step: number; value: number }[] }) {
  const data = useMemo<uPlot.AlignedData>(() => {
    const pts = [...props.points].sort((a, b) => a.step - b.step);
    return [pts.map((p) => p.step), pts.map((p) => p.value)];
  }, [props.points]);
  return (
    <figure class="plot" data-plot="metric" data-metric={props.name} data-points={String(props.points.length)}>
      <figcaption>{props.name} ({props.points.length} points)</figcaption>
      <UPlot
        optsKey={`metric:${props.name}`}
        data={data}
        opts={(w) => ({
          width: Math.min(w, 700),
          height: 220,
          scales: { x: { time: false } },
          axes: [{ label: "step" }, { size: 70 }],
          series: [{ label: "step" }, { label: props.name, stroke: BLUE, width: 1.5, points: { show: props.points.length < 60 } }],
        })}
      />
    </figure>
  );
}

