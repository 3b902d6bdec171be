import type { StoppedObservation } from "./strategy.js";

/**
 * What an early-stopped trial tells the model. The median rule stopped it because at its last step it
 * was worse than the median of the other trials there: a censored observation (its final value would
 * have been no better than the median; no better than its last value either, as curves improve with
 * steps), not a value. Internal values: lower is better.
 * - "median" (default): the objective's GP gets the median of the completed trials' values, the
 *   censoring bound itself, whatever the trial's last value was;
 * - "pessimistic": the worse of the trial's last value and that median (the other end of the interval
 *   the final value lies in; an early epoch's value, far below any final one);
 * - "last-value": its last reported value, as if the trial had completed there (nothing when it
 *   reported none);
 * - "worst": the worse of the worst completed value and its own last value;
 * - "as-failure": nothing to the objective's GP; the feasibility model learns it as a failure;
 * - "ignore": nothing; the configuration only counts as tried (it is never suggested again).
 * Chosen on bench:early-stopping and bench:optimizer's stopped rows (docs/benchmarks.md): the median
 * saves the most epochs of the policies that inform the model (about what ignoring them saves, 30
 * seeds) and takes Branin with half its trials stopped unvalued from 6.9 (ignored) to 0.88.
 */
export const STOPPED_POLICIES = ["median", "pessimistic", "last-value", "worst", "as-failure", "ignore"] as const;
export type StoppedPolicy = (typeof STOPPED_POLICIES)[number];
export const DEFAULT_STOPPED_POLICY: StoppedPolicy = "median";

/**
 * The values the objective's GP gets for stopped trials under a policy, from the completed trials'
 * values. Computed at every ask from what was told, never stored: a restarted optimizer, which reads
 * the told values back, imputes the same ones. Before any trial completed only a reported value can
 * be used (as the trial's own bound).
 */
export function imputeStopped(policy: StoppedPolicy, completed: readonly number[], stopped: readonly StoppedObservation[]): { x: Float64Array; y: number }[] {
  if (policy === "ignore" || policy === "as-failure" || stopped.length === 0) return [];
  const out: { x: Float64Array; y: number }[] = [];
  if (policy === "last-value") {
    for (const s of stopped) if (s.y !== undefined) out.push({ x: s.x, y: s.y });
    return out;
  }
  const bound = completed.length === 0 ? undefined : policy === "worst" ? Math.max(...completed) : median(completed);
  for (const s of stopped) {
    let y = bound;
    if (s.y !== undefined && policy !== "median") y = bound === undefined ? s.y : Math.max(s.y, bound);
    else if (y === undefined) y = s.y;
    if (y !== undefined) out.push({ x: s.x, y });
  }
  return out;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
