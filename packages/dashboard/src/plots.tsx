// The job's and trial's plots. uPlot draws the scatter/line plots (canvas, thousands of points per frame);
// the learning curves are drawn in one canvas pass per style from packed arrays inside a uPlot (for its
// axes and zoom); parallel coordinates are a plain canvas; importance is HTML bars.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import { packCurves } from "./lib/curves.js";
import type { PackedCurves, CurvePack } from "./lib/curves.js";
import { canUseLogScale, historySeries } from "./lib/history.js";
import { brushFromDrag, denormalize, polyline } from "./lib/parallel.js";
import type { Axis, Brushes } from "./lib/parallel.js";
import { fmtNum } from "./lib/format.js";
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

const PC_HEIGHT = 300;
const PC_PAD_X = 60;
const PC_PAD_Y = 28;

/**
 * Parallel coordinates. With `highlight` (the objectives' view of a job with several objectives) the lines
 * are coloured by membership instead of by objective: the highlighted trials (the Pareto front) orange and
 * on top, the others light blue, infeasible ones grey and dashed.
 */
export function ParallelPlot(props: {
  trials: readonly Trial[];
  axes: readonly Axis[];
  brushes: Brushes;
  onBrush: (b: Brushes) => void;
  direction: Direction;
  highlight?: ReadonlySet<number>;
  /** the figure's data-plot (default "parallel") */
  plot?: string;
  title?: string;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drag = useRef<{ axis: string; p0: number; p1: number } | null>(null);
  const [, setTick] = useState(0);
  const done = useMemo(() => props.trials.filter((t) => t.status === "Completed" && typeof t.objective === "number"), [props.trials]);
  const lines = useMemo(() => done.map((t) => polyline(t, props.axes)), [done, props.axes]);

  const geometry = () => {
    const w = width(wrap.current, 800);
    const n = props.axes.length;
    const xs = props.axes.map((_, i) => (n <= 1 ? w / 2 : PC_PAD_X + (i * (w - 2 * PC_PAD_X)) / (n - 1)));
    return { w, xs, top: PC_PAD_Y, h: PC_HEIGHT - 2 * PC_PAD_Y };
  };

  const draw = () => {
    const c = canvas.current;
    if (!c) return;
    const { w, xs, top, h } = geometry();
    const dpr = window.devicePixelRatio || 1;
    c.width = w * dpr;
    c.height = PC_HEIGHT * dpr;
    c.style.width = `${w}px`;
    c.style.height = `${PC_HEIGHT}px`;
    const ctx = c.getContext("2d")!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, PC_HEIGHT);
    const brushes = { ...props.brushes };
    if (drag.current) {
      const b = brushFromDrag(drag.current.p0, drag.current.p1);
      if (b) brushes[drag.current.axis] = b;
    }
    const objIdx = props.axes.length - 1;
    const buckets = 6;
    const paths: Path2D[] = Array.from({ length: buckets }, () => new Path2D());
    const grey = new Path2D();
    const marked = { front: new Path2D(), rest: new Path2D(), infeasible: new Path2D() };
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li]!;
      let pass = true;
      for (let i = 0; i < props.axes.length; i++) {
        const b = brushes[props.axes[i]!.key];
        if (b && !(line[i]! >= b[0] - 1e-9 && line[i]! <= b[1] + 1e-9)) {
          pass = false;
          break;
        }
      }
      const o = line[objIdx]!;
      const goodness = props.direction === "minimize" ? 1 - o : o;
      const t = done[li]!;
      const path = !pass
        ? grey
        : props.highlight
          ? t.feasible === false
            ? marked.infeasible
            : props.highlight.has(t.trialId)
              ? marked.front
              : marked.rest
          : paths[Math.min(buckets - 1, Math.max(0, Math.floor((Number.isFinite(goodness) ? goodness : 0) * buckets)))]!;
      let pen = false;
      for (let i = 0; i < line.length; i++) {
        const p = line[i]!;
        if (!Number.isFinite(p)) {
          pen = false;
          continue;
        }
        const y = top + (1 - p) * h;
        if (pen) path.lineTo(xs[i]!, y);
        else path.moveTo(xs[i]!, y);
        pen = true;
      }
    }
    const alpha = lines.length > 2000 ? 0.15 : lines.length > 300 ? 0.3 : 0.7;
    ctx.lineWidth = 1;
    ctx.strokeStyle = "rgba(160,160,160,0.12)";
    ctx.stroke(grey);
    if (props.highlight) {
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = "rgba(138,148,158,0.8)";
      ctx.stroke(marked.infeasible);
      ctx.setLineDash([]);
      ctx.strokeStyle = `hsla(210, 60%, 70%, ${alpha})`;
      ctx.stroke(marked.rest);
      ctx.lineWidth = 2;
      ctx.strokeStyle = ORANGE;
      ctx.stroke(marked.front);
      ctx.lineWidth = 1;
    } else {
      for (let b = 0; b < buckets; b++) {
        // worse (light) to better (dark blue); the best are drawn last, on top
        const l = 75 - (b * 45) / (buckets - 1);
        ctx.strokeStyle = `hsla(210, 70%, ${l}%, ${alpha})`;
        ctx.stroke(paths[b]!);
      }
    }
    ctx.font = "12px system-ui, sans-serif";
    ctx.textAlign = "center";
    props.axes.forEach((axis, i) => {
      const x = xs[i]!;
      ctx.strokeStyle = "#333";
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + h);
      ctx.stroke();
      ctx.fillStyle = "#222";
      ctx.fillText(axis.label, x, 14);
      ctx.fillStyle = "#555";
      const hi = axis.kind === "categorical" ? axis.categories![axis.categories!.length - 1] ?? "" : fmtNum(denormalize(axis, 1), 3);
      const lo = axis.kind === "categorical" ? axis.categories![0] ?? "" : fmtNum(denormalize(axis, 0), 3);
      ctx.fillText(String(hi), x, top + h + 14);
      ctx.fillText(String(lo), x, top + h + 26 > PC_HEIGHT ? PC_HEIGHT - 2 : top + h + 26);
      const b = brushes[axis.key];
      if (b) {
        ctx.fillStyle = "rgba(217,115,13,0.25)";
        ctx.strokeStyle = ORANGE;
        const y0 = top + (1 - b[1]) * h;
        const y1 = top + (1 - b[0]) * h;
        ctx.fillRect(x - 7, y0, 14, y1 - y0);
        ctx.strokeRect(x - 7, y0, 14, y1 - y0);
      }
    });
  };

  useEffect(draw);

  const hit = (e: MouseEvent) => {
    const c = canvas.current!;
    const r = c.getBoundingClientRect();
    const { xs, top, h } = geometry();
    const x = e.clientX - r.left;
    const p = 1 - (e.clientY - r.top - top) / h;
    let best = -1;
    let dist = 16;
    xs.forEach((ax, i) => {
      if (Math.abs(ax - x) < dist) {
        dist = Math.abs(ax - x);
        best = i;
      }
    });
    return { axis: best >= 0 ? props.axes[best]!.key : null, p: Math.max(0, Math.min(1, p)) };
  };

  return (
    <figure class="plot" data-plot={props.plot ?? "parallel"} data-lines={String(lines.length)}>
      <figcaption>
        {props.title ?? "Parallel coordinates"} ({done.length} completed trials; drag along an axis to filter, click an axis to clear it){" "}
        {props.highlight && (
          <span class="key">
            <span class="swatch" style={{ background: ORANGE }} /> Pareto front <span class="swatch" style={{ background: "hsl(210, 60%, 70%)" }} /> other trials{" "}
            <span class="swatch dashed" style={{ borderColor: GREY }} /> infeasible{" "}
          </span>
        )}
        {Object.keys(props.brushes).length > 0 && (
          <button type="button" data-action="clear-brushes" onClick={() => props.onBrush({})}>
            Clear filters
          </button>
        )}
      </figcaption>
      <div ref={wrap} class="pc-wrap">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`Parallel coordinates of ${done.length} trials over ${props.axes.map((a) => a.label).join(", ")}`}
          onMouseDown={(e) => {
            const { axis, p } = hit(e);
            if (axis) drag.current = { axis, p0: p, p1: p };
          }}
          onMouseMove={(e) => {
            if (!drag.current) return;
            drag.current.p1 = hit(e).p;
            draw();
          }}
          onMouseUp={() => {
            const d = drag.current;
            drag.current = null;
            if (!d) return;
            const b = brushFromDrag(d.p0, d.p1);
            const next = { ...props.brushes };
            if (b) next[d.axis] = b;
            else delete next[d.axis];
            props.onBrush(next);
            setTick((t) => t + 1);
          }}
          onMouseLeave={() => {
            if (drag.current) {
              drag.current = null;
              draw();
            }
          }}
        />
      </div>
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

