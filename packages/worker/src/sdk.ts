import { appendFileSync } from "node:fs";

/**
 * The push SDK for Node training scripts:
 *   import { report } from "@hyperfleet/worker";
 *   report({ step: epoch, metrics: { loss, accuracy } });
 * Appends one JSON line `{"step", "metrics", "timestamp"}` to HYPERFLEET_METRICS_FILE, which the
 * worker follows and streams out as it grows. `step` is a whole number >= 0; without it each metric
 * takes its next step (0 for its first report, then one more than its highest). The timestamp is
 * now, in Unix milliseconds. Outside Hyperfleet (no such variable) it does nothing, so the script
 * still runs alone.
 */
export function report(r: { step?: number; metrics: Record<string, number> }): void {
  const file = process.env.HYPERFLEET_METRICS_FILE;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ ...(r.step === undefined ? {} : { step: r.step }), metrics: r.metrics, timestamp: Date.now() })}\n`);
}
