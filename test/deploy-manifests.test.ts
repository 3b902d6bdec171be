// The Kubernetes deployment as users apply it: every overlay renders with kubectl kustomize, every
// object validates against the Kubernetes (and KEDA, Prometheus Operator) schemas, the PromQL of the
// rules and the dashboard passes promtool, and Debian's prometheus scrapes a running coordinator and
// finds hyperfleet_trials_total through its query API. NATS runs deploy/nats/nats-server.conf with its
// passwords from a Secret; the coordinator signs in as `coordinator`, every worker pool as `worker`;
// no credential is written in a manifest; a real nats-server started as the StatefulSet starts it
// (with and without the tls component) admits the clients as their pods would connect.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import { MemoryJournal, startCoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport, natsConnectOptions } from "@hyperfleet/transport";
import { ProcessRuntime, Worker } from "@hyperfleet/worker";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments, stringify } from "yaml";
import { freePort, waitForPort } from "./support/nats-server.js";
import { PrometheusServer } from "./support/prometheus-server.js";
import { makeTestCa } from "./support/test-ca.js";
import { until } from "./support/until.js";

const KUBE = fileURLToPath(new URL("../deploy/kubernetes/", import.meta.url));
const SHIPPED_CONF = readFileSync(fileURLToPath(new URL("../deploy/nats/nats-server.conf", import.meta.url)), "utf8");
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-deploy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}

/** An overlay of deploy/kubernetes/overlays, or "gpu+tls": the gpu overlay with the tls component, as a user composes it. */
function renderText(overlay: string): string {
  let root = join(KUBE, "overlays", overlay);
  if (overlay === "gpu+tls") {
    root = join(dir, "gpu-tls");
    mkdirSync(root, { recursive: true });
    // kustomize takes no absolute paths to other kustomizations.
    const rel = (p: string) => relative(root, join(KUBE, p));
    writeFileSync(join(root, "kustomization.yaml"), stringify({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [rel("overlays/gpu")], components: [rel("components/tls")] }));
  }
  return execFileSync("kubectl", ["kustomize", root], { encoding: "utf8" });
}
const render = (overlay: string) => parseAllDocuments(renderText(overlay)).map((d) => d.toJSON() as K8sObject);

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

type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } };
type Probe = { httpGet?: { path: string; port: string; scheme?: string } };
type Container = { name: string; args?: string[]; env?: EnvVar[]; volumeMounts?: { name: string; mountPath: string }[]; resources?: { limits?: Record<string, unknown> }; readinessProbe?: Probe; livenessProbe?: Probe };
type Volume = { name: string; configMap?: { name: string }; secret?: { secretName: string; items?: { key: string; path: string }[] } };
type PodSpec = { securityContext?: { runAsNonRoot?: boolean }; terminationGracePeriodSeconds?: number; containers: Container[]; volumes?: Volume[]; nodeSelector?: Record<string, string>; tolerations?: unknown[] };
const podSpec = (o: K8sObject) => (o.spec as { template: { spec: PodSpec } }).template.spec;
const podLabels = (o: K8sObject) => (o.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const workloads = (objects: K8sObject[]) => objects.filter((o) => o.kind === "Deployment" || o.kind === "StatefulSet");
const flag = (args: string[] | undefined, name: string) => args?.[args.indexOf(name) + 1];

/** The ConfigMap or Secret key a file in a container comes from, through its volume mounts. */
function mountedFile(pod: PodSpec, c: Container, path: string): string {
  const mount = (c.volumeMounts ?? []).find((m) => path.startsWith(`${m.mountPath}/`));
  const volume = pod.volumes?.find((v) => v.name === mount?.name);
  if (!mount || !volume) return `nothing mounted at ${path}`;
  const file = path.slice(mount.mountPath.length + 1);
  if (volume.configMap) return `configmap/${volume.configMap.name}/${file}`;
  const key = volume.secret?.items ? volume.secret.items.find((i) => i.path === file)?.key : file;
  return `secret/${volume.secret!.secretName}/${key}`;
}

/** Secret/key of each variable a container takes from a Secret. */
const secretRefs = (c: Container) => Object.fromEntries((c.env ?? []).filter((e) => e.valueFrom?.secretKeyRef).map((e) => [e.name, `${e.valueFrom!.secretKeyRef!.name}/${e.valueFrom!.secretKeyRef!.key}`]));

/** The container's environment as the kubelet makes it: Secrets read from `secrets`, $(VAR) of a variable defined above expanded. */
function environment(c: Container, secrets: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of c.env ?? []) {
    const ref = e.valueFrom?.secretKeyRef;
    env[e.name] = ref ? secrets[`${ref.name}/${ref.key}`]! : e.value!.replace(/\$\((\w+)\)/g, (all, name: string) => env[name] ?? all);
  }
  return env;
}

/** The users and account of the shipped file, and the variables it reads their passwords from. */
const CONF_USERS = [...SHIPPED_CONF.matchAll(/^\s*user: (\w+)\n\s*password: \$(\w+)/gm)].map((m) => ({ user: m[1]!, variable: m[2]! }));
const CONF_ACCOUNT = /^accounts \{\n\s*(\w+) \{/m.exec(SHIPPED_CONF)?.[1];
const NATS_SECRET = "hyperfleet-nats-credentials";

describe("Kubernetes manifests", () => {
  const overlays = ["cpu", "gpu", "hpa", "tls", "gpu+tls"];

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

  it("NATS runs the shipped nats-server.conf, its passwords from the Secret, KEDA reading its account", () => {
    // kustomize reads no file outside deploy/kubernetes: the ConfigMap's file is a copy, and must stay one.
    expect(readFileSync(join(KUBE, "base", "nats-server.conf"), "utf8"), "base/nats-server.conf differs from deploy/nats/nats-server.conf").toBe(SHIPPED_CONF);
    expect(CONF_USERS.map((u) => u.user)).toEqual(["coordinator", "worker"]);
    expect(CONF_ACCOUNT).toBe("HYPERFLEET");
    // The pod gives the store with -sd, which nats-server refuses next to a store_dir in the file.
    expect(SHIPPED_CONF).not.toMatch(/^\s*store_dir/m);
    for (const overlay of overlays) {
      const objects = render(overlay);
      const sts = find(objects, "StatefulSet", "nats")!;
      const pod = podSpec(sts);
      const nats = pod.containers[0]!;
      const conf = mountedFile(pod, nats, flag(nats.args, "-c")!);
      expect(conf, overlay).toMatch(/^configmap\/nats-config-/);
      const [, name, key] = conf.split("/");
      expect(find(objects, "ConfigMap", name!)!.data![key!], overlay).toBe(SHIPPED_CONF);
      // What the file leaves to the pod: every interface, the monitoring port of the probes, the volume.
      expect(flag(nats.args, "-a")).toBe("0.0.0.0");
      expect(flag(nats.args, "-m")).toBe("8222");
      expect(flag(nats.args, "-sd")).toBe(nats.volumeMounts!.find((m) => m.name === "data")!.mountPath);
      expect(nats.readinessProbe!.httpGet!.port).toBe("monitor");
      expect(secretRefs(nats)).toEqual(Object.fromEntries(CONF_USERS.map((u) => [u.variable, `${NATS_SECRET}/${u.user}-password`])));
      for (const scaled of objects.filter((o) => o.kind === "ScaledObject")) {
        const triggers = (scaled.spec as { triggers: { type: string; metadata: Record<string, string> }[] }).triggers;
        expect(triggers.find((t) => t.type === "nats-jetstream")!.metadata.account, scaled.metadata.name).toBe(CONF_ACCOUNT);
      }
    }
  });

  it("the coordinator signs in as coordinator and every worker pool as worker, each with its own Secret key", () => {
    for (const overlay of overlays) {
      const deployments = render(overlay).filter((o) => o.kind === "Deployment");
      expect(deployments.map((d) => d.metadata.name)).toEqual(expect.arrayContaining(["hyperfleet-coordinator", "hyperfleet-worker-cpu", ...(overlay.startsWith("gpu") ? ["hyperfleet-worker-gpu"] : [])]));
      for (const d of deployments) {
        const user = d.metadata.name === "hyperfleet-coordinator" ? "coordinator" : "worker";
        const c = podSpec(d).containers[0]!;
        const names = c.env!.map((e) => e.name);
        // $(VAR) expands only a variable defined above it.
        expect(names.indexOf("HYPERFLEET_NATS_PASSWORD"), d.metadata.name).toBeLessThan(names.indexOf("HYPERFLEET_NATS_URL"));
        expect(c.env!.find((e) => e.name === "HYPERFLEET_NATS_URL")!.value, d.metadata.name).toBe(`nats://${user}:$(HYPERFLEET_NATS_PASSWORD)@nats:4222`);
        expect(c.args, d.metadata.name).not.toContain("--nats");
        expect(secretRefs(c), d.metadata.name).toEqual({ HYPERFLEET_NATS_PASSWORD: `${NATS_SECRET}/${user}-password`, ...(user === "coordinator" ? { HYPERFLEET_TOKEN: "hyperfleet-api-token/token" } : {}) });
        // A missing Secret keeps the pod from starting rather than running it without a password or token.
        expect(c.env!.every((e) => e.valueFrom?.secretKeyRef?.optional !== true), d.metadata.name).toBe(true);
      }
    }
    const monitor = find(render("cpu"), "ServiceMonitor", "hyperfleet-coordinator")!.spec as { endpoints: { authorization?: { credentials: { name: string; key: string } } }[] };
    expect(monitor.endpoints[0]!.authorization?.credentials).toEqual({ name: "hyperfleet-api-token", key: "token" }); // /metrics asks for the token
  });

  it("no credential is written in a manifest: the Secrets ship as CHANGE-ME placeholders the overlays do not apply", async () => {
    const example = parseAllDocuments(readFileSync(join(KUBE, "secrets.example.yaml"), "utf8")).map((d) => d.toJSON() as K8sObject & { stringData: Record<string, string> });
    const keys = new Set<string>();
    const Model = await modelOf(example[0]!);
    for (const secret of example) {
      expect(() => new Model(secret).validate(), secret.metadata.name).not.toThrow();
      expect(secret.metadata.namespace).toBe("hyperfleet");
      for (const [key, value] of Object.entries(secret.stringData)) {
        expect(value, `${secret.metadata.name}/${key}`).toBe("CHANGE-ME");
        keys.add(`${secret.metadata.name}/${key}`);
      }
    }
    for (const overlay of overlays) {
      expect(renderText(overlay), overlay).not.toContain("CHANGE-ME");
      const objects = render(overlay);
      expect(objects.filter((o) => o.kind === "Secret"), overlay).toEqual([]); // apply -k must not overwrite the real ones
      for (const o of workloads(objects)) {
        for (const c of podSpec(o).containers) {
          // Every Secret key a pod reads is one the template (and the docs' kubectl commands) creates.
          for (const ref of Object.values(secretRefs(c))) expect(keys, `${o.metadata.name}: ${ref}`).toContain(ref);
          for (const e of c.env ?? []) {
            if (/PASSWORD|TOKEN|SECRET/.test(e.name)) expect(e.valueFrom?.secretKeyRef, `${o.metadata.name} ${e.name}`).toBeDefined();
            // A URL's password is a $(VAR) from a Secret, never written out.
            if (e.value) expect(e.value, `${o.metadata.name} ${e.name}`).not.toMatch(/\/\/[^/@]*:(?!\$\()[^/@]*@/);
          }
          expect((c.args ?? []).join(" "), o.metadata.name).not.toMatch(/@|--token|--pass/);
        }
      }
    }
  });

  it("NATS takes clients only from the coordinator and the workers", () => {
    const objects = render("gpu");
    const spec = find(objects, "NetworkPolicy", "nats-clients")!.spec as { podSelector: { matchLabels: Record<string, string> }; ingress: { from: { podSelector?: { matchLabels: Record<string, string> }; namespaceSelector?: unknown }[]; ports: { port: number }[] }[] };
    expect(podLabels(find(objects, "StatefulSet", "nats")!)).toMatchObject(spec.podSelector.matchLabels);
    const clientRules = spec.ingress.filter((r) => r.ports.some((p) => p.port === 4222));
    expect(clientRules).toHaveLength(1);
    const selectors = clientRules[0]!.from.map((f) => f.podSelector?.matchLabels);
    expect(selectors.every((s) => s !== undefined), "no namespace reaches the client port").toBe(true);
    // Each Deployment is the coordinator or a worker pool, and each is let in.
    for (const d of objects.filter((o) => o.kind === "Deployment")) expect(selectors.some((s) => Object.entries(s!).every(([k, v]) => podLabels(d)[k] === v)), d.metadata.name).toBe(true);
    expect(selectors.map((s) => s!["app.kubernetes.io/name"]).sort()).toEqual(["hyperfleet-coordinator", "hyperfleet-worker"]);
    expect(find(objects, "NetworkPolicy", "default-deny-ingress")).toBeDefined();
  });

  it("the tls component: NATS requires TLS with its mounted certificate, clients mount only its CA, the API serves HTTPS", () => {
    const cpu = render("cpu");
    const plain = podSpec(find(cpu, "StatefulSet", "nats")!).containers[0]!.args!;
    const plainEndpoint = (find(cpu, "ServiceMonitor", "hyperfleet-coordinator")!.spec as { endpoints: object[] }).endpoints[0]!;
    for (const overlay of ["tls", "gpu+tls"]) {
      const objects = render(overlay);
      const pod = podSpec(find(objects, "StatefulSet", "nats")!);
      const nats = pod.containers[0]!;
      expect(nats.args!.slice(0, plain.length), "the base's flags, then TLS").toEqual(plain);
      expect(nats.args).toContain("--tls");
      expect(mountedFile(pod, nats, flag(nats.args, "--tlscert")!)).toBe("secret/hyperfleet-nats-tls/tls.crt");
      expect(mountedFile(pod, nats, flag(nats.args, "--tlskey")!)).toBe("secret/hyperfleet-nats-tls/tls.key");
      for (const d of objects.filter((o) => o.kind === "Deployment")) {
        const client = podSpec(d);
        const c = client.containers[0]!;
        const env = Object.fromEntries(c.env!.map((e) => [e.name, e.value]));
        expect(mountedFile(client, c, env.HYPERFLEET_NATS_TLS_CA!), d.metadata.name).toBe("secret/hyperfleet-nats-tls/ca.crt");
        // The server's key stays in the server's pod.
        const items = client.volumes!.filter((v) => v.secret?.secretName === "hyperfleet-nats-tls").flatMap((v) => v.secret!.items ?? [{ key: "(all)" }]);
        expect(items.map((i) => i.key), d.metadata.name).toEqual(["ca.crt"]);
        if (d.metadata.name !== "hyperfleet-coordinator") continue;
        expect(mountedFile(client, c, env.HYPERFLEET_TLS_CERT!)).toBe("secret/hyperfleet-coordinator-tls/tls.crt");
        expect(mountedFile(client, c, env.HYPERFLEET_TLS_KEY!)).toBe("secret/hyperfleet-coordinator-tls/tls.key");
        expect([c.readinessProbe!.httpGet!.scheme, c.livenessProbe!.httpGet!.scheme]).toEqual(["HTTPS", "HTTPS"]);
      }
      // The patch replaces the endpoint list whole: the base's endpoint, then HTTPS.
      const monitor = find(objects, "ServiceMonitor", "hyperfleet-coordinator")!.spec as { endpoints: object[] };
      expect(monitor.endpoints).toEqual([{ ...plainEndpoint, scheme: "https", tlsConfig: { ca: { secret: { name: "hyperfleet-coordinator-tls", key: "ca.crt" } }, serverName: "hyperfleet-coordinator.hyperfleet.svc" } }]);
    }
  });

  it.each(["cpu", "tls"])("overlay %s: a nats-server started as the StatefulSet starts it passes its probe and admits the coordinator and a worker as their pods connect", async (overlay) => {
    const objects = render(overlay);
    const work = mkdtempSync(join(dir, `nats-${overlay}-`));
    const pki = makeTestCa(work);
    // Passwords as secrets.example.yaml makes them: "hf" and hex. nats-server parses a variable's value as
    // configuration, so bare hex starting 3e5 (a number) fails to start it; after "hf" it is a string.
    const secrets: Record<string, string> = { [`${NATS_SECRET}/coordinator-password`]: `hf3e5${randomBytes(22).toString("hex")}`, [`${NATS_SECRET}/worker-password`]: `hf${randomBytes(24).toString("hex")}` };
    // The pod's files, from their ConfigMap or Secret, written here.
    const pod = podSpec(find(objects, "StatefulSet", "nats")!);
    const nats = pod.containers[0]!;
    const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("nats-config-"))!;
    const local: Record<string, string> = { [`configmap/${cm.metadata.name}/nats.conf`]: join(work, "nats.conf"), "secret/hyperfleet-nats-tls/tls.crt": pki.cert, "secret/hyperfleet-nats-tls/tls.key": pki.key, "secret/hyperfleet-nats-tls/ca.crt": pki.ca };
    writeFileSync(join(work, "nats.conf"), cm.data!["nats.conf"]!);
    const [port, monitor] = [await freePort(), await freePort()];
    const args = nats.args!.map((a, i, all) => {
      if (all[i - 1] === "-a") return "127.0.0.1"; // this machine only, not 0.0.0.0
      if (all[i - 1] === "-m") return String(monitor);
      if (all[i - 1] === "-sd") return join(work, "data");
      return a.startsWith("/") ? (local[mountedFile(pod, nats, a)] ?? a) : a;
    });
    const binary = process.env.NATS_SERVER ?? (existsSync("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : "nats-server");
    const server = spawn(binary, [...args, "-p", String(port)], { env: { ...process.env, ...environment(nats, secrets) }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    server.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    try {
      await waitForPort(monitor).catch((err: Error) => Promise.reject(new Error(`${err.message}\n${stderr}`)));
      const probe = await fetch(`http://127.0.0.1:${monitor}${nats.readinessProbe!.httpGet!.path}`);
      expect(probe.status, stderr).toBe(200);
      await waitForPort(port);
      for (const name of ["hyperfleet-coordinator", "hyperfleet-worker-cpu"]) {
        const client = podSpec(find(objects, "Deployment", name)!);
        const c = client.containers[0]!;
        const env = environment(c, secrets);
        const url = env.HYPERFLEET_NATS_URL!.replace("@nats:4222", `@127.0.0.1:${port}`);
        const ca = env.HYPERFLEET_NATS_TLS_CA ? { tls: { caFile: local[mountedFile(client, c, env.HYPERFLEET_NATS_TLS_CA)]! } } : {};
        const nc = await connect({ ...natsConnectOptions(url, ca), timeout: 5000, reconnect: false });
        expect(nc.info?.tls_required ?? false, name).toBe(overlay === "tls");
        await nc.close();
        // The other identity's password is not this user's.
        const other = secrets[`${NATS_SECRET}/${name.endsWith("coordinator") ? "worker" : "coordinator"}-password`]!;
        const wrong = url.replace(env.HYPERFLEET_NATS_PASSWORD!, other);
        await expect(connect({ ...natsConnectOptions(wrong, ca), timeout: 5000, reconnect: false }), name).rejects.toThrow();
      }
      if (overlay === "tls") await expect(connect({ ...natsConnectOptions(`nats://worker:${secrets[`${NATS_SECRET}/worker-password`]}@127.0.0.1:${port}`), timeout: 5000, reconnect: false }), "a client without the CA").rejects.toThrow();
    } finally {
      server.kill("SIGTERM");
      await new Promise((r) => (server.exitCode === null ? server.once("exit", r) : r(undefined)));
    }
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
