// Standard optimization test functions (definitions as in the Virtual Library of Simulation
// Experiments, Surjanovic and Bingham). Each entry: domain box, budget, known minimum.
import { box, branin, hartmann3, hartmann6 } from "../support/test-functions.mjs";

const { cos, exp, sqrt, sin, PI, E } = Math;


export const FUNCTIONS = [
  {
    name: "branin", dims: 2, budget: 50, optimum: 0.397887, domain: [[-5, 10], [0, 15]],
    f: ([x1, x2]) => branin(x1, x2),
  },
  { name: "hartmann3", dims: 3, budget: 50, optimum: -3.86278, domain: box(3, 0, 1), f: hartmann3 },
  { name: "hartmann6", dims: 6, budget: 50, optimum: -3.32237, domain: box(6, 0, 1), f: hartmann6 },
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
