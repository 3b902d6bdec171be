import { createHash } from "node:crypto";
import type { ResourceRequest, WorkerCapabilities } from "./domain.js";

/**
 * A resource class groups the trials that need the same resources: one queue (NATS subject, RabbitMQ
 * queue) per class, so a worker pulls only from the classes it can satisfy. The name is readable
 * first (cpu, gpu1, gpu2-a100) and ends with a hash of the whole canonical request (cpus, memory,
 * labels), so two different requests never share a queue.
 */
export function resourceClassOf(r: ResourceRequest): string {
  const canonical = JSON.stringify(canonicalRequest(r));
  const hash = createHash("sha256").update(canonical).digest("hex").slice(0, 10);
  const model = (r.gpuModel ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "");
  const head = r.gpus > 0 ? `gpu${r.gpus}${model ? `-${model}` : ""}` : "cpu";
  return `${head}-${hash}`;
}

export function canonicalRequest(r: ResourceRequest): ResourceRequest {
  const labels = Object.fromEntries(Object.entries(r.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { cpus: r.cpus, memoryMiB: r.memoryMiB, gpus: r.gpus, gpuModel: (r.gpuModel ?? "").toLowerCase(), labels };
}

/** Whether a worker with these capabilities could ever run the request (ignoring what is busy). */
export function canSatisfy(c: WorkerCapabilities, r: ResourceRequest): boolean {
  if (c.cpus < r.cpus || c.memoryMiB < r.memoryMiB) return false;
  if (matchingGpus(c, r).length < r.gpus) return false;
  for (const [k, v] of Object.entries(r.labels ?? {})) if (c.labels[k] !== v) return false;
  return true;
}

export function matchingGpus(c: WorkerCapabilities, r: ResourceRequest): number[] {
  const model = (r.gpuModel ?? "").toLowerCase();
  return c.gpus.filter((g) => model === "" || g.model.toLowerCase().includes(model)).map((g) => g.index);
}

/**
 * Order in which a worker pulls its classes: the most GPUs first, CPU-only last, so a GPU worker
 * serves GPU trials before it spends a slot on work any CPU worker could do.
 */
export function classPriority(r: ResourceRequest): number {
  return r.gpus * 1000 + (r.gpuModel ? 1 : 0);
}
