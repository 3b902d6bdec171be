/**
 * What a pending trial pretends to have returned, so that the next suggestion accounts for it.
 * Values here are internal (lower is better).
 * - "believer" (Kriging believer, Ginsbourger et al. 2010): the GP's own mean at the pending point.
 *   It leaves the model's picture of the landscape as it is and only removes the uncertainty there,
 *   so batches keep refining the best region. The default: on Hartmann6 with 4 trials in flight it
 *   reaches -3.32 where the constant liars reach -2.7 to -3.15 (docs/benchmarks.md).
 * - constant liars: "best" (the user-facing "min" of a minimization: an optimistic lie that only
 *   clears the pending point's neighbourhood), "mean", and "worst" (pessimistic, pushes points apart).
 */
export const INTERNAL_LIARS = ["believer", "best", "mean", "worst"] as const;
export type InternalLiar = (typeof INTERNAL_LIARS)[number];
export type ConstantLiar = Exclude<InternalLiar, "believer">;

export function lieValue(liar: ConstantLiar, ys: ArrayLike<number>): number {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = 0; i < ys.length; i++) {
    const v = ys[i]!;
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  if (liar === "best") return min;
  if (liar === "worst") return max;
  return sum / ys.length;
}

/** The user-facing liar ("min" | "mean" | "max" of the objective's values, or "believer") in internal terms. */
export type Liar = "believer" | "min" | "mean" | "max";
export function toInternalLiar(liar: Liar, objective: "minimize" | "maximize"): InternalLiar {
  if (liar === "mean" || liar === "believer") return liar;
  const isMin = liar === "min";
  return isMin === (objective === "minimize") ? "best" : "worst";
}
