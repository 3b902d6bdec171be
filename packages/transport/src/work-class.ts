import { TRAINING_RUNTIMES, type ResourceRequest, type TrainingRuntime } from "./domain.js";
import { canonicalRequest, canRun, resourceClassOf, type Placement } from "./placement.js";
import type { WorkerCapabilities } from "./domain.js";

/**
 * A resource class as the broker describes it to workers (the NATS class consumer's description, the
 * RabbitMQ classes stream, the work hints of both): JSON `{"resourceClass", "request", "runtime"}`.
 * Workers never recompute class names; they read them from here.
 */
export interface WorkClass {
  resourceClass: string;
  /** The canonical request (placement.ts). */
  request: ResourceRequest;
  runtime: TrainingRuntime;
}

export function workClassOf(p: Placement): WorkClass {
  return { resourceClass: resourceClassOf(p.resources, p.runtime), request: canonicalRequest(p.resources), runtime: p.runtime };
}

export function formatWorkClass(c: WorkClass): string {
  return JSON.stringify(c);
}

/** The class a description names, or undefined for one that is not ours. A description without a runtime predates runtimes in classes: process. */
export function parseWorkClass(text: string | undefined): WorkClass | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { resourceClass?: unknown; request?: ResourceRequest; runtime?: unknown };
    const runtime = parsed.runtime ?? "process";
    if (typeof parsed.resourceClass !== "string" || !parsed.request || !TRAINING_RUNTIMES.includes(runtime as TrainingRuntime)) return undefined;
    return { resourceClass: parsed.resourceClass, request: parsed.request, runtime: runtime as TrainingRuntime };
  } catch {
    return undefined;
  }
}

export function canRunClass(capabilities: WorkerCapabilities, c: WorkClass): boolean {
  return canRun(capabilities, { runtime: c.runtime, resources: c.request });
}
