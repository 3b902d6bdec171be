import { createHash } from "node:crypto";
import type { ResourceRequest, TrainingRuntime, TrialOffer, WorkerCapabilities } from "./domain.js";

/** What an attempt needs of a worker: the resources, and the runtime that runs its training. */
export interface Placement {
  runtime: TrainingRuntime;
  resources: ResourceRequest;
}

export function placementOf(offer: TrialOffer): Placement {
  return { runtime: offer.training.runtime, resources: offer.resources };
}

/**
 * A resource class groups the trials that need the same of a worker: one queue (NATS subject, RabbitMQ
 * queue) per class, so a worker pulls only from the classes it can run and is never handed an attempt
 * it must give back. The name is readable first (cpu, gpu1, gpu2-a100; docker- in front for the docker
 * runtime) and ends with a hash of the whole canonical request (cpus, memory, labels, and the runtime
 * when it is docker), so two different needs never share a queue. Process classes keep the names they
 * had before the runtime was part of the class. The runtime defaults to process for callers that only
 * know the resources.
 */
export function resourceClassOf(r: ResourceRequest, runtime: TrainingRuntime = "process"): string {
  const canonical = JSON.stringify(runtime === "process" ? canonicalRequest(r) : { ...canonicalRequest(r), runtime });
  const hash = createHash("sha256").update(canonical).digest("hex").slice(0, 10);
  const model = (r.gpuModel ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  const head = r.gpus > 0 ? `gpu${r.gpus}${model ? `-${model}` : ""}` : "cpu";
  return `${runtime === "process" ? "" : `${runtime}-`}${head}-${hash}`;
}

export function canonicalRequest(r: ResourceRequest): ResourceRequest {
  const labels = Object.fromEntries(Object.entries(r.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { cpus: r.cpus, memoryMiB: r.memoryMiB, gpus: r.gpus, gpuModel: (r.gpuModel ?? "").toLowerCase(), labels };
}

/** Whether a worker with these capabilities could ever run the request (ignoring what is busy and the runtime). */
export function canSatisfy(c: WorkerCapabilities, r: ResourceRequest): boolean {
  if (c.cpus < r.cpus || c.memoryMiB < r.memoryMiB) return false;
  if (matchingGpus(c, r).length < r.gpus) return false;
  for (const [k, v] of Object.entries(r.labels ?? {})) if (c.labels[k] !== v) return false;
  return true;
}

/**
 * Whether a worker with these capabilities could ever run an attempt with this placement: it serves
 * the runtime and satisfies the resources (ignoring what is busy). `job.spec.training` and
 * `placementOf(offer)` are both placements.
 */
export function canRun(c: WorkerCapabilities, p: Placement): boolean {
  return c.runtimes.includes(p.runtime) && canSatisfy(c, p.resources);
}

export function matchingGpus(c: WorkerCapabilities, r: ResourceRequest): number[] {
  const model = (r.gpuModel ?? "").toLowerCase();
  return c.gpus.filter((g) => model === "" || g.model.toLowerCase().includes(model)).map((g) => g.index);
}

/**
 * Order in which a worker serves classes that are otherwise even: the most GPUs first, CPU-only last,
 * so a GPU worker serves GPU trials before it spends a slot on work any CPU worker could do.
 */
export function classPriority(r: ResourceRequest): number {
  return r.gpus * 1000 + (r.gpuModel ? 1 : 0);
}
