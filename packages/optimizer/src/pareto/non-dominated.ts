/**
 * Pareto dominance, minimization in every coordinate: p dominates q when p is no worse anywhere and
 * better somewhere. Equal points do not dominate each other, so duplicates stay in a Pareto set
 * together (two trials that scored the same are both on the front).
 */
export function dominates(p: ArrayLike<number>, q: ArrayLike<number>): boolean {
  let better = false;
  for (let j = 0; j < p.length; j++) {
    if (p[j]! > q[j]!) return false;
    if (p[j]! < q[j]!) better = true;
  }
  return better;
}

/**
 * Indices (ascending) of the points no other point dominates. Sorting by the first coordinate, then
 * the rest, first means a point can only be dominated by one before it, and only a point already
 * kept needs checking (a dominator of a dropped point's dominator dominates it too): O(n m d) for
 * m kept points instead of O(n^2 d).
 */
export function nonDominated(points: readonly (readonly number[])[]): number[] {
  const order = points.map((_, i) => i).sort((a, b) => lexicographic(points[a]!, points[b]!) || a - b);
  const kept: number[] = [];
  for (const i of order) {
    if (!kept.some((k) => dominates(points[k]!, points[i]!))) kept.push(i);
  }
  return kept.sort((a, b) => a - b);
}

function lexicographic(p: readonly number[], q: readonly number[]): number {
  for (let j = 0; j < p.length; j++) if (p[j] !== q[j]) return p[j]! - q[j]!;
  return 0;
}
