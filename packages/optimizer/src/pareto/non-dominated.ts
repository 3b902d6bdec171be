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
 * Indices (ascending) of the points no other point dominates, every coordinate minimized. Sorted
 * lexicographically first, a point's dominators all come before it, and one of them is on the front
 * found so far (dominance is transitive): so each point is checked against the front only, O(n·|front|)
 * (on flat arrays: 10,000 points all on the front take about 0.2 s); two coordinates need only the
 * running minimum of the second, O(n log n).
 */
export function nonDominated(points: readonly (readonly number[])[]): number[] {
  const n = points.length;
  if (n === 0) return [];
  const k = points[0]!.length;
  const order = points.map((_, i) => i);
  order.sort((i, j) => {
    const a = points[i]!;
    const b = points[j]!;
    for (let d = 0; d < k; d++) if (a[d] !== b[d]) return a[d]! - b[d]!;
    return i - j;
  });
  const out: number[] = [];
  if (k === 2) {
    // In lexicographic order a point is dominated by an earlier one with a smaller y, or with its y and a
    // smaller x; the first point to reach the lowest y so far has the smallest x with it.
    let minY = Infinity;
    let minYx = Infinity;
    for (const i of order) {
      const [x, y] = points[i] as [number, number];
      if (minY < y || (minY === y && minYx < x)) continue;
      out.push(i);
      if (y < minY) {
        minY = y;
        minYx = x;
      }
    }
    return out.sort((a, b) => a - b);
  }
  const flat = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const p = points[order[r]!]!;
    for (let d = 0; d < k; d++) flat[r * k + d] = p[d]!;
  }
  const front = new Int32Array(n);
  let size = 0;
  for (let r = 0; r < n; r++) {
    const pr = r * k;
    let dominated = false;
    for (let f = 0; f < size && !dominated; f++) {
      const qf = front[f]! * k;
      let worse = false;
      let better = false;
      for (let d = 0; d < k; d++) {
        const q = flat[qf + d]!;
        const v = flat[pr + d]!;
        if (q > v) {
          worse = true;
          break;
        }
        if (q < v) better = true;
      }
      dominated = !worse && better;
    }
    if (!dominated) front[size++] = r;
  }
  for (let f = 0; f < size; f++) out.push(order[front[f]!]!);
  return out.sort((a, b) => a - b);
}
