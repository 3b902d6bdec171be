import type { Objective } from "../optimizer/optimizer-options.js";

/** One intermediate value of a trial's objective metric. */
export interface CurvePoint {
  step: number;
  value: number;
}

export interface MedianRuleOptions {
  /** Finished trials whose curves reach the step before the rule judges anything there (default 3). */
  minTrials: number;
  /** No trial is stopped before it has reported this step (default 1: any step, given minTrials curves). */
  minStep: number;
  /**
   * What of the current trial is compared with the median: its running average up to the step (as
   * the finished trials' curves are summarised), its best value so far (Vizier's conservative form),
   * or its last value. bench:early-stopping measures the three.
   */
  judge: "average" | "best" | "last";
}

/** Chosen on bench:early-stopping (docs/benchmarks.md): minTrials as Katib's default, the rest measured. */
export const MEDIAN_RULE_DEFAULTS: MedianRuleOptions = { minTrials: 3, minStep: 1, judge: "average" };

/**
 * SageMaker's median stopping rule (Vizier's "median automated stopping"): at step t, stop a trial
 * whose best objective so far is worse than the median of the running averages, up to t, of the
 * objective curves of the earlier finished trials that reached t. Pure: the caller keeps the curves.
 */
export function medianRuleStops(current: readonly CurvePoint[], finished: readonly (readonly CurvePoint[])[], objective: Objective, options: MedianRuleOptions = MEDIAN_RULE_DEFAULTS): boolean {
  if (current.length === 0) return false;
  const step = current.reduce((m, p) => Math.max(m, p.step), -Infinity);
  if (step < options.minStep) return false;
  const sign = objective === "minimize" ? 1 : -1; // internal values: lower is better
  const averages: number[] = [];
  for (const curve of finished) {
    let sum = 0;
    let n = 0;
    let reached = false;
    for (const p of curve) {
      if (p.step <= step) {
        sum += sign * p.value;
        n++;
      }
      if (p.step >= step) reached = true;
    }
    if (reached && n > 0) averages.push(sum / n);
  }
  if (averages.length < options.minTrials) return false;
  const values = current.map((p) => sign * p.value);
  const judged = options.judge === "best" ? Math.min(...values) : options.judge === "last" ? values.at(-1)! : values.reduce((a, b) => a + b, 0) / values.length;
  return judged > median(averages);
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
