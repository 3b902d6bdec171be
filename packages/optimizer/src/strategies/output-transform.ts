/**
 * Output transforms applied before the GP sees the objective values (lower is better).
 * Both are monotone, so the best point, the constant-liar lies and EI's incumbent keep their order.
 */

/** Zero mean, unit standard deviation; a constant series maps to zeros. */
export function standardize(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]! / n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (values[i]! - mean) ** 2 / n;
  const std = Math.sqrt(variance) || 1;
  return Float64Array.from(values, (v) => (v - mean) / std);
}

/**
 * Yeo-Johnson power transform with lambda chosen by maximum likelihood (as scikit-learn's
 * PowerTransformer), applied to standardized values and standardized again. Objectives with a heavy
 * tail of bad values (Rosenbrock's 1e5 next to 0.1) otherwise leave the GP modelling the outliers
 * and flattening the region that matters; the warp spreads the good end back out (HEBO does the same).
 */
export function powerTransform(values: ArrayLike<number>, lowestLambda = -2): Float64Array {
  const z = standardize(values);
  // `lowestLambda` > -2 narrows the search (output-models.ts, several objectives); the default is the single-objective warp.
  const lambda = goldenSectionMax((l) => yeoJohnsonLogLikelihood(z, l), lowestLambda, 4);
  return standardize(Float64Array.from(z, (v) => yeoJohnson(v, lambda)));
}

/**
 * Shifts values so that the GP's prior mean (zero) sits at the worst value seen. Unexplored parts of
 * the space then look like a typical bad configuration rather than an average one, which stops log EI
 * from spending trials in corners far from all data when good regions are small (Hartmann6's flat
 * plateau: median best -3.26 with the mean as prior mean, -3.32 with the worst; docs/optimizer.md).
 */
export function shiftToWorst(values: Float64Array, share = 1): Float64Array {
  let worst = -Infinity;
  for (const v of values) worst = Math.max(worst, v);
  // `share` < 1 stops part of the way from the (standardized) mean's zero: output-models.ts, several objectives.
  const shift = share === 1 ? worst : share * worst;
  return Float64Array.from(values, (v) => v - shift);
}

export function yeoJohnson(y: number, lambda: number): number {
  if (y >= 0) return Math.abs(lambda) < 1e-8 ? Math.log1p(y) : ((y + 1) ** lambda - 1) / lambda;
  return Math.abs(lambda - 2) < 1e-8 ? -Math.log1p(-y) : -((1 - y) ** (2 - lambda) - 1) / (2 - lambda);
}

/** Profile log likelihood of lambda under a normal model of the transformed values. */
function yeoJohnsonLogLikelihood(y: Float64Array, lambda: number): number {
  const n = y.length;
  let mean = 0;
  const t = Float64Array.from(y, (v) => yeoJohnson(v, lambda));
  for (const v of t) mean += v / n;
  let variance = 0;
  for (const v of t) variance += (v - mean) ** 2 / n;
  let jacobian = 0;
  for (const v of y) jacobian += Math.sign(v) * Math.log1p(Math.abs(v));
  return -0.5 * n * Math.log(Math.max(variance, 1e-300)) + (lambda - 1) * jacobian;
}

function goldenSectionMax(f: (x: number) => number, lo: number, hi: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 60 && b - a > 1e-6; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
