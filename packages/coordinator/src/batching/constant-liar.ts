/**
 * Constant liar (Ginsbourger et al. 2010): while a trial runs, the model pretends it returned a fixed
 * value, so the next suggestion moves away from it. Values here are internal (lower is better).
 * - "best": the best value seen, an optimistic lie that only clears the pending point's neighbourhood
 *   (the user-facing "min" of a minimization, the default);
 * - "mean": the mean of the observations;
 * - "worst": a pessimistic lie that pushes suggestions further apart.
 */
export const INTERNAL_LIARS = ["best", "mean", "worst"] as const;
export type InternalLiar = (typeof INTERNAL_LIARS)[number];

export function lieValue(liar: InternalLiar, ys: ArrayLike<number>): number {
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

/** The user-facing liar ("min" | "mean" | "max" of the objective's values) in internal terms. */
export type Liar = "min" | "mean" | "max";
export function toInternalLiar(liar: Liar, objective: "minimize" | "maximize"): InternalLiar {
  if (liar === "mean") return "mean";
  const isMin = liar === "min";
  return isMin === (objective === "minimize") ? "best" : "worst";
}
