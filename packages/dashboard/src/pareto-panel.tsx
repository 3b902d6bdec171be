// A job with several objectives: the Pareto front panel. A uPlot scatter of two objectives (a selector picks
// which with 3-4), every completed trial a dot, the front's trials highlighted and joined by its staircase,
// infeasible trials hollow grey; hover a point for its trial and values, click it to open the trial. Under
// it the front's trials as a table and, with 3 or more objectives, parallel coordinates of the objectives.
// The front is the page's own (lib/pareto.ts), recomputed as the live stream changes trials.

import { useMemo, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import { fmtNum, fmtValue } from "./lib/format.js";
import type { Axis, Brushes } from "./lib/parallel.js";
import { objectiveLabel, scatterData, stepAlign } from "./lib/pareto.js";
import { trialHref } from "./lib/route.js";
import type { Constraint, Objective, Trial } from "./lib/types.js";
import { BLUE, ORANGE, UPlot, hollow, scatter } from "./plots.js";
import { ParallelPlot } from "./parallel-plot.js";

/** How near (CSS px) the pointer must be to a point to pick it. */
const PICK_PX = 10;

export function ParetoPanel(props: {
  jobId: string;
  trials: readonly Trial[];
  objectives: readonly Objective[];
  constraints: readonly Constraint[];
  /** the front's trials, in trial order */
  front: readonly Trial[];
  frontIds: ReadonlySet<number>;
  /** the objectives' axes (lib/parallel.ts objectiveAxes): the brushes are on these, and filter the grid too */
  axes: readonly Axis[];
  brushes: Brushes;
  onBrush: (b: Brushes) => void;
}) {
  const n = props.objectives.length;
  const count = props.front.length;
  return (
    <section class="card pareto" aria-label="Pareto front" data-panel="pareto">
      <h2>Pareto front</h2>
      <p class="muted" data-field="front-size" data-front={String(count)}>
        {count === 1 ? "1 trial" : `${count} trials`} on the front
        {props.constraints.length > 0 ? " (feasible trials only)" : ""}: no other completed trial is at least as good in every objective and better in one.
      </p>
      <div class="pareto-cols">
        <ParetoScatter {...props} />
        <FrontTable jobId={props.jobId} front={props.front} objectives={props.objectives} constraints={props.constraints} />
      </div>
      {n >= 3 && (
        <ParallelPlot
          trials={props.trials}
          axes={props.axes}
          brushes={props.brushes}
          onBrush={props.onBrush}
          direction={props.objectives[0]!.type}
          highlight={props.frontIds}
          plot="objectives-parallel"
          title="The objectives in parallel coordinates"
        />
      )}
    </section>
  );
}

function ParetoScatter(props: { jobId: string; trials: readonly Trial[]; objectives: readonly Objective[]; constraints: readonly Constraint[]; frontIds: ReadonlySet<number> }) {
  const objs = props.objectives;
  const [pair, setPair] = useState<[number, number]>([0, 1]);
  const [ix, iy] = pair[0] < objs.length && pair[1] < objs.length ? pair : [0, 1];
  const d = useMemo(() => scatterData(props.trials, objs, ix, iy, props.frontIds), [props.trials, objs, ix, iy, props.frontIds]);
  // series order: others, infeasible, the staircase, then the front's points on top
  const data = useMemo<uPlot.AlignedData>(() => [d.x, d.others, d.infeasible, d.line, d.front], [d]);
  const plot = useRef<uPlot | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const down = useRef<[number, number] | null>(null);
  const [hover, setHover] = useState<{ i: number; left: number; top: number } | null>(null);
  const xo = objs[ix]!;
  const yo = objs[iy]!;
  const constrained = props.constraints.length > 0;

  const pick = (e: MouseEvent): { i: number; left: number; top: number } | null => {
    const u = plot.current;
    if (!u || !wrap.current) return null;
    const over = u.over.getBoundingClientRect();
    const box = wrap.current.getBoundingClientRect();
    const mx = e.clientX - over.left;
    const my = e.clientY - over.top;
    if (mx < -PICK_PX || my < -PICK_PX || mx > over.width + PICK_PX || my > over.height + PICK_PX) return null;
    let best = -1;
    let dist = PICK_PX * PICK_PX;
    for (let i = 0; i < d.x.length; i++) {
      const y = d.front[i] ?? d.others[i] ?? d.infeasible[i];
      if (y === null || y === undefined) continue;
      const dx = u.valToPos(d.x[i]!, "x") - mx;
      const dy = u.valToPos(y, "y") - my;
      // the front's points are drawn on top: they win a tie
      const dd = dx * dx + dy * dy - (d.front[i] !== null ? 0.5 : 0);
      if (dd < dist) {
        dist = dd;
        best = i;
      }
    }
    if (best < 0) return null;
    const y = d.front[best] ?? d.others[best] ?? d.infeasible[best]!;
    return { i: best, left: over.left - box.left + u.valToPos(d.x[best]!, "x"), top: over.top - box.top + u.valToPos(y, "y") };
  };

  const selector = (which: 0 | 1) => (
    <label>
      {which === 0 ? "x" : "y"}{" "}
      <select
        data-select={which === 0 ? "pareto-x" : "pareto-y"}
        value={String(which === 0 ? ix : iy)}
        onChange={(e) => {
          const v = Number((e.target as HTMLSelectElement).value);
          const other = which === 0 ? iy : ix;
          // picking the other axis' objective swaps the two
          const next: [number, number] = which === 0 ? [v, v === other ? ix : other] : [v === other ? iy : other, v];
          setPair(next);
          setHover(null);
        }}
      >
        {objs.map((o, i) => (
          <option key={i} value={String(i)}>
            {objectiveLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );

  const t = hover ? d.trials[hover.i] : undefined;
  return (
    <figure
      class="plot"
      data-plot="pareto"
      data-points={String(d.x.length)}
      data-front={String(d.counts.front)}
      data-infeasible={String(d.counts.infeasible)}
      data-x={xo.metric}
      data-y={yo.metric}
    >
      <figcaption>
        {objectiveLabel(yo)} against {objectiveLabel(xo)} ({d.x.length} completed trials){" "}
        {objs.length > 2 && (
          <span class="pair">
            {selector(0)} {selector(1)}
          </span>
        )}
        <span class="key" data-field="pareto-legend">
          <span class="dot" style={{ background: BLUE }} /> trial <span class="dot big" style={{ background: ORANGE }} /> Pareto front{" "}
          <span class="swatch" style={{ background: ORANGE }} /> {objs.length > 2 ? "front of these two" : "front line"}
          {constrained && (
            <>
              {" "}
              <span class="dot hollow" /> <span data-legend="infeasible">infeasible</span>
            </>
          )}
        </span>
      </figcaption>
      {d.x.length === 0 ? (
        <p class="empty">No completed trial with every objective yet.</p>
      ) : (
        <div
          ref={wrap}
          class="pareto-wrap"
          onMouseMove={(e) => {
            const h = pick(e);
            if (h?.i !== hover?.i) setHover(h);
          }}
          onMouseLeave={() => setHover(null)}
          onMouseDown={(e) => {
            down.current = [e.clientX, e.clientY];
          }}
          onClick={(e) => {
            const from = down.current;
            down.current = null;
            // a drag (uPlot's zoom) is not a click on a point
            if (from && Math.hypot(e.clientX - from[0], e.clientY - from[1]) > 4) return;
            const h = pick(e);
            const target = h ? d.trials[h.i] : undefined;
            if (target) location.hash = trialHref(props.jobId, target.trialId);
          }}
        >
          <UPlot
            optsKey={`pareto:${ix}:${iy}:${objs.map(objectiveLabel).join(",")}:${constrained}`}
            data={data}
            opts={(w) => ({
              width: w,
              height: 340,
              legend: { show: false },
              cursor: { points: { show: false }, drag: { x: true, y: true } },
              // padded, so the extreme points (often on the front) are drawn whole
              scales: { x: { time: false, range: padded }, y: { range: padded } },
              axes: [{ label: objectiveLabel(xo) }, { label: objectiveLabel(yo), size: 70 }],
              series: [
                { label: objectiveLabel(xo) },
                { label: "trial", ...scatter(BLUE, 6) },
                { label: "infeasible", ...hollow(7) },
                { label: "front line", stroke: ORANGE, width: 1.5, spanGaps: true, paths: uPlot.paths.stepped!({ align: stepAlign(xo.type) }), points: { show: false } },
                { label: "Pareto front", ...scatter(ORANGE, 10) },
              ],
              hooks: {
                ready: [
                  (u) => {
                    plot.current = u;
                  },
                ],
                // the scales as drawn, for a test to find a point's pixel
                draw: [
                  (u) => {
                    const el = u.root;
                    el.dataset.xMin = String(u.scales.x!.min);
                    el.dataset.xMax = String(u.scales.x!.max);
                    el.dataset.yMin = String(u.scales.y!.min);
                    el.dataset.yMax = String(u.scales.y!.max);
                  },
                ],
              },
            })}
          />
          {hover && t && (
            <div class="tip" role="tooltip" data-field="pareto-tooltip" data-trial-id={String(t.trialId)} style={{ left: `${hover.left + 12}px`, top: `${hover.top + 12}px` }}>
              <strong>Trial #{t.trialId}</strong>
              {t.feasible === false ? <span class="tag">infeasible</span> : props.frontIds.has(t.trialId) ? <span class="tag front">on the front</span> : null}
              <br />
              {objs.map((o, i) => (
                <span key={i}>
                  {o.metric} {fmtNum(t.values?.[i])}
                  <br />
                </span>
              ))}
              {props.constraints.map((c) => (
                <span key={c.metric} class="muted">
                  {c.metric} {fmtNum(t.constraintMetrics?.[c.metric] ?? null)}
                  <br />
                </span>
              ))}
              <span class="muted small">click to open</span>
            </div>
          )}
        </div>
      )}
    </figure>
  );
}

/** A scale's range: the data's, with 5 % on each side. */
function padded(_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax {
  if (min === null || max === null) return [0, 1];
  const pad = max > min ? (max - min) * 0.05 : Math.abs(min) * 0.1 || 1;
  return [min - pad, max + pad];
}

const FRONT_ROWS = 100;

function FrontTable(props: { jobId: string; front: readonly Trial[]; objectives: readonly Objective[]; constraints: readonly Constraint[] }) {
  const s = props.objectives[0]!.type === "minimize" ? 1 : -1;
  const rows = useMemo(() => [...props.front].sort((a, b) => s * ((a.values?.[0] ?? 0) - (b.values?.[0] ?? 0)) || a.trialId - b.trialId), [props.front, s]);
  const params = useMemo(() => [...new Set(props.front.flatMap((t) => Object.keys(t.params)))], [props.front]);
  const metrics = [...new Set(props.constraints.map((c) => c.metric))];
  return (
    <div class="front-table scroll">
      <table class="grid compact" data-table="pareto-front">
        <caption class="muted">The front's trials, best {props.objectives[0]!.metric} first</caption>
        <thead>
          <tr>
            <th scope="col">Trial</th>
            {props.objectives.map((o, i) => <th key={i} scope="col" class="num">{o.metric}</th>)}
            {metrics.map((m) => <th key={`c:${m}`} scope="col" class="num">{m}</th>)}
            {params.map((p) => <th key={`p:${p}`} scope="col" class="num">{p}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, FRONT_ROWS).map((t) => (
            <tr key={t.trialId} data-front-trial={String(t.trialId)}>
              <td><a href={trialHref(props.jobId, t.trialId)}>#{t.trialId}</a></td>
              {props.objectives.map((_, i) => <td key={i} class="num">{fmtNum(t.values?.[i])}</td>)}
              {metrics.map((m) => <td key={`c:${m}`} class="num">{fmtNum(t.constraintMetrics?.[m] ?? null)}</td>)}
              {params.map((p) => <td key={`p:${p}`} class="num">{fmtValue(t.params[p])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > FRONT_ROWS && <p class="muted small">and {rows.length - FRONT_ROWS} more (the trials grid's pareto column has them all)</p>}
      {rows.length === 0 && <p class="empty">No feasible completed trial yet.</p>}
    </div>
  );
}
