import { bestTrial, inFlightCount, isBetter, type JobState } from "./job-state.js";

/**
 * Convergence (completion.convergence): the best expected improvement the GP sees, in standardized
 * output units (a thousandth of the spread of the values observed), has stayed below this for
 * CONVERGED_ASKS asks in a row. On a 3-D quadratic it fires about 5 trials after the optimum is found.
 */
export const CONVERGED_LOG_EI = Math.log(1e-3);
export const CONVERGED_ASKS = 3;

/** How a job ends, and whether its running trials are told to stop first. */
export interface JobEnding {
  status: "Completed" | "Failed" | "Stopped";
  reason: string;
  stopRunning: boolean;
}

export function converged(s: JobState): boolean {
  return s.spec.completion.convergence && s.lowImprovementAsks >= CONVERGED_ASKS;
}

/** When the job's time limit runs out, in the coordinator's clock; undefined without one. */
export function runtimeDeadline(s: JobState): number | undefined {
  const max = s.spec.limits.maxRuntimeSeconds;
  return max === undefined ? undefined : s.createdUnixMs + max * 1000;
}

/**
 * The first completion criterion the job meets now, in SageMaker's order: a stop by the user once
 * nothing runs; too many failed trials (limits.maxFailedTrials, Katib's maxFailedTrialCount), the
 * target value, no improvement and the time limit at once (running trials stopped); convergence and
 * the trial budget once the running trials are done. Undefined: carry on.
 */
export function jobEnding(s: JobState, now: number): JobEnding | undefined {
  const running = inFlightCount(s);
  if (s.status === "Stopping") return running === 0 ? { status: "Stopped", reason: "stopped by the user", stopRunning: false } : undefined;
  if (s.status !== "InProgress") return undefined;
  if (s.maxFailedTrials !== undefined && s.counts.Failed >= s.maxFailedTrials) return { status: "Failed", reason: "MaxFailedTrialsReached", stopRunning: true };
  const c = s.spec.completion;
  const best = bestTrial(s)?.objective;
  const deadline = runtimeDeadline(s);
  const reason =
    c.targetObjective !== undefined && best !== undefined && !isBetter(s.spec, c.targetObjective, best)
      ? "TargetObjectiveMetricValueReached"
      : c.bestNotImprovingTrials !== undefined && s.notImproving >= c.bestNotImprovingTrials
        ? "BestObjectiveNotImproving"
        : deadline !== undefined && now >= deadline
          ? "MaxRuntimeExceeded"
          : undefined;
  if (reason) return { status: "Completed", reason, stopRunning: true };
  if (running > 0) return undefined;
  if (converged(s)) return { status: "Completed", reason: "ConvergenceDetected", stopRunning: false };
  if (s.trials.size >= s.maxTrials) {
    return s.counts.Completed > 0
      ? { status: "Completed", reason: "MaxNumberOfTrainingJobsReached", stopRunning: false }
      : { status: "Failed", reason: "no trial completed", stopRunning: false };
  }
  return undefined;
}

/** Whether the job would start more trials if it had room (it counts for a share of the queue). */
export function wantsMoreTrials(s: JobState): boolean {
  return s.status === "InProgress" && !converged(s) && s.trials.size < s.maxTrials;
}
