import type { Objective } from "../optimizer/optimizer-options.js";
import { MEDIAN_RULE_DEFAULTS, type CurvePoint, type MedianRuleOptions } from "./median-rule.js";

/** A finished curve, in internal units (lower is better), sorted by step, with running sums. */
interface IndexedCurve {
  steps: Float64Array;
  /** prefix[k]: the sum of the first k values in step order. */
  prefix: Float64Array;
  maxStep: number;
}

/**
 * The median stopping rule of medianRuleStops, kept incrementally: the finished curves are indexed
 * once, when they finish, and the sorted running averages at each step asked about are cached and
 * updated as further curves finish. A check then costs O(the current curve + log F) instead of a
 * rescan of every finished curve, and gives the same decision (median-rule-index.test.ts).
 */
export class MedianRuleIndex {
  private readonly curves: IndexedCurve[] = [];
  /** Step -> the running averages up to it of the finished curves that reached it, ascending. */
  private readonly averagesAt = new Map<number, number[]>();
  private readonly sign: number;

  constructor(
    objective: Objective,
    private readonly options: MedianRuleOptions = MEDIAN_RULE_DEFAULTS,
  ) {
    this.sign = objective === "minimize" ? 1 : -1;
  }

  get finishedCount(): number {
    return this.curves.length;
  }

  /** A trial finished (completed, or stopped early): its curve joins the comparison. */
  addFinished(curve: readonly CurvePoint[]): void {
    if (curve.length === 0) return;
    const sorted = [...curve].sort((a, b) => a.step - b.step);
    const prefix = new Float64Array(sorted.length + 1);
    sorted.forEach((p, i) => (prefix[i + 1] = prefix[i]! + this.sign * p.value));
    const indexed = { steps: Float64Array.from(sorted, (p) => p.step), prefix, maxStep: sorted.at(-1)!.step };
    this.curves.push(indexed);
    for (const [step, averages] of this.averagesAt) {
      const avg = averageAt(indexed, step);
      if (avg !== undefined) averages.splice(upperBound(averages, avg), 0, avg);
    }
  }

  /** Whether the running trial with this curve is stopped (medianRuleStops over the finished curves). */
  stops(current: readonly CurvePoint[]): boolean {
    return this.judge(current)?.stop ?? false;
  }

  /**
   * The comparison behind stops(), for the reason a stop gives: the step, the running trial's judged
   * value and the median of the finished trials' averages, in the metric's own sign. Undefined while
   * the rule does not judge yet (too early, too few finished trials).
   */
  judge(current: readonly CurvePoint[]): { stop: boolean; step: number; value: number; median: number } | undefined {
    if (current.length === 0) return undefined;
    const step = current.reduce((m, p) => Math.max(m, p.step), -Infinity);
    if (step < this.options.minStep) return undefined;
    const averages = this.averagesUpTo(step);
    if (averages.length < this.options.minTrials) return undefined;
    const values = current.map((p) => this.sign * p.value);
    const judge = this.options.judge;
    const judged = judge === "best" ? Math.min(...values) : judge === "last" ? values.at(-1)! : values.reduce((a, b) => a + b, 0) / values.length;
    const mid = averages.length >> 1;
    const median = averages.length % 2 === 1 ? averages[mid]! : (averages[mid - 1]! + averages[mid]!) / 2;
    return { stop: judged > median, step, value: this.sign * judged, median: this.sign * median };
  }

  private averagesUpTo(step: number): number[] {
    let averages = this.averagesAt.get(step);
    if (!averages) {
      averages = [];
      for (const c of this.curves) {
        const avg = averageAt(c, step);
        if (avg !== undefined) averages.push(avg);
      }
      averages.sort((a, b) => a - b);
      this.averagesAt.set(step, averages);
    }
    return averages;
  }
}

/** The running average up to `step` of a curve that reached it; undefined when it did not. */
function averageAt(c: IndexedCurve, step: number): number | undefined {
  if (c.maxStep < step) return undefined;
  const k = upperBound(c.steps, step);
  return k === 0 ? undefined : c.prefix[k]! / k;
}

/** The number of values <= x in an ascending array. */
function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
