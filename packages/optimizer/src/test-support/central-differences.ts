/**
 * The gradient of `f` at `x` by central differences, (f(x + h e_d) - f(x - h e_d)) / 2h in each
 * coordinate d: what the tests check an analytic gradient against (the acquisitions' and models' are
 * what L-BFGS follows, so a wrong one fails quietly).
 */
export function centralDifferences(f: (x: Float64Array) => number, x: Float64Array, h: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let d = 0; d < x.length; d++) {
    const up = Float64Array.from(x);
    const down = Float64Array.from(x);
    up[d] = up[d]! + h;
    down[d] = down[d]! - h;
    out[d] = (f(up) - f(down)) / (2 * h);
  }
  return out;
}
