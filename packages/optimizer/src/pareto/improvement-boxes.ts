import { nonDominated } from "./non-dominated.js";

/** An axis-aligned box [lower, upper]; a lower bound may be -Infinity. */
export interface Box {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/**
 * Disjoint boxes whose union is the region a new point can improve the hypervolume from: every
 * z <= reference that no point of the front weakly dominates (minimization). A point y then adds
 * HVI(y) = sum over boxes of prod_j (upper_j - max(lower_j, y_j))^+, which is what makes expected
 * hypervolume improvement a sum of products of one-dimensional normal integrals (log-ehvi.ts).
 *
 * Built by slicing along the last objective, as hypervolume.ts slices the dominated region: between
 * consecutive values c_k <= z_d < c_(k+1) of the front's last coordinate the region is the (d-1)-D
 * region left by the points with z_d <= c_k, times that slab. In 2-D this is the staircase's m + 1
 * columns; in d dimensions O(m^(d-1)) boxes, fine for fronts of a few dozen points in 3-D.
 * Points not strictly better than the reference everywhere cannot shrink the region and are dropped.
 */
export function improvementBoxes(front: readonly (readonly number[])[], reference: readonly number[]): Box[] {
  const inside = front.filter((p) => p.every((v, j) => v < reference[j]!));
  const kept = nonDominated(inside).map((i) => inside[i]!);
  const out: Box[] = [];
  split(kept, reference, reference.length, [], [], out);
  return out;
}

/** Appends the boxes of the first d coordinates, each extended by the fixed slab bounds of the coordinates above. */
function split(points: readonly (readonly number[])[], reference: readonly number[], d: number, lowerTail: number[], upperTail: number[], out: Box[]): void {
  if (d === 1) {
    let top = reference[0]!;
    for (const p of points) top = Math.min(top, p[0]!);
    out.push({ lower: [-Infinity, ...lowerTail], upper: [top, ...upperTail] });
    return;
  }
  const sorted = [...points].sort((a, b) => a[d - 1]! - b[d - 1]!);
  let bottom = -Infinity;
  for (let k = 0; k <= sorted.length; k++) {
    const top = k < sorted.length ? sorted[k]![d - 1]! : reference[d - 1]!;
    if (top > bottom) {
      const below = sorted.slice(0, k).map((p) => p.slice(0, d - 1));
      const relevant = nonDominated(below).map((i) => below[i]!);
      split(relevant, reference, d - 1, [bottom, ...lowerTail], [top, ...upperTail], out);
    }
    bottom = Math.max(bottom, top);
  }
}
