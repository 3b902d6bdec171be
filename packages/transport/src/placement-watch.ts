import { attemptId, attemptKey, type ControlCommand, type TrialOffer, type TransportEvent } from "./domain.js";
import { canRun, placementOf, resourceClassOf } from "./placement.js";
import type { CoordinatorTransport, Subscription } from "./transport.js";
import { WorkerRegistry } from "./worker-registry.js";

export interface PlacementWatchOptions {
  /** How long an attempt may wait with no connected worker able to run it (default 60 s). */
  unschedulableAfterMs?: number;
  /** A worker counts as connected this long after its last announcement (default 30 s); ignored with `registry`. */
  workerTtlMs?: number;
  /**
   * The connected workers, shared with whoever else needs them (the coordinator), so both agree;
   * the watch observes every announcement into it. Default: a registry of its own.
   */
  registry?: WorkerRegistry;
  now?: () => number;
}

/**
 * Wraps a coordinator transport so that an attempt no connected worker can satisfy is reported as an
 * `unschedulable` event after a timeout, instead of waiting forever in its queue (a Ray and Katib
 * pain point). Connected workers are known from their announcements; an attempt that some connected
 * worker could run is only queued, never reported.
 */
export function withPlacementWatch(inner: CoordinatorTransport, options: PlacementWatchOptions = {}): CoordinatorTransport {
  const after = options.unschedulableAfterMs ?? 60_000;
  const now = options.now ?? Date.now;
  const workers = options.registry ?? new WorkerRegistry({ ttlMs: options.workerTtlMs, now });
  /** Offered attempts not ended yet; `waiting` those of them that no worker holds now. */
  const offers = new Map<string, TrialOffer>();
  const waiting = new Map<string, { offer: TrialOffer; since: number }>();

  const observe = (e: TransportEvent): void => {
    if (e.type === "worker") return workers.observe(e.announcement);
    const id = attemptId(e);
    if (e.type === "claim" || e.type === "result" || e.type === "unschedulable") waiting.delete(id);
    if (e.type === "result" || e.type === "unschedulable") offers.delete(id);
    // Handed back: queued again, and it may wait for a worker that can run it like a new offer.
    const offer = offers.get(id);
    if (e.type === "released" && offer) waiting.set(id, { offer, since: now() });
  };

  const unschedulable = (): TransportEvent[] => {
    const t = now();
    const live = workers.live();
    const out: TransportEvent[] = [];
    for (const [id, w] of waiting) {
      const placement = placementOf(w.offer);
      if (t - w.since < after || live.some((l) => canRun(l.capabilities, placement))) continue;
      waiting.delete(id);
      offers.delete(id);
      const r = placement.resources;
      const reason = `no connected worker serves the ${placement.runtime} runtime with ${r.gpus > 0 ? `${r.gpus} GPU(s)${r.gpuModel ? ` of model ${r.gpuModel}` : ""}, ` : ""}${r.cpus} CPUs, ${r.memoryMiB} MiB${Object.keys(r.labels ?? {}).length ? ` and labels ${JSON.stringify(r.labels)}` : ""} (${live.length} connected)`;
      out.push({ type: "unschedulable", ...attemptKey(w.offer), resourceClass: resourceClassOf(r, placement.runtime), reason });
    }
    return out;
  };

  return {
    get stats() {
      return inner.stats;
    },
    async offer(trial: TrialOffer) {
      await inner.offer(trial);
      offers.set(attemptId(trial), trial);
      waiting.set(attemptId(trial), { offer: trial, since: now() });
    },
    sendControl: (workerId: string, command: ControlCommand) => inner.sendControl(workerId, command),
    async consumeEvents(handler): Promise<Subscription> {
      // The watch's own reports go to the handler beside the events, as the transport's do (the
      // handler orders what it needs to); stop() waits for the ones under way.
      const reporting = new Set<Promise<void>>();
      const report = (e: TransportEvent) => {
        const p = Promise.resolve(handler(e))
          .catch(() => undefined)
          .finally(() => reporting.delete(p));
        reporting.add(p);
      };
      const sub = await inner.consumeEvents(async (e) => {
        observe(e);
        await handler(e);
      });
      const timer = setInterval(() => unschedulable().forEach(report), Math.max(50, Math.min(1000, after / 4)));
      timer.unref?.();
      return {
        stop: async () => {
          clearInterval(timer);
          await sub.stop();
          await Promise.all(reporting);
        },
      };
    },
    close: () => inner.close(),
  };
}
