import { InvalidArgumentError } from "../errors.js";
import { nonDominated } from "./non-dominated.js";

/**
 * The hypervolume a set of points dominates up to a reference point, minimization: the volume of
 * { z <= reference : some point p <= z }. Exact: a sweep in 2-D (O(n log n)), and in more dimensions
 * hypervolume by slicing objectives (HSO, While et al. 2006): sort by the last objective and add up
 * each slab's (d-1)-dimensional hypervolume of the points below it, the 2-D sweep at the bottom,
 * O(n^(d-1) log n), plenty for the few hundred trials of a tuning job. Points not strictly better
 * than the reference in every coordinate add nothing and are dropped.
 */
export function hypervolume(points: readonly (readonly number[])[], reference: readonly number[]): number {
  const d = reference.length;
  if (d < 1 || !reference.every(Number.isFinite)) throw new InvalidArgumentError("reference", "a non-empty array of finite numbers", reference);
  points.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== d || !p.every((v) => typeof v === "number" && !Number.isNaN(v))) {
      throw new InvalidArgumentError(`points[${i}]`, `an array of ${d} numbers (the reference's length)`, p);
    }
  });
  const inside = points.filter((p) => p.every((v, j) => v < reference[j]!));
  return slices(inside, reference, d);
}

function slices(points: readonly (readonly number[])[], reference: readonly number[], d: number): number {
  if (points.length === 0) return 0;
  if (d === 1) return reference[0]! - Math.min(...points.map((p) => p[0]!));
  if (d === 2) return sweep2d(points, reference);
  const sorted = [...points].sort((a, b) => a[d - 1]! - b[d - 1]!);
  let volume = 0;
  for (let k = 0; k < sorted.length; k++) {
    const top = k + 1 < sorted.length ? sorted[k + 1]![d - 1]! : reference[d - 1]!;
    const depth = top - sorted[k]![d - 1]!;
    if (depth <= 0) continue;
    // Only the slab's non-dominated projections matter; dropping the rest keeps the recursion small.
    const below = sorted.slice(0, k + 1).map((p) => p.slice(0, d - 1));
    volume += depth * slices(nonDominated(below).map((i) => below[i]!), reference, d - 1);
  }
  return volume;
}

/** 2-D: sorted by the first coordinate, each point adds the strip from it to the next step of the staircase. */
function sweep2d(points: readonly (readonly number[])[], reference: readonly number[]): number {
  const sorted = [...points].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let volume = 0;
  let ceiling = reference[1]!;
  for (const p of sorted) {
    if (p[1]! >= ceiling) continue;
    volume += (reference[0]! - p[0]!) * (ceiling - p[1]!);
    ceiling = p[1]!;
  }
  return volume;
}
