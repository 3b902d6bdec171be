/**
 * Standard normal functions accurate in the far tails, where expected improvement lives once the
 * model is confident. Pure double-precision code with no dependency.
 */
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const SQRT_HALF = Math.SQRT1_2;
const SQRT_PI_OVER_2 = Math.sqrt(Math.PI / 2);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

export function logPdf(z: number): number {
  return -0.5 * z * z - LOG_SQRT_2PI;
}

/** erf(x) by its Maclaurin series; used for |x| < 2.5, where it converges in under 60 terms. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= -x2 / n;
    const add = term / (2 * n + 1);
    sum += add;
    if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
  }
  return TWO_OVER_SQRT_PI * sum;
}

/** erfcx(x) = exp(x^2) erfc(x) for x >= 2.5 by Laplace's continued fraction (modified Lentz). */
function erfcxContinuedFraction(x: number): number {
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / (f * Math.sqrt(Math.PI));
}

/** exp(x^2) erfc(x) for x >= 0. */
export function erfcx(x: number): number {
  return x < 2.5 ? Math.exp(x * x) * (1 - erfSeries(x)) : erfcxContinuedFraction(x);
}

/** log of the normal CDF, accurate for very negative z. */
export function logCdf(z: number): number {
  if (z >= 0) return Math.log1p(-0.5 * (z < 9 ? Math.exp(-0.5 * z * z) * erfcx(z * SQRT_HALF) : 0));
  const x = -z * SQRT_HALF;
  return Math.log(0.5 * erfcx(x)) - x * x;
}

/**
 * log h(z), h(z) = phi(z) + z Phi(z), the expected improvement of a unit normal over -z.
 * For z < -1, h(z) = phi(z) (1 - t R(t)) with t = -z and R the Mills ratio Phi(-t)/phi(t); the
 * bracket is computed without cancellation (erfcx for moderate t, a continued fraction for large t),
 * so log h stays finite and monotone down to z = -1e150 (Ament et al. 2023, "Unexpected improvements
 * to expected improvement", give the same decomposition).
 */
export function logH(z: number): number {
  if (z > -1) {
    const cdf = 0.5 * (z >= 0 ? 2 - erfcScaled(z) : erfcScaled(-z));
    return Math.log(Math.exp(logPdf(z)) + z * cdf);
  }
  const t = -z;
  const oneMinusTR = t <= 5 ? 1 - t * SQRT_PI_OVER_2 * erfcx(t * SQRT_HALF) : millsComplement(t);
  return logPdf(z) + Math.log(oneMinusTR);
}

/** erfc(|z|/sqrt 2) for z >= 0. */
function erfcScaled(z: number): number {
  const x = z * SQRT_HALF;
  return x < 2.5 ? 1 - erfSeries(x) : Math.exp(-x * x) * erfcxContinuedFraction(x);
}

/**
 * 1 - t R(t) for large t. With R(t) = 1/(t + a), a = 1/(t + 2/(t + 3/(t + ...))), the complement
 * is a / (t + a): no subtraction.
 */
function millsComplement(t: number): number {
  const tiny = 1e-300;
  // a = 1/(t + 2/(t + 3/(t + ...))) by modified Lentz on b0 = 0, a_1 = 1, a_k = k, b_k = t.
  let f = tiny;
  let c = f;
  let d = 0;
  for (let k = 1; k < 1000; k++) {
    d = t + k * d;
    d = d === 0 ? tiny : 1 / d;
    c = t + k / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return f / (t + f);
}
