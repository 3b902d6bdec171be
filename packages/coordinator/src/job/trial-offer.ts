import type { TrialOffer } from "@hyperfleet/transport";
import type { JobTrial } from "./job-state.js";
import type { JobSpec } from "./job-spec.js";

/**
 * The wire offer of a trial's current attempt: a thin adapter from the job's spec and the trial to the
 * transport's domain type. Hyperband's budget travels as a hyperparameter; a configuration's
 * promotions share a checkpoint folder when the spec names a root, so the training can resume instead
 * of starting over.
 */
export function trialOffer(jobId: string, spec: JobSpec, t: JobTrial, now: number): TrialOffer {
  const tr = spec.training;
  const hb = spec.hyperband;
  const resource = t.placement && hb ? { [hb.resourceName]: t.placement.resource } : {};
  const checkpoint: Record<string, string> = tr.checkpointDir ? { HYPERFLEET_CHECKPOINT_DIR: `${tr.checkpointDir.replace(/\/+$/, "")}/${jobId}/config-${t.placement?.configId ?? t.trialId}` } : {};
  return {
    jobId,
    trialId: t.trialId,
    attempt: t.attempt,
    hyperparameters: { ...t.params, ...resource } as TrialOffer["hyperparameters"],
    staticHyperparameters: spec.staticHyperparameters,
    training: {
      // An external job's offers go to the suggestion service, which hands out the trial and its
      // hyperparameters and never the training: no worker or broker sees one.
      runtime: tr.runtime === "external" ? "process" : tr.runtime,
      command: tr.command,
      ...(tr.image ? { image: tr.image } : {}),
      environment: { ...tr.environment, ...checkpoint },
      metricDefinitions: tr.metricDefinitions,
      objectiveMetric: spec.objective.metric,
      ...(tr.dataChannels.length > 0 ? { dataChannels: Object.fromEntries(tr.dataChannels.map((c) => [c.name, c.path])) } : {}),
    },
    resources: tr.resources,
    // training.maxRuntimeSeconds counts from the claim, which the offer cannot know: the coordinator
    // times each attempt from its claim and stops it then (JobRunner), so the offer sets no deadline.
    deadlineUnixMs: 0,
    offeredUnixMs: now,
    ...(t.requeued ? { carried: { ...t.requeued } } : {}),
  };
}
