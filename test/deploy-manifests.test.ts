// The Kubernetes deployment as users apply it: every overlay renders with kubectl kustomize, every
// object validates against the Kubernetes (and KEDA, Prometheus Operator) schemas, the PromQL of the
// rules and the dashboard passes promtool, and Debian's prometheus scrapes a running coordinator and
// finds hyperfleet_trials_total through its query API.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MemoryJournal, startCoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";
import { PrometheusServer } from "./support/prometheus-server.js";
import { until } from "./support/until.js";

const KUBE = fileURLToPath(new URL("../deploy/kubernetes/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-deploy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

function render(overlay: string): K8sObject[] {
  const out = execFileSync("kubectl", ["kustomize", join(KUBE, "overlays", overlay)], { encoding: "utf8" });
  return parseAllDocuments(out).map((d) => d.toJSON() as K8sObject);
}

/** The kubernetes-models class of an object's apiVersion and kind (core, KEDA, Prometheus Operator). */
async function modelOf(o: K8sObject): Promise<new (data: unknown) => { validate(): void }> {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  const specifier =
    group === "keda.sh"
      ? `@kubernetes-models/keda/keda.sh/${version}`
      : group === "monitoring.coreos.com"
        ? `@kubernetes-models/prometheus-operator/monitoring.coreos.com/${version}`
        : group
          ? `kubernetes-models/${group}/${version}`
          : `kubernetes-models/${version}`;
  const module: unknown = await import(/* @vite-ignore */ specifier);
  const model = (module as Record<string, new (data: unknown) => { validate(): void }>)[o.kind];
  if (!model) throw new Error(`no schema for ${o.apiVersion} ${o.kind}`);
  return model;
}

type PodSpec = { securityContext?: { runAsNonRoot?: boolean }; terminationGracePeriodSeconds?: number; containers: { args?: string[]; resources?: { limits?: Record<string, unknown> }; readinessProbe?: { httpGet?: { path: string } }; livenessProbe?: { httpGet?: { path: string } } }[]; nodeSelector?: Record<string, string>; tolerations?: unknown[] };
const podSpec = (o: K8sObject) => (o.spec as { template: { spec: PodSpec } }).template.spec;
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe("Kubernetes manifests", () => {
  const overlays = ["cpu", "gpu", "hpa"];

  it.each(overlays)("overlay %s renders and every object validates against its schema", async (overlay) => {
    const objects = render(overlay);
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) {
      const Model = await modelOf(o);
      expect(() => new Model(o).validate(), `${o.kind}/${o.metadata.name}`).not.toThrow();
      if (o.kind !== "Namespace") expect(o.metadata.namespace, `${o.kind}/${o.metadata.name}`).toBe("hyperfleet");
      expect(o.metadata.labels?.["app.kubernetes.io/part-of"], `${o.kind}/${o.metadata.name}`).toBe("hyperfleet");
    }
    for (const o of objects.filter((x) => x.kind === "Deployment" || x.kind === "StatefulSet")) {
      const pod = podSpec(o);
      expect(pod.securityContext?.runAsNonRoot, o.metadata.name).toBe(true);
    }
  });

  it("the pieces the cluster relies on are there: probes, grace periods, GPU placement, scalers, monitoring", () => {
    const cpu = render("cpu");
    const coordinator = podSpec(find(cpu, "Deployment", "hyperfleet-coordinator")!).containers[0]!;
    expect(coordinator.readinessProbe?.httpGet?.path).toBe("/readyz");
    expect(coordinator.livenessProbe?.httpGet?.path).toBe("/healthz");
    const worker = podSpec(find(cpu, "Deployment", "hyperfleet-worker-cpu")!);
    const grace = Number(worker.containers[0]!.args![worker.containers[0]!.args!.indexOf("--shutdown-grace") + 1]);
    expect(worker.terminationGracePeriodSeconds!).toBeGreaterThan(grace); // time to hand trials back
    expect(find(cpu, "PodDisruptionBudget", "hyperfleet-worker-cpu")).toBeDefined();
    const scaled = find(cpu, "ScaledObject", "hyperfleet-worker-cpu")!.spec as { minReplicaCount: number; triggers: { type: string; metadata: Record<string, string> }[] };
    expect(scaled.minReplicaCount).toBe(0);
    expect(scaled.triggers.find((t) => t.type === "nats-jetstream")!.metadata.stream).toBe("HYPERFLEET_TRIALS");
    for (const kind of ["ServiceMonitor", "PrometheusRule", "NetworkPolicy", "ServiceAccount", "StatefulSet"]) expect(cpu.some((o) => o.kind === kind), kind).toBe(true);
    expect(find(cpu, "ConfigMap", "hyperfleet-grafana-dashboard")!.metadata.labels?.grafana_dashboard).toBe("1");

    const gpu = render("gpu");
    const gpuPod = podSpec(find(gpu, "Deployment", "hyperfleet-worker-gpu")!);
    expect(gpuPod.containers[0]!.resources!.limits!["nvidia.com/gpu"]).toBe(1);
    expect(gpuPod.nodeSelector).toBeDefined();
    expect(gpuPod.tolerations!.length).toBeGreaterThan(0);
    expect(find(gpu, "ScaledObject", "hyperfleet-worker-gpu")).toBeDefined();
    expect(find(render("hpa"), "HorizontalPodAutoscaler", "hyperfleet-worker-cpu")).toBeDefined();
  });

  it("promtool accepts the alerting and recording rules and every dashboard query", () => {
    const rule = find(render("cpu"), "PrometheusRule", "hyperfleet")!;
    const rules = join(dir, "rules.yml");
    writeFileSync(rules, stringify(rule.spec));
    const checked = spawnSync("promtool", ["check", "rules", rules], { encoding: "utf8" });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/SUCCESS: [1-9]\d* rules found/);

    // Each dashboard query as a recording rule, its template variable filled in, so promtool parses it.
    const dashboard = JSON.parse(readFileSync(join(KUBE, "monitoring", "grafana-dashboard.json"), "utf8")) as { panels: { targets: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr.replaceAll("$job", ".*")));
    expect(exprs.length).toBeGreaterThanOrEqual(6);
    const file = join(dir, "dashboard-rules.yml");
    writeFileSync(file, stringify({ groups: [{ name: "dashboard", rules: exprs.map((expr, i) => ({ record: `dashboard:query_${i}`, expr })) }] }));
    const dash = spawnSync("promtool", ["check", "rules", file], { encoding: "utf8" });
    expect(dash.status, dash.stdout + dash.stderr).toBe(0);
  });

  it("Prometheus scrapes a running coordinator and finds hyperfleet_trials_total through its query API", async () => {
    const script = join(dir, "train.mjs");
    writeFileSync(script, 'import { readFileSync } from "node:fs";\nconst hp = JSON.parse(readFileSync(process.env.HYPERFLEET_HYPERPARAMETERS_FILE, "utf8"));\nconsole.log("loss=" + ((Number(hp.x) - 1) ** 2).toFixed(6));\n');
    const t = createInProcessTransport();
    const service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), http: { host: "127.0.0.1", port: 0 } });
    const worker = new Worker({ transport: t.worker(), workerId: "prom", capabilities: { cpus: 2, memoryMiB: 2048, gpus: [], labels: {} }, slots: 2, runtimes: { process: new ProcessRuntime() } });
    await worker.start();
    const jobId = await service.coordinator.submit({
      name: "scraped",
      objective: { metric: "loss", type: "minimize" },
      parameters: { x: { type: "continuous", min: -3, max: 3 } },
      limits: { maxTrials: 6, maxParallelTrials: 2 },
      training: { runtime: "process", command: [process.execPath, script], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
    });
    await until(() => service.coordinator.jobs.get(jobId)!.status === "Completed", 60_000);

    const rule = find(render("cpu"), "PrometheusRule", "hyperfleet")!;
    const target = service.url!.replace("http://", "");
    const prometheus = await PrometheusServer.start(
      stringify({
        global: { scrape_interval: "1s", evaluation_interval: "1s" },
        rule_files: ["rules.yml"],
        scrape_configs: [{ job_name: "hyperfleet-coordinator", honor_labels: true, static_configs: [{ targets: [target] }] }],
      }),
      { "rules.yml": stringify(rule.spec) },
    );
    try {
      let series: Awaited<ReturnType<PrometheusServer["query"]>> = [];
      const deadline = Date.now() + 30_000;
      while (series.length === 0 && Date.now() < deadline) {
        series = await prometheus.query(`hyperfleet_trials_total{job="${jobId}"}`).catch(() => []);
        if (series.length === 0) await new Promise((r) => setTimeout(r, 250));
      }
      expect(series).toHaveLength(1);
      expect(series[0]!.metric).toMatchObject({ job: jobId, status: "Completed" });
      expect(Number(series[0]!.value[1])).toBe(6);
      expect((await prometheus.query('up{job="hyperfleet-coordinator"}'))[0]!.value[1]).toBe("1");
      expect(await prometheus.query('hyperfleet_jobs{state="Completed"}')).toHaveLength(1);
    } finally {
      await prometheus.stop();
      await worker.shutdown(1000);
      await service.close();
    }
  }, 90_000);
});
