// Parallel coordinates: one axis per parameter plus the objective. Values map to [0, 1] on each axis
// (log for log-scaled parameters, index for categorical ones); a brush is a [lo, hi] range in that axis'
// [0, 1] space; a trial passes when every brushed axis holds its value.

import { trialValue } from "./table.js";
import type { Objective, ParameterSpec, Trial } from "./types.js";

export interface Axis {
  /** parameter name, "objective", or "value:I" (the I-th of several objectives) */
  key: string;
  label: string;
  kind: "numeric" | "log" | "categorical";
  min: number;
  max: number;
  categories?: string[];
}

export type Brushes = Record<string, [number, number]>;

const valueOf = trialValue;

export function buildAxes(trials: readonly Trial[], params: Record<string, ParameterSpec> | undefined, metric: string): Axis[] {
  const names = params ? Object.keys(params) : [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  const axes: Axis[] = [];
  for (const name of names) {
    const spec = params?.[name];
    const sample = trials.find((t) => t.params[name] !== undefined)?.params[name];
    if (spec?.type === "categorical" || (spec === undefined && typeof sample === "string")) {
      const cats = spec?.values?.map(String) ?? [...new Set(trials.map((t) => String(t.params[name])))].sort();
      axes.push({ key: name, label: name, kind: "categorical", min: 0, max: Math.max(0, cats.length - 1), categories: cats });
      continue;
    }
    const [lo, hi] = extent(trials.map((t) => t.params[name]), spec?.min, spec?.max);
    const log = spec?.scaling !== undefined && /log/i.test(spec.scaling) && lo > 0;
    axes.push({ key: name, label: name, kind: log ? "log" : "numeric", min: lo, max: hi });
  }
  const [lo, hi] = extent(trials.map((t) => t.objective));
  axes.push({ key: "objective", label: metric, kind: "numeric", min: lo, max: hi });
  return axes;
}

/** One numeric axis per objective ("value:I"), labelled "loss (minimize)", over the trials' values. */
export function objectiveAxes(trials: readonly Trial[], objectives: readonly Objective[]): Axis[] {
  return objectives.map((o, i) => {
    const [lo, hi] = extent(trials.map((t) => t.values?.[i]));
    return { key: `value:${i}`, label: `${o.metric} (${o.type})`, kind: "numeric" as const, min: lo, max: hi };
  });
}

function extent(values: readonly unknown[], min?: number, max?: number): [number, number] {
  let lo = min ?? Infinity;
  let hi = max ?? -Infinity;
  if (min === undefined || max === undefined) {
    for (const v of values) {
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      if (min === undefined && v < lo) lo = v;
      if (max === undefined && v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  return [lo, hi];
}

/** The value's position on the axis in [0, 1], or NaN when it has none. */
export function normalize(axis: Axis, v: number | string | undefined): number {
  if (v === undefined) return NaN;
  if (axis.kind === "categorical") {
    const i = axis.categories!.indexOf(String(v));
    if (i < 0) return NaN;
    return axis.categories!.length <= 1 ? 0.5 : i / (axis.categories!.length - 1);
  }
  if (typeof v !== "number" || !Number.isFinite(v)) return NaN;
  if (axis.max === axis.min) return 0.5;
  if (axis.kind === "log") return (Math.log(v) - Math.log(axis.min)) / (Math.log(axis.max) - Math.log(axis.min));
  return (v - axis.min) / (axis.max - axis.min);
}

/** The axis value at position p in [0, 1] (for labels and for turning a brush into a grid range). */
export function denormalize(axis: Axis, p: number): number {
  if (axis.kind === "log") return Math.exp(Math.log(axis.min) + p * (Math.log(axis.max) - Math.log(axis.min)));
  return axis.min + p * (axis.max - axis.min);
}

/** A brush from a drag between two positions, clamped to [0, 1]; undefined when too small to mean it. */
export function brushFromDrag(p0: number, p1: number): [number, number] | undefined {
  const lo = Math.max(0, Math.min(p0, p1));
  const hi = Math.min(1, Math.max(p0, p1));
  return hi - lo < 0.005 ? undefined : [lo, hi];
}

export function passesBrushes(t: Trial, axes: readonly Axis[], brushes: Brushes): boolean {
  for (const axis of axes) {
    const b = brushes[axis.key];
    if (!b) continue;
    const p = normalize(axis, valueOf(t, axis.key));
    if (!(p >= b[0] - 1e-9 && p <= b[1] + 1e-9)) return false;
  }
  return true;
}

export function applyBrushes(trials: readonly Trial[], axes: readonly Axis[], brushes: Brushes): Trial[] {
  if (Object.keys(brushes).length === 0) return trials as Trial[];
  return trials.filter((t) => passesBrushes(t, axes, brushes));
}

/** Positions of a trial on every axis (NaN where it has no value). */
export function polyline(t: Trial, axes: readonly Axis[]): number[] {
  return axes.map((a) => normalize(a, valueOf(t, a.key)));
}
