import { formatNumber, formatParams } from "./results.js";

/** GET /v1/jobs/:id as `hyperfleet status` reads it (docs/api.md). */
export interface JobDescription {
  jobId: string;
  status: string;
  failureReason?: string;
  completionReason?: string;
  createdAt?: string | null;
  endedAt?: string | null;
  objective: { metric: string; type: string };
  strategy: string;
  limits: { maxTrials: number; maxParallelTrials: number; maxRuntimeSeconds?: number; maxFailedTrials?: number };
  tags?: Record<string, string>;
  trainingJobStatusCounters: Record<string, number>;
  bestTrial: BestTrial | null;
  objectives?: { metric: string; type: string }[];
  constraints?: { metric: string; max?: number; min?: number }[];
  paretoFront?: { trialId: number; values: number[]; params: Record<string, unknown> }[];
  feasibleTrials?: number;
  constraintsNote?: string;
  consumedResources: { runtimeInSeconds: number };
  spec?: {
    parameters: Record<string, { type: string; min?: number; max?: number; scaling?: string; values?: unknown[] }>;
    earlyStopping?: string;
    completion?: { targetObjective?: number; bestNotImprovingTrials?: number; convergence?: boolean };
    warmStart?: { parents: string[]; type: string };
    hyperband?: { minResource: number; maxResource: number; resourceName: string };
  };
  resolvedScaling?: Record<string, string>;
}

interface BestTrial {
  trialId: number;
  objective: number;
  params: Record<string, unknown>;
  hyperparameters?: Record<string, string>;
  training?: { runtime: string; command: string[]; image?: string; environment?: Record<string, string>; dataChannels?: Record<string, string> };
  resources?: { cpus: number; memoryMiB: number; gpus: number; gpuModel?: string };
  attempt?: number;
  workerId?: string | null;
  durationSeconds?: number | null;
  artifacts?: { host: string; path: string } | null;
  hyperband?: { configuration: number; rung: number; budget: number; resourceName: string } | null;
}

/** One line: the job, its state, counters and best value (`status --watch` prints it as it goes). */
export function jobLine(j: JobDescription): string {
  const c = j.trainingJobStatusCounters;
  const reason = j.failureReason ?? j.completionReason;
  const best = j.paretoFront
    ? `Pareto front of ${j.paretoFront.length} trials`
    : j.bestTrial
      ? `best ${j.objective.metric}=${formatNumber(j.bestTrial.objective)} (trial ${j.bestTrial.trialId}: ${formatParams(j.bestTrial.params)})`
      : (j.constraintsNote ?? "no completed trial yet");
  return `${j.jobId}  ${j.status}${reason ? ` (${reason})` : ""}  ${c.Completed}/${j.limits.maxTrials} completed, ${c.InProgress} in progress, ${c.Stopped} stopped, ${(c.RetryableError ?? 0) + (c.NonRetryableError ?? 0)} failed  ${best}  ${j.consumedResources.runtimeInSeconds}s`;
}

/** The whole description, a few labelled lines: what the job searches, how far it is, and how to rerun its best trial. */
export function jobText(j: JobDescription): string {
  const c = j.trainingJobStatusCounters;
  const reason = j.failureReason ?? j.completionReason;
  const lines = [`${j.jobId}  ${j.status}${reason ? ` (${reason})` : ""}`];
  lines.push(`  created   ${j.createdAt ?? "-"}${j.endedAt ? `, ended ${j.endedAt}` : ""}; ran ${j.consumedResources.runtimeInSeconds}s`);
  const spec = j.spec;
  const early = spec?.earlyStopping && spec.earlyStopping !== "off" ? `, early stopping ${spec.earlyStopping}` : "";
  const objectives = j.objectives ?? [j.objective];
  // Early stopping judges the first objective's curve (docs/job-spec.md).
  const judged = early && objectives.length > 1 ? ` on ${objectives[0]!.metric}` : "";
  lines.push(`  ${objectives.length > 1 ? "objectives" : "objective"} ${objectives.map((o) => `${o.type} ${o.metric}`).join(", ")}; strategy ${j.strategy}${early}${judged}`);
  for (const c of j.constraints ?? []) lines.push(`  subject to ${c.min !== undefined && c.max !== undefined ? `${c.min} <= ${c.metric} <= ${c.max}` : c.max !== undefined ? `${c.metric} <= ${c.max}` : `${c.metric} >= ${c.min}`}`);
  if (spec) {
    for (const [name, p] of Object.entries(spec.parameters)) lines.push(`  param     ${name}: ${parameterText(p, j.resolvedScaling?.[name])}`);
    const hb = spec.hyperband;
    if (hb) lines.push(`  hyperband ${hb.resourceName} from ${hb.minResource} to ${hb.maxResource}`);
    const done = spec.completion;
    const criteria = [
      done?.targetObjective !== undefined ? `target ${done.targetObjective}` : "",
      done?.bestNotImprovingTrials !== undefined ? `${done.bestNotImprovingTrials} trials without improvement` : "",
      done?.convergence ? "convergence" : "",
    ].filter(Boolean);
    if (criteria.length > 0) lines.push(`  completes ${criteria.join(", ")}`);
    if (spec.warmStart) lines.push(`  parents   ${spec.warmStart.parents.join(", ")} (${spec.warmStart.type} warm start)`);
  }
  const l = j.limits;
  const limits = [`${l.maxTrials} trials`, `${l.maxParallelTrials} in parallel`, l.maxFailedTrials !== undefined ? `fails after ${l.maxFailedTrials} failed` : "", l.maxRuntimeSeconds !== undefined ? `${l.maxRuntimeSeconds}s at most` : ""].filter(Boolean);
  lines.push(`  limits    ${limits.join(", ")}`);
  lines.push(`  trials    ${c.Completed} completed, ${c.InProgress} in progress, ${c.Stopped} stopped, ${(c.RetryableError ?? 0) + (c.NonRetryableError ?? 0)} failed`);
  const tags = Object.entries(j.tags ?? {});
  if (tags.length > 0) lines.push(`  tags      ${tags.map(([k, v]) => `${k}=${v}`).join(" ")}`);
  lines.push(...bestText(j));
  return lines.join("\n");
}

/** The Pareto front, one trial a line: its value of each objective and its parameters. */
function frontText(j: JobDescription, front: NonNullable<JobDescription["paretoFront"]>): string[] {
  const metrics = (j.objectives ?? [j.objective]).map((o) => o.metric);
  if (front.length === 0) return [`  pareto    ${j.constraintsNote ?? "no completed trial yet"}`];
  const lines = [`  pareto    ${front.length} trials no other beats on every objective${j.feasibleTrials !== undefined ? ` (of ${j.feasibleTrials} feasible)` : ""}:`];
  for (const t of front) lines.push(`    trial ${t.trialId}: ${metrics.map((m, i) => `${m}=${formatNumber(t.values[i]!)}`).join(" ")}  ${formatParams(t.params)}`);
  return lines;
}

function parameterText(p: NonNullable<JobDescription["spec"]>["parameters"][string], resolved: string | undefined): string {
  if (p.type === "categorical") return `one of ${(p.values ?? []).map(String).join(", ")}`;
  const scaling = p.scaling === "auto" && resolved ? `auto (${resolved})` : (p.scaling ?? "auto");
  return `${p.type} ${p.min} .. ${p.max}, ${scaling} scaling`;
}

function bestText(j: JobDescription): string[] {
  if (j.paretoFront) return frontText(j, j.paretoFront);
  const b = j.bestTrial;
  const feasible = j.feasibleTrials !== undefined ? ` (${j.feasibleTrials} feasible)` : "";
  if (!b) return [`  best      ${j.constraintsNote ?? "no completed trial yet"}`];
  const lines = [`  best      trial ${b.trialId}: ${j.objective.metric}=${formatNumber(b.objective)}${feasible}`];
  const hp = b.hyperparameters ?? Object.fromEntries(Object.entries(b.params).map(([k, v]) => [k, String(v)]));
  lines.push(`    hyperparameters ${Object.entries(hp).map(([k, v]) => `${k}=${v}`).join(" ")}`);
  const t = b.training;
  if (t) {
    if (t.image) lines.push(`    image   ${t.image}${t.command.length > 0 ? ` ${t.command.join(" ")}` : ""}`);
    else lines.push(`    command ${t.command.join(" ")}`);
    const env = Object.entries(t.environment ?? {});
    if (env.length > 0) lines.push(`    environment ${env.map(([k, v]) => `${k}=${v}`).join(" ")}`);
    const channels = Object.entries(t.dataChannels ?? {});
    if (channels.length > 0) lines.push(`    data    ${channels.map(([k, v]) => `${k}=${v}`).join(" ")}`);
  }
  const r = b.resources;
  if (r) lines.push(`    resources ${r.cpus} cpu, ${r.memoryMiB} MiB, ${r.gpus} gpu${r.gpuModel ? ` (${r.gpuModel})` : ""}`);
  const ran = [b.attempt !== undefined ? `attempt ${b.attempt}` : "", b.workerId ? `on ${b.workerId}` : "", b.durationSeconds != null ? `${formatNumber(b.durationSeconds)}s` : ""].filter(Boolean);
  if (ran.length > 0) lines.push(`    ran     ${ran.join(", ")}`);
  if (b.artifacts) lines.push(`    artifacts ${b.artifacts.path} on ${b.artifacts.host} (model/, output/, stdout.log, stderr.log)`);
  if (b.hyperband) lines.push(`    hyperband rung ${b.hyperband.rung}, ${b.hyperband.resourceName}=${b.hyperband.budget} (configuration ${b.hyperband.configuration})`);
  return lines;
}
