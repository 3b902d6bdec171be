// Learning curves packed for one canvas pass: every curve's points in flat arrays, curves separated by a
// NaN gap, one pack per style (normal, early-stopped). Drawing 10,000 curves as 10,000 uPlot series costs
// a series object, a path cache and a legend entry each (seconds); one flat pack is a single loop of
// moveTo/lineTo per style, and no curve is hidden from the picture.

import type { Curve } from "./types.js";

export interface CurvePack {
  xs: Float64Array;
  ys: Float64Array;
  curves: number;
}

export interface PackedCurves {
  normal: CurvePack;
  earlyStopped: CurvePack;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** curves with at least one finite point */
  count: number;
}

export function packCurves(curves: readonly Curve[]): PackedCurves {
  const sizes = { normal: 0, early: 0 };
  for (const c of curves) {
    const n = c.points.length;
    if (n === 0) continue;
    if (c.earlyStopped) sizes.early += n + 1;
    else sizes.normal += n + 1;
  }
  const normal: CurvePack = { xs: new Float64Array(sizes.normal), ys: new Float64Array(sizes.normal), curves: 0 };
  const early: CurvePack = { xs: new Float64Array(sizes.early), ys: new Float64Array(sizes.early), curves: 0 };
  let iN = 0;
  let iE = 0;
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  let count = 0;
  for (const c of curves) {
    if (c.points.length === 0) continue;
    const pack = c.earlyStopped ? early : normal;
    let i = c.earlyStopped ? iE : iN;
    let finite = false;
    for (const [x, y] of c.points) {
      pack.xs[i] = x;
      pack.ys[i] = y;
      i++;
      if (Number.isFinite(x) && Number.isFinite(y)) {
        finite = true;
        if (x < xMin) xMin = x;
        if (x > xMax) xMax = x;
        if (y < yMin) yMin = y;
        if (y > yMax) yMax = y;
      }
    }
    pack.xs[i] = NaN;
    pack.ys[i] = NaN;
    i++;
    pack.curves++;
    if (finite) count++;
    if (c.earlyStopped) iE = i;
    else iN = i;
  }
  if (count === 0) {
    xMin = 0; xMax = 1; yMin = 0; yMax = 1;
  }
  return { normal, earlyStopped: early, xMin, xMax, yMin, yMax, count };
}

/**
 * Largest-triangle-three-buckets downsampling of one series to at most `max` points (keeps first and last
 * and the shape). The server already downsamples /curves; this is for the trial page's full metric series.
 */
export function downsample(points: readonly [number, number][], max: number): [number, number][] {
  const n = points.length;
  if (max >= n || max < 3) return max < 3 && n > max ? points.slice(0, Math.max(0, max)) : points.slice();
  const out: [number, number][] = [points[0]!];
  const bucket = (n - 2) / (max - 2);
  let a = 0;
  for (let i = 0; i < max - 2; i++) {
    const start = Math.floor(i * bucket) + 1;
    const end = Math.min(Math.floor((i + 1) * bucket) + 1, n - 1);
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((i + 2) * bucket) + 1, n);
    let avgX = 0, avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += points[j]![0];
      avgY += points[j]![1];
    }
    const cnt = Math.max(1, nextEnd - nextStart);
    avgX /= cnt;
    avgY /= cnt;
    const [ax, ay] = points[a]!;
    let bestArea = -1;
    let bestJ = start;
    for (let j = start; j < end; j++) {
      const [bx, by] = points[j]!;
      const area = Math.abs((ax - avgX) * (by - ay) - (ax - bx) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        bestJ = j;
      }
    }
    out.push(points[bestJ]!);
    a = bestJ;
  }
  out.push(points[n - 1]!);
  return out;
}
