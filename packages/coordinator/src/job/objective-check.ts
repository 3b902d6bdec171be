import { WireErrorCode, type TrialOutcome } from "@hyperfleet/transport";

/**
 * A completed attempt whose objective (each of them, with several) is missing or not a finite number
 * fails instead: it never reported it (the message names what it did report, to spot a misspelt
 * metric), or its last value was NaN or infinite (it diverged). Non-finite values are never journaled.
 */
export function objectiveChecked(outcome: TrialOutcome, objectives: string | readonly string[], seriesNames: readonly string[]): TrialOutcome {
  const finite = outcome.finalMetrics.filter((m) => Number.isFinite(m.value));
  const kept: TrialOutcome = finite.length === outcome.finalMetrics.length ? outcome : { ...outcome, finalMetrics: finite };
  if (outcome.status !== "completed") return kept;
  const fail = (code: WireErrorCode, message: string): TrialOutcome => ({ status: "failed", error: { code, message, retryable: false }, finalMetrics: finite, ...(outcome.logTail ? { logTail: outcome.logTail } : {}), ...(outcome.artifacts ? { artifacts: outcome.artifacts } : {}) });
  for (const objective of typeof objectives === "string" ? [objectives] : objectives) {
    const last = outcome.finalMetrics.find((m) => m.name === objective);
    if (last && !Number.isFinite(last.value)) return fail(WireErrorCode.ObjectiveNotFinite, `the training's last ${objective} was ${String(last.value)} (at step ${last.step}): it diverged`);
    if (last) continue;
    const reported = [...new Set([...outcome.finalMetrics.map((m) => m.name), ...seriesNames])].sort();
    return fail(WireErrorCode.ObjectiveMissing, `the training never reported ${objective}; it reported ${reported.length ? reported.join(", ") : "no metric at all"}`);
  }
  return kept;
}
