// Test functions both optimizer benches use (definitions as in the Virtual Library of Simulation
// Experiments, Surjanovic and Bingham): Branin and the Hartmann family, and the unit box they live on.
const { cos, exp, PI } = Math;

/** Branin on its usual domain x1 in [-5, 10], x2 in [0, 15]; minimum 0.397887 at three points. */
export const branin = (x1, x2) => (x2 - (5.1 / (4 * PI * PI)) * x1 * x1 + (5 / PI) * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * PI)) * cos(x1) + 10;

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
/** Hartmann3 on [0, 1]^3 (minimum -3.86278) and Hartmann6 on [0, 1]^6 (minimum -3.32237). */
export const hartmann3 = (x) => hartmann(H3, x);
export const hartmann6 = (x) => hartmann(H6, x);

/** A d-dimensional box [lo, hi]^d. */
export const box = (d, lo, hi) => Array.from({ length: d }, () => [lo, hi]);
