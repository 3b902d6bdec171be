import { execFile, spawn } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort, waitForPort } from "./nats-server.js";

const run = promisify(execFile);

/**
 * A RabbitMQ node of the test's own: its own node name, AMQP and distribution ports, data folder and
 * an empty plugin list, so it never collides with a RabbitMQ already running on the machine. Debian's
 * wrapper runs the server as user rabbitmq, which must own the data folder.
 */
export class RabbitServer {
  private constructor(
    readonly port: number,
    readonly distPort: number,
    readonly dir: string,
    readonly node: string,
  ) {}

  static async start(): Promise<RabbitServer> {
    const dir = mkdtempSync(join(tmpdir(), "hyperfleet-rabbit-"));
    const server = new RabbitServer(await freePort(), await freePort(), dir, `hf${process.pid}x${Math.floor(Math.random() * 1e6)}@localhost`);
    mkdirSync(join(dir, "log"), { recursive: true });
    writeFileSync(join(dir, "enabled_plugins"), "[].\n");
    // Our own config and env files: the machine's may pin the listener to 5672.
    writeFileSync(join(dir, "rabbitmq.conf"), `listeners.tcp.default = 127.0.0.1:${server.port}\n`);
    writeFileSync(join(dir, "rabbitmq-env.conf"), "");
    if (userInfo().uid === 0) {
      const { stdout } = await run("id", ["-u", "rabbitmq"]).catch(() => ({ stdout: "" }));
      const { stdout: gid } = await run("id", ["-g", "rabbitmq"]).catch(() => ({ stdout: "" }));
      if (stdout.trim()) for (const p of [dir, join(dir, "log"), join(dir, "enabled_plugins"), join(dir, "rabbitmq.conf"), join(dir, "rabbitmq-env.conf")]) chownSync(p, Number(stdout), Number(gid));
    }
    await server.restart();
    return server;
  }

  get url(): string {
    return `amqp://guest:guest@127.0.0.1:${this.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      RABBITMQ_NODENAME: this.node,
      RABBITMQ_NODE_IP_ADDRESS: "127.0.0.1",
      RABBITMQ_NODE_PORT: String(this.port),
      RABBITMQ_DIST_PORT: String(this.distPort),
      ERL_EPMD_ADDRESS: "127.0.0.1",
      ERL_FLAGS: "-kernel inet_dist_use_interface {127,0,0,1}",
      RABBITMQ_MNESIA_BASE: join(this.dir, "mnesia"),
      RABBITMQ_LOG_BASE: join(this.dir, "log"),
      RABBITMQ_ENABLED_PLUGINS_FILE: join(this.dir, "enabled_plugins"),
      RABBITMQ_CONFIG_FILE: join(this.dir, "rabbitmq.conf"),
      RABBITMQ_CONF_ENV_FILE: join(this.dir, "rabbitmq-env.conf"),
      PATH: `${process.env.PATH}:/usr/sbin:/usr/lib/rabbitmq/bin`,
    };
  }

  async restart(): Promise<void> {
    const child = spawn("rabbitmq-server", ["-detached"], { env: this.env(), stdio: "ignore" });
    await new Promise((r) => child.once("exit", r));
    // await_startup fails at once until the node has registered with epmd: ask again until it answers.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await run("rabbitmqctl", ["-n", this.node, "await_startup", "--timeout", "60"], { env: this.env() });
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    await waitForPort(this.port, 30_000);
  }

  async stop(): Promise<void> {
    await run("rabbitmqctl", ["-n", this.node, "stop"], { env: this.env() }).catch(() => undefined);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
