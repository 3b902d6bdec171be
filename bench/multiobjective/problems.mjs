// The problems of pnpm bench:multiobjective (issue #20), standard definitions. Each entry: a box domain,
// a budget, `evaluate(x) -> { values, constraints }` (every objective minimized; a constraint value
// <= 0 is feasible, Optuna's convention), and what the score is compared with:
// - "mo" rows: the hypervolume of the observed feasible points at `reference`, over `trueHv`;
// - "constrained" rows: the best feasible value against `optimum`.
// `peer`: Optuna 4.7 GPSampler, median (worst) over seeds 0-9, from the issue, with the decimals it was
// recorded to (ours is compared rounded to those); `others`: its NSGA-II, TPE and random samplers, same source.
import { box, branin, hartmann3, hartmann6 } from "../support/test-functions.mjs";

const { cos, sin, exp, sqrt, PI } = Math;


const sum = (x) => x.reduce((s, v) => s + v, 0);

export const PROBLEMS = [
  {
    // BoTorch's BraninCurrin: Branin rescaled to [0,1]^2, and Currin's exponential function.
    name: "branin-currin", kind: "mo", objectives: 2, constraints: 0, budget: 40, domain: box(2, 0, 1), reference: [18, 6], trueHv: 59.4066,
    evaluate: ([u, v]) => {
      const scaled = branin(15 * u - 5, 15 * v);
      const currin = (1 - exp(-1 / (2 * v))) * ((2300 * u ** 3 + 1900 * u ** 2 + 2092 * u + 60) / (100 * u ** 3 + 500 * u ** 2 + 4 * u + 20));
      return { values: [scaled, currin] };
    },
    peer: { median: 0.937, worst: 0.924, decimals: 3 }, others: { nsga2: [0.043, 0], tpe: [0.808, 0.706], random: [0.12, 0] },
  },
  {
    // DTLZ2 (Deb et al. 2005), 6 variables, 2 objectives: g = sum_(i>=2) (x_i - 1/2)^2 on the last 5.
    name: "dtlz2", kind: "mo", objectives: 2, constraints: 0, budget: 60, domain: box(6, 0, 1), reference: [1.1, 1.1], trueHv: 1.21 - PI / 4,
    evaluate: (x) => {
      const g = x.slice(1).reduce((s, v) => s + (v - 0.5) ** 2, 0);
      return { values: [(1 + g) * cos((x[0] * PI) / 2), (1 + g) * sin((x[0] * PI) / 2)] };
    },
    peer: { median: 0.659, worst: 0.513, decimals: 3 }, others: { nsga2: [0.46, 0.305], tpe: [0.541, 0.385], random: [0.334, 0.241] },
  },
  {
    // ZDT1 (Zitzler, Deb and Thiele 2000), 5 variables.
    name: "zdt1", kind: "mo", objectives: 2, constraints: 0, budget: 60, domain: box(5, 0, 1), reference: [1.1, 11], trueHv: 11.76666,
    evaluate: (x) => {
      const g = 1 + (9 / (x.length - 1)) * sum(x.slice(1));
      return { values: [x[0], g * (1 - sqrt(x[0] / g))] };
    },
    peer: { median: 0.995, worst: 0.991, decimals: 3 }, others: { nsga2: [0.814, 0.678], tpe: [0.929, 0.899], random: [0.822, 0.778] },
  },
  {
    // Gardner et al. 2014, "Bayesian optimization with inequality constraints", the simulated problem.
    name: "gardner", kind: "constrained", objectives: 1, constraints: 1, budget: 40, domain: box(2, 0, 6), optimum: -2,
    evaluate: ([x, y]) => ({ values: [cos(2 * x) * cos(y) + sin(x)], constraints: [cos(x) * cos(y) - sin(x) * sin(y) - 0.5] }),
    peer: { median: -2.0, worst: -1.9996, decimals: 4 }, others: { nsga2: [-1.876, -0.978], tpe: [-1.937, -1.116], random: [-1.361, -0.922] },
  },
  {
    // Branin inside a disk that keeps one of its three minima, (pi, 2.275).
    name: "branin-disk50", kind: "constrained", objectives: 1, constraints: 1, budget: 40, domain: [[-5, 10], [0, 15]], optimum: 0.397887,
    evaluate: ([x1, x2]) => ({ values: [branin(x1, x2)], constraints: [(x1 - 2.5) ** 2 + (x2 - 7.5) ** 2 - 50] }),
    peer: { median: 0.3979, worst: 0.39831, decimals: 5 }, others: { nsga2: [4.66, 9.45], tpe: [0.754, 2.35], random: [2.55, 8.94] },
  },
  {
    name: "hartmann6-sum3", kind: "constrained", objectives: 1, constraints: 1, budget: 60, domain: box(6, 0, 1), optimum: -3.322368,
    evaluate: (x) => ({ values: [hartmann6(x)], constraints: [sum(x) - 3] }),
    peer: { median: -3.322, worst: -3.0769, decimals: 4 }, others: { nsga2: [-2.097, -1.225], tpe: [-2.884, -2.302], random: [-1.646, -0.881] },
  },
  {
    // Optimum on the boundary: the disk of radius sqrt(20) around (2.5, 7.5) holds none of Branin's
    // three minima (squared distances 54.6, 27.7, 73.0), so the constrained minimum lies on its edge.
    name: "branin-disk20", kind: "constrained", objectives: 1, constraints: 1, budget: 40, domain: [[-5, 10], [0, 15]], boundary: true,
    evaluate: ([x1, x2]) => ({ values: [branin(x1, x2)], constraints: [(x1 - 2.5) ** 2 + (x2 - 7.5) ** 2 - 20] }),
  },
  {
    // Optimum on the boundary: Hartmann3's minimizer (0.1146, 0.5556, 0.8525) sums to 1.52, beyond the half-space sum <= 1.2.
    name: "hartmann3-sum1.2", kind: "constrained", objectives: 1, constraints: 1, budget: 40, domain: box(3, 0, 1), boundary: true,
    evaluate: (x) => ({ values: [hartmann3(x)], constraints: [sum(x) - 1.2] }),
  },
];

export function spaceOf(problem) {
  return Object.fromEntries(problem.domain.map(([min, max], i) => [`x${i}`, { type: "continuous", min, max }]));
}
export function pointOf(problem, params) {
  return problem.domain.map((_, i) => params[`x${i}`]);
}

/**
 * A boundary problem's f*: the best feasible point of a grid (1000^2 in 2-D, 120^3 in 3-D), then
 * eight rounds of a 41-point-per-axis grid around the incumbent, each ten times finer.
 */
export function boundaryOptimum(problem) {
  const d = problem.domain.length;
  const perAxis = d === 2 ? 1000 : 120;
  const value = (x) => {
    const { values, constraints } = problem.evaluate(x);
    return constraints.every((c) => c <= 0) ? values[0] : Infinity;
  };
  let best = { x: problem.domain.map(([lo]) => lo), v: Infinity };
  const scan = (centre, half, steps) => {
    const idx = new Array(d).fill(0);
    for (;;) {
      const x = idx.map((k, j) => {
        const [lo, hi] = problem.domain[j];
        return Math.min(hi, Math.max(lo, centre[j] - half[j] + (2 * half[j] * k) / (steps - 1)));
      });
      const v = value(x);
      if (v < best.v) best = { x, v };
      let j = 0;
      while (j < d && ++idx[j] === steps) idx[j++] = 0;
      if (j === d) return;
    }
  };
  const centre = problem.domain.map(([lo, hi]) => (lo + hi) / 2);
  const half = problem.domain.map(([lo, hi]) => (hi - lo) / 2);
  scan(centre, half, perAxis + 1);
  let width = half.map((h) => (2 * h) / perAxis);
  for (let round = 0; round < 8; round++) {
    scan(best.x, width, 41);
    width = width.map((w) => w / 10);
  }
  return best;
}

/** The objective's range over the feasible part of the domain (20,000 seeded uniform points): the scale of the q=4 target. */
export function feasibleRange(problem) {
  let state = 12345;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < 20000; i++) {
    const x = problem.domain.map(([a, b]) => a + (b - a) * next());
    const { values, constraints } = problem.evaluate(x);
    if (!constraints.every((c) => c <= 0)) continue;
    lo = Math.min(lo, values[0]);
    hi = Math.max(hi, values[0]);
  }
  return hi - lo;
}
