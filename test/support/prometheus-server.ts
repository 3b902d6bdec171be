import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, waitForPort } from "./nats-server.js";

/** Debian's prometheus, on a free port with its own data folder, scraping what the test names. */
export class PrometheusServer {
  private constructor(
    readonly url: string,
    private readonly process: ChildProcess,
    private readonly dir: string,
  ) {}

  /** config: prometheus.yml text; files: extra files (rules) written next to it. */
  static async start(config: string, files: Record<string, string> = {}): Promise<PrometheusServer> {
    const dir = mkdtempSync(join(tmpdir(), "hyperfleet-prometheus-"));
    writeFileSync(join(dir, "prometheus.yml"), config);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const port = await freePort();
    const child = spawn(
      "prometheus",
      [`--config.file=${join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=warn"],
      { cwd: dir, stdio: "ignore" },
    );
    await waitForPort(port, 20_000);
    return new PrometheusServer(`http://127.0.0.1:${port}`, child, dir);
  }

  /** An instant query through the HTTP API: the result vector. */
  async query(expr: string): Promise<{ metric: Record<string, string>; value: [number, string] }[]> {
    const res = await fetch(`${this.url}/api/v1/query?query=${encodeURIComponent(expr)}`);
    const body = (await res.json()) as { status: string; data: { result: { metric: Record<string, string>; value: [number, string] }[] } };
    if (body.status !== "success") throw new Error(`query ${expr} failed: ${JSON.stringify(body)}`);
    return body.data.result;
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.process.once("exit", r));
    this.process.kill("SIGTERM");
    await exited;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
