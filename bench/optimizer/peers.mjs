// Peer results measured on this machine class (2 cores), 10 seeds, as recorded in issue #2:
// Optuna 4.7 GPSampler, median best value and worst seed.
export const PEERS = {
  branin: { median: 0.39792, worst: 0.3986 },
  hartmann3: { median: -3.86274, worst: -3.8626 },
  hartmann6: { median: -3.3195, worst: -3.077 },
  ackley5: { median: 5.74, worst: 9.27 },
  levy5: { median: 0.382, worst: 0.85 },
  rosenbrock5: { median: 158, worst: 318 },
  "styblinski-tang5": { median: -164.8 },
};
// Targets for one tell+ask in 6-D (issue #2); Optuna GPSampler measured 41, 48, 77, 399 ms at 50..400.
export const LATENCY_TARGETS_MS = { 100: 40, 200: 60, 400: 250, 1000: 1500 };
