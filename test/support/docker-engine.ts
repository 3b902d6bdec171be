import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A Docker engine for the tests: DOCKER_HOST when it answers, otherwise a dockerd of the test's own
 * (Debian's docker.io, started by hand with its own data root and socket; needs root).
 */
export class DockerEngine {
  private constructor(
    readonly host: string,
    private readonly daemon?: ChildProcess,
    private readonly dir?: string,
  ) {}

  static async start(): Promise<DockerEngine> {
    if (process.env.DOCKER_HOST && (await answers(process.env.DOCKER_HOST))) return new DockerEngine(process.env.DOCKER_HOST);
    const dir = mkdtempSync(join(tmpdir(), "hyperfleet-docker-"));
    const socket = join(dir, "docker.sock");
    const dockerd = existsSync("/usr/sbin/dockerd") ? "/usr/sbin/dockerd" : "dockerd";
    const daemon = spawn(dockerd, ["--data-root", join(dir, "data"), "--exec-root", join(dir, "exec"), "-H", `unix://${socket}`, "--pidfile", join(dir, "docker.pid")], {
      stdio: "ignore",
    });
    const host = `unix://${socket}`;
    const deadline = Date.now() + 30_000;
    while (!(await answers(host))) {
      if (Date.now() > deadline || daemon.exitCode !== null) throw new Error(`dockerd did not start (exit ${daemon.exitCode})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return new DockerEngine(host, daemon, dir);
  }

  get socketPath(): string {
    return this.host.replace(/^unix:\/\//, "");
  }

  docker(...args: string[]) {
    return run("docker", ["-H", this.host, ...args], { maxBuffer: 16 * 2 ** 20 });
  }

  /**
   * Builds an image without a registry: FROM scratch with this machine's node binary, the shared
   * libraries ldd lists for it, and the given files, so the image runs node scripts.
   */
  async buildNodeImage(tag: string, files: Record<string, string>): Promise<void> {
    const context = mkdtempSync(join(tmpdir(), "hyperfleet-image-"));
    try {
      const node = process.execPath;
      const { stdout } = await run("ldd", [node]);
      const libs = [...stdout.matchAll(/(\/[^\s)]+)/g)].map((m) => m[1]!).filter((p) => existsSync(p));
      const copies: string[] = [];
      for (const [i, path] of [node, ...libs].entries()) {
        copyFileSync(path, join(context, `f${i}`));
        copies.push(`COPY f${i} ${i === 0 ? "/usr/bin/node" : path}`);
      }
      for (const [i, [target, source]] of Object.entries(files).entries()) {
        copyFileSync(source, join(context, `extra${i}`));
        copies.push(`COPY extra${i} ${target}`);
      }
      mkdirSync(join(context, "tmp"));
      writeFileSync(join(context, "Dockerfile"), ["FROM scratch", ...copies, "COPY tmp /tmp", 'ENTRYPOINT ["/usr/bin/node"]', ""].join("\n"));
      await this.docker("build", "-q", "-t", tag, context);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  }

  async stop(): Promise<void> {
    if (!this.daemon) return;
    const exited = new Promise((r) => this.daemon!.once("exit", r));
    this.daemon.kill("SIGTERM");
    await exited;
    rmSync(this.dir!, { recursive: true, force: true });
  }
}

async function answers(host: string): Promise<boolean> {
  try {
    await run("docker", ["-H", host, "version", "--format", "{{.Server.Version}}"], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

