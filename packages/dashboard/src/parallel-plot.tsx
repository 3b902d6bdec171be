// Parallel coordinates of the trials (their parameters, or their objectives) on a plain canvas, with
// brushes on the axes that filter the grid.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { brushFromDrag, denormalize, polyline } from "./lib/parallel.js";
import type { Axis, Brushes } from "./lib/parallel.js";
import { fmtNum } from "./lib/format.js";
import type { Direction, Trial } from "./lib/types.js";
import { ORANGE, GREY, width } from "./plots.js";

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
