import { isDeepStrictEqual } from "node:util";
import { SearchSpace, type Params } from "@hyperfleet/optimizer";
import type { JobRunner } from "./job-runner.js";
import type { WarmObservation } from "./job-state.js";
import { closestName } from "./closest-name.js";
import { JobSpecError, type SpecProblem } from "./job-spec-error.js";
import type { JobSpec } from "./job-spec.js";

/**
 * The completed observations a new job inherits from its parents (SageMaker's WarmStartConfig).
 * A parent is named by job id or by name (its latest job). IdenticalDataAndAlgorithm needs the same
 * search space and objective; TransferLearning takes every parent observation whose parameters fall
 * inside the new space (other parameters dropped, new ones absent: those observations are skipped).
 * The observations are copied into the new job's journal, so it never depends on its parents again.
 * Every parent that cannot be used is reported, at once (JobSpecError).
 */
export function warmStartObservations(spec: JobSpec, warmStart: NonNullable<JobSpec["warmStart"]>, jobs: readonly JobRunner[]): WarmObservation[] {
  const space = new SearchSpace(spec.parameters);
  const out: WarmObservation[] = [];
  const problems: SpecProblem[] = [];
  warmStart.parents.forEach((ref, i) => {
    const field = `warmStart.parents.${i}`;
    const parent = jobs.find((j) => j.jobId === ref) ?? jobs.filter((j) => j.spec.name === ref).at(-1);
    if (!parent) {
      const suggestion = closestName(ref, [...new Set(jobs.flatMap((j) => [j.jobId, j.spec.name]))]);
      problems.push({ field, message: `no job ${JSON.stringify(ref)} on this coordinator${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ""} (give a job id or the name of an earlier job)`, ...(suggestion ? { suggestion } : {}) });
      return;
    }
    if (parent.spec.objective.metric !== spec.objective.metric || parent.spec.objective.type !== spec.objective.type) {
      problems.push({ field, message: `parent ${parent.jobId} tunes ${parent.spec.objective.type} ${parent.spec.objective.metric}; a warm start needs the same objective` });
      return;
    }
    if (warmStart.type === "identical" && !isDeepStrictEqual(parent.spec.parameters, spec.parameters)) {
      problems.push({ field, message: `parent ${parent.jobId} has a different search space; use warmStart.type "transfer" for a changed space` });
      return;
    }
    for (const t of parent.trials.values()) {
      if (t.status !== "Completed" || t.objective === undefined) continue;
      const params = Object.fromEntries(space.parameters.map((p) => [p.name, t.params[p.name]]));
      if (Object.values(params).some((v) => v === undefined)) continue;
      try {
        space.encode(params as Params);
      } catch {
        continue; // outside the new ranges
      }
      out.push({ params: params as WarmObservation["params"], value: t.objective });
    }
  });
  if (problems.length > 0) throw new JobSpecError(problems);
  return out;
}
