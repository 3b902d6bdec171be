import type { ResolvedScaling, Scaling } from "./parameter-spec.js";

/**
 * The rule `auto` applies (documented in docs/search-space.md):
 * - log when min > 0 and max / min >= 100 (the range spans two decades or more);
 * - reverse-log for continuous ranges inside [0, 1) whose distance to 1 spans two decades or more,
 *   (1 - min) / (1 - max) >= 100 (momentum 0.9..0.9999, say);
 * - linear otherwise.
 */
export const AUTO_DECADES_RATIO = 100;

export function resolveScaling(scaling: Scaling, type: "continuous" | "integer", min: number, max: number): ResolvedScaling {
  if (scaling !== "auto") return scaling;
  if (min > 0 && max / min >= AUTO_DECADES_RATIO) return "log";
  if (type === "continuous" && min >= 0 && max < 1 && (1 - min) / (1 - max) >= AUTO_DECADES_RATIO) return "reverse-log";
  return "linear";
}

/** Monotone increasing map from a value to the axis on which the unit cube is linear. */
export function toAxis(scaling: ResolvedScaling, v: number): number {
  switch (scaling) {
    case "linear":
      return v;
    case "log":
      return Math.log(v);
    case "reverse-log":
      return -Math.log1p(-v);
  }
}

export function fromAxis(scaling: ResolvedScaling, t: number): number {
  switch (scaling) {
    case "linear":
      return t;
    case "log":
      return Math.exp(t);
    case "reverse-log":
      return -Math.expm1(-t);
  }
}
