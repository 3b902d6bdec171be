import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CoordinatorTransport } from "@hyperfleet/transport";
import { collectDefaultMetrics, Registry } from "prom-client";
import { Coordinator, type CoordinatorOptions } from "../job/coordinator.js";
import type { JobHooks } from "../job/job-runner.js";
import type { Journal } from "../job/journal.js";
import { coordinatorMetrics } from "./coordinator-metrics.js";
import { createHttpApi } from "./http-api.js";

/** The dashboard's built files, where the @hyperfleet/dashboard package is installed; undefined without it. */
function installedDashboard(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("@hyperfleet/dashboard/package.json")), "dist");
  } catch {
    return undefined;
  }
}

export interface CoordinatorServiceOptions extends CoordinatorOptions {
  transport: CoordinatorTransport;
  journal: Journal;
  /** Serve the HTTP API and /metrics here; port 0 picks a free one. No HTTP when absent. */
  http?: { host: string; port: number; tls?: { certFile: string; keyFile: string } };
  token?: string;
  /** Where the dashboard's built files are (default: the installed @hyperfleet/dashboard package's dist). */
  dashboardDir?: string;
}

export interface CoordinatorService {
  coordinator: Coordinator;
  registry: Registry;
  /** Where the HTTP API listens, as http://host:port; undefined without HTTP. */
  url: string | undefined;
  /** Stops serving and consuming events; the transport and journal stay the caller's to close. */
  close(): Promise<void>;
}

/**
 * A coordinator with its metrics and HTTP API, wired the same way for the `coordinator` command and
 * the embedded mode. HTTP listens before the journal is replayed, so /readyz says 503 until the
 * coordinator has caught up (a Kubernetes readiness probe then holds traffic back).
 */
export async function startCoordinatorService(o: CoordinatorServiceOptions): Promise<CoordinatorService> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "hyperfleet_coordinator_" });
  const holder: { coordinator?: Coordinator } = {};
  const metrics = coordinatorMetrics(registry, () => holder.coordinator);
  const extra = o.hooks ?? {};
  const hooks: JobHooks = {
    trialEnded: (job, status, trial) => (metrics.trialEnded?.(job, status, trial), extra.trialEnded?.(job, status, trial)),
    suggested: (s) => (metrics.suggested?.(s), extra.suggested?.(s)),
    fitted: (s) => (metrics.fitted?.(s), extra.fitted?.(s)),
    stopSent: (jobId, reason) => (metrics.stopSent?.(jobId, reason), extra.stopSent?.(jobId, reason)),
    eventRejected: (jobId, reason) => (metrics.eventRejected?.(jobId, reason), extra.eventRejected?.(jobId, reason)),
    failed: (jobId, err) => extra.failed?.(jobId, err),
  };
  const coordinator = (holder.coordinator = new Coordinator(o.transport, o.journal, { ...o, hooks }));
  let server: Server | undefined;
  let url: string | undefined;
  if (o.http) {
    const tls = o.http.tls && { cert: readFileSync(o.http.tls.certFile), key: readFileSync(o.http.tls.keyFile) };
    const dashboardDir = o.dashboardDir ?? installedDashboard();
    server = createHttpApi({ coordinator, registry, ...(o.token ? { token: o.token } : {}), ...(tls ? { tls } : {}), ...(dashboardDir ? { dashboardDir } : {}) });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(o.http!.port, o.http!.host, () => resolve());
    });
    const a = server.address() as AddressInfo;
    url = `${o.http.tls ? "https" : "http"}://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}`;
  }
  await coordinator.start();
  return {
    coordinator,
    registry,
    url,
    async close() {
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeAllConnections();
        await closed;
      }
      await coordinator.stop();
    },
  };
}
