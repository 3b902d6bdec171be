// Branin with trials that do not all return a value (issue #16): 30 trials, seeds 0-9.
// - branin-failures: every trial with x1 > 2.5 fails (a training failure, told with tellFailure); the
//   feasible optimum is 0.397887 at (-pi, 12.275).
// - branin-stopped: once 5 trials have completed, a trial whose value is above the median of those
//   completed is stopped and told so without a value (tellStopped), as the median rule would.
// The best value counts completed trials only. Optuna 4.7 figures as measured for issue #16 (q=1 only).

export const SCENARIOS = [
  {
    name: "branin-failures",
    fn: "branin",
    budget: 30,
    optimum: 0.397887,
    describe: "every trial with x1 > 2.5 fails (feasible optimum 0.3979)",
    outcome: (params) => (params.x0 > 2.5 ? "failed" : "completed"),
    targets: { median: 1.0, worst: 5.0, failedInMedianSeed: 10 },
    reference: { before: "9.41 (37.3), 14.5 repeats", random: "5.89 (9.59)", gpSampler: "5.67 (11.7)", tpe: "7.04 (19.6)", optunaRandom: "4.59 (10.2)" },
  },
  {
    name: "branin-stopped",
    fn: "branin",
    budget: 30,
    optimum: 0.397887,
    describe: "stopped, unvalued, when above the median of those completed (after 5)",
    outcome: (params, value, completed) => (completed.length >= 5 && value > median(completed) ? "stopped" : "completed"),
    targets: { median: 1.0, worst: 2.7 },
    reference: { before: "6.92 (16.2), 16 repeats", random: "2.63 (3.17)", gpSampler: "2.31 (5.68)", tpe: "1.28 (2.70), told PRUNED", optunaRandom: "1.61 (4.91)" },
  },
];

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
