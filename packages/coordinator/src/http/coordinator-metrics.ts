import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { Coordinator } from "../job/coordinator.js";
import type { JobHooks } from "../job/job-runner.js";

/**
 * The coordinator's Prometheus series, on a registry passed in (never the global one). Counters move
 * as things happen (through the job hooks); gauges are read from the coordinator at scrape time.
 * Tuning throughput: rate(hyperfleet_trials_total[5m]).
 */
export function coordinatorMetrics(registry: Registry, coordinator: () => Coordinator | undefined): JobHooks {
  const trials = new Counter({ name: "hyperfleet_trials_total", help: "Trials that ended, by job and final status.", labelNames: ["job", "status"], registers: [registry] });
  const stops = new Counter({ name: "hyperfleet_trial_stops_total", help: "Stop commands sent to workers, by reason (early-stopped, superseded, moved, MaxRuntimeExceeded, ...).", labelNames: ["reason"], registers: [registry] });
  const suggest = new Histogram({
    name: "hyperfleet_suggest_duration_seconds",
    help: "Time the optimizer took to suggest a batch of trials (GP fit included).",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const fit = new Histogram({
    name: "hyperfleet_gp_fit_duration_seconds",
    help: "Time spent fitting the Gaussian process's kernel hyperparameters, per suggestion batch.",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const jobsOf = () => [...(coordinator()?.jobs.values() ?? [])];
  new Gauge({
    name: "hyperfleet_trials_running",
    help: "Trials claimed and running, by job and resource class.",
    labelNames: ["job", "resource_class"],
    registers: [registry],
    collect() {
      this.reset();
      for (const j of jobsOf()) this.set({ job: j.jobId, resource_class: j.resourceClass }, j.count((s) => s === "Running"));
    },
  });
  new Gauge({
    name: "hyperfleet_trials_queued",
    help: "Trials offered and not yet claimed, by resource class.",
    labelNames: ["resource_class"],
    registers: [registry],
    collect() {
      this.reset();
      const byClass = new Map<string, number>();
      for (const j of jobsOf()) byClass.set(j.resourceClass, (byClass.get(j.resourceClass) ?? 0) + j.count((s) => s === "Pending"));
      for (const [resource_class, n] of byClass) this.set({ resource_class }, n);
    },
  });
  new Gauge({
    name: "hyperfleet_best_objective",
    help: "Best objective value of each job so far.",
    labelNames: ["job"],
    registers: [registry],
    collect() {
      this.reset();
      for (const j of jobsOf()) if (j.best?.objective !== undefined) this.set({ job: j.jobId }, j.best.objective);
    },
  });
  new Gauge({
    name: "hyperfleet_jobs",
    help: "Jobs by state.",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const state of ["InProgress", "Completed", "Failed", "Stopping", "Stopped"]) this.set({ state }, jobsOf().filter((j) => j.status === state).length);
    },
  });
  new Gauge({
    name: "hyperfleet_workers",
    help: "Connected workers by resource class they can serve (cpu or gpu) and state (idle or busy).",
    labelNames: ["resource_class", "state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const a of coordinator()?.liveWorkers() ?? []) {
        this.inc({ resource_class: a.capabilities.gpus.length > 0 ? "gpu" : "cpu", state: a.freeSlots > 0 ? "idle" : "busy" });
      }
    },
  });
  new Counter({
    name: "hyperfleet_messages_malformed_total",
    help: "Broker messages that could not be decoded, counted and dropped.",
    registers: [registry],
    // The transport keeps the count; a scrape copies it (it only grows, as a counter must).
    collect() {
      this.reset();
      this.inc(coordinator()?.transportStats.malformed ?? 0);
    },
  });
  new Counter({
    name: "hyperfleet_suggestion_leases_expired_total",
    help: "Suggestions handed to API clients (runtime: external) that were not reported within their lease: each attempt failed LEASE_EXPIRED and was retried per the retry policy.",
    registers: [registry],
    collect() {
      this.reset();
      this.inc(coordinator()?.external.leasesExpired ?? 0);
    },
  });
  const rejectedByJobs = new Map<string, number>();
  new Counter({
    name: "hyperfleet_events_rejected_total",
    help: "Worker events dropped because their sender may not send them: wrong-sender (on one worker's subject or routing key in another's name), not-claim-holder (metrics or a result from a worker that never ran the attempt).",
    labelNames: ["reason"],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ reason: "wrong-sender" }, coordinator()?.transportStats.rejected ?? 0);
      this.inc({ reason: "not-claim-holder" }, 0); // shown from the start, a line to alert on
      for (const [reason, n] of rejectedByJobs) this.inc({ reason }, n);
    },
  });
  return {
    eventRejected: (_job, reason) => void rejectedByJobs.set(reason, (rejectedByJobs.get(reason) ?? 0) + 1),
    trialEnded: (job, status) => trials.inc({ job, status }),
    stopSent: (_job, reason) => stops.inc({ reason }),
    suggested: (seconds) => suggest.observe(seconds),
    fitted: (seconds) => fit.observe(seconds),
  };
}
