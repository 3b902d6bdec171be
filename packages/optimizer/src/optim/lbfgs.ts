/**
 * Limited-memory BFGS with optional box constraints, handled by projection (variables held at a bound
 * by the gradient are frozen for the step, the path x + t d is projected back into the box) and an
 * Armijo backtracking line search along the projected path. This is the quasi-Newton optimizer used
 * for the GP hyperparameters (unbounded) and the acquisition refinement (bounded to the unit cube).
 */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsOptions {
  lower?: ArrayLike<number>;
  upper?: ArrayLike<number>;
  maxIterations?: number;
  /** Stop when the largest projected-gradient component is below this. */
  gradientTolerance?: number;
  /** Stop when one step improves f by less than this, relative to max(|f|, 1). */
  relativeTolerance?: number;
  memory?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
}

export function minimizeLbfgs(f: Objective, x0: ArrayLike<number>, options: LbfgsOptions = {}): LbfgsResult {
  const n = x0.length;
  const lower = options.lower;
  const upper = options.upper;
  const maxIterations = options.maxIterations ?? 100;
  const gtol = options.gradientTolerance ?? 1e-5;
  const ftol = options.relativeTolerance ?? 1e-10;
  const memory = options.memory ?? 8;

  const project = (v: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      if (lower && v[i]! < lower[i]!) v[i] = lower[i]!;
      if (upper && v[i]! > upper[i]!) v[i] = upper[i]!;
    }
  };
  let evaluations = 0;
  const evaluate = (v: Float64Array, g: Float64Array): number => {
    evaluations++;
    const value = f(v, g);
    return Number.isFinite(value) && g.every(Number.isFinite) ? value : Infinity;
  };

  let x = Float64Array.from(x0);
  project(x);
  let g = new Float64Array(n);
  let fx = evaluate(x, g);
  if (!Number.isFinite(fx)) return { x, value: fx, iterations: 0, evaluations };

  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const active = new Uint8Array(n);
  let iter = 0;
  for (; iter < maxIterations; iter++) {
    let pgMax = 0;
    for (let i = 0; i < n; i++) {
      const atLower = lower !== undefined && x[i]! <= lower[i]! && g[i]! > 0;
      const atUpper = upper !== undefined && x[i]! >= upper[i]! && g[i]! < 0;
      active[i] = atLower || atUpper ? 1 : 0;
      if (!active[i]) pgMax = Math.max(pgMax, Math.abs(g[i]!));
    }
    if (pgMax < gtol) break;

    let d = direction(g, S, Y, rho, active);
    let slope = dot(d, g);
    if (!(slope < 0)) {
      S.length = Y.length = rho.length = 0;
      d = direction(g, S, Y, rho, active);
      slope = dot(d, g);
      if (!(slope < 0)) break;
    }

    let t = S.length === 0 ? Math.min(1, 1 / Math.max(norm(d), 1e-12)) : 1;
    const xNew = new Float64Array(n);
    const gNew = new Float64Array(n);
    let fNew = Infinity;
    let accepted = false;
    for (let k = 0; k < 40; k++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + t * d[i]!;
      project(xNew);
      let decrease = 0;
      for (let i = 0; i < n; i++) decrease += g[i]! * (xNew[i]! - x[i]!);
      fNew = evaluate(xNew, gNew);
      if (fNew <= fx + 1e-4 * decrease) {
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) {
      if (S.length === 0) break;
      S.length = Y.length = rho.length = 0;
      continue;
    }

    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xNew[i]! - x[i]!;
      yv[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(s, yv);
    if (sy > 1e-12 * dot(yv, yv)) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const improvement = fx - fNew;
    x = xNew;
    g = gNew;
    fx = fNew;
    if (improvement <= ftol * Math.max(Math.abs(fx), 1)) {
      iter++;
      break;
    }
  }
  return { x, value: fx, iterations: iter, evaluations };
}

/** Two-loop recursion on the free variables: d = -H g with frozen components zeroed. */
function direction(g: Float64Array, S: Float64Array[], Y: Float64Array[], rho: number[], active: Uint8Array): Float64Array {
  const n = g.length;
  const q = new Float64Array(n);
  for (let i = 0; i < n; i++) q[i] = active[i] ? 0 : -g[i]!;
  const m = S.length;
  const a = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    a[k] = rho[k]! * maskedDot(S[k]!, q, active);
    const yk = Y[k]!;
    for (let i = 0; i < n; i++) if (!active[i]) q[i] = q[i]! - a[k]! * yk[i]!;
  }
  if (m > 0) {
    const gamma = dot(S[m - 1]!, Y[m - 1]!) / dot(Y[m - 1]!, Y[m - 1]!);
    for (let i = 0; i < n; i++) q[i] = q[i]! * gamma;
  }
  for (let k = 0; k < m; k++) {
    const b = rho[k]! * maskedDot(Y[k]!, q, active);
    const sk = S[k]!;
    for (let i = 0; i < n; i++) if (!active[i]) q[i] = q[i]! + (a[k]! - b) * sk[i]!;
  }
  return q;
}

function maskedDot(a: Float64Array, b: Float64Array, active: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) if (!active[i]) s += a[i]! * b[i]!;
  return s;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function norm(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}
