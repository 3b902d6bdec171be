// Journal records as the coordinator writes them, for benches that start a coordinator on a history
// they write themselves (bench:scale H, bench:dashboard) rather than wait for it to run.

/**
 * The records of one trial that ran once, on `workerId`, reported `curve` (its metric's values by
 * step) and completed with the curve's last value as its objective. Returns them and the time after.
 */
export function completedTrialEvents({ jobId, trialId, params, metric, curve, workerId, at }) {
  const key = { jobId, trialId, attempt: 1 };
  const points = curve.map((value, step) => ({ name: metric, value, step, timestampUnixMs: at + 2 + step }));
  const end = at + 2 + curve.length;
  return {
    at: end + 1,
    events: [
      { type: "trial-created", ...key, params, at },
      { type: "attempt-claimed", ...key, workerId, delivery: 1, at: at + 1 },
      { type: "metrics", ...key, delivery: 1, points },
      { type: "attempt-finished", ...key, workerId, outcome: { status: "completed", finalMetrics: [points.at(-1)] }, at: end },
    ],
  };
}
