// Standard optimization test functions (definitions as in the Virtual Library of Simulation
// Experiments, Surjanovic and Bingham). Each entry: domain box, budget, known minimum.
const { cos, exp, sqrt, sin, PI, E } = Math;

const H3 = {
  alpha: [1, 1.2, 3, 3.2],
  A: [[3, 10, 30], [0.1, 10, 35], [3, 10, 30], [0.1, 10, 35]],
  P: [[3689, 1170, 2673], [4699, 4387, 7470], [1091, 8732, 5547], [381, 5743, 8828]].map((r) => r.map((v) => v * 1e-4)),
};
const H6 = {
  alpha: [1, 1.2, 3, 3.2],
  A: [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]],
  P: [[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991], [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]].map((r) => r.map((v) => v * 1e-4)),
};
function hartmann(h, x) {
  let s = 0;
  for (let i = 0; i < 4; i++) {
    let inner = 0;
    for (let j = 0; j < x.length; j++) inner += h.A[i][j] * (x[j] - h.P[i][j]) ** 2;
    s -= h.alpha[i] * exp(-inner);
  }
  return s;
}

const box = (d, lo, hi) => Array.from({ length: d }, () => [lo, hi]);

export const FUNCTIONS = [
  {
    name: "branin", dims: 2, budget: 50, optimum: 0.397887, domain: [[-5, 10], [0, 15]],
    f: ([x1, x2]) => (x2 - (5.1 / (4 * PI * PI)) * x1 * x1 + (5 / PI) * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * PI)) * cos(x1) + 10,
  },
  { name: "hartmann3", dims: 3, budget: 50, optimum: -3.86278, domain: box(3, 0, 1), f: (x) => hartmann(H3, x) },
  { name: "hartmann6", dims: 6, budget: 50, optimum: -3.32237, domain: box(6, 0, 1), f: (x) => hartmann(H6, x) },
  {
    name: "ackley5", dims: 5, budget: 100, optimum: 0, domain: box(5, -32.768, 32.768),
    f: (x) => {
      const d = x.length;
      const sq = x.reduce((s, v) => s + v * v, 0) / d;
      const cs = x.reduce((s, v) => s + cos(2 * PI * v), 0) / d;
      return -20 * exp(-0.2 * sqrt(sq)) - exp(cs) + 20 + E;
    },
  },
  {
    name: "levy5", dims: 5, budget: 100, optimum: 0, domain: box(5, -10, 10),
    f: (x) => {
      const w = x.map((v) => 1 + (v - 1) / 4);
      const d = w.length;
      let s = sin(PI * w[0]) ** 2;
      for (let i = 0; i < d - 1; i++) s += (w[i] - 1) ** 2 * (1 + 10 * sin(PI * w[i] + 1) ** 2);
      return s + (w[d - 1] - 1) ** 2 * (1 + sin(2 * PI * w[d - 1]) ** 2);
    },
  },
  {
    name: "rosenbrock5", dims: 5, budget: 100, optimum: 0, domain: box(5, -5, 10),
    f: (x) => {
      let s = 0;
      for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2;
      return s;
    },
  },
  {
    name: "styblinski-tang5", dims: 5, budget: 100, optimum: -195.830829, domain: box(5, -5, 5),
    f: (x) => x.reduce((s, v) => s + 0.5 * (v ** 4 - 16 * v * v + 5 * v), 0),
  },
];

export function spaceOf(fn) {
  return Object.fromEntries(fn.domain.map(([min, max], i) => [`x${i}`, { type: "continuous", min, max, scaling: "linear" }]));
}
export function call(fn, params) {
  return fn.f(fn.domain.map((_, i) => params[`x${i}`]));
}
