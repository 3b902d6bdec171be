import { execFile, spawn } from "node:child_process";
import { chownSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort, waitForPort } from "./nats-server.js";

const run = promisify(execFile);

/** PEM files of a TLS listener (test/support/test-ca.ts makes them), copied into the node's folder. */
export interface RabbitServerTlsOptions {
  ca: string;
  cert: string;
  key: string;
  /** Ask clients for a certificate signed by `ca`, and refuse those that give none (default true). */
  requireClientCert?: boolean;
}

export interface RabbitServerOptions {
  /** An AMQPS listener on its own free port (`tlsPort`), next to the plain one. */
  tls?: RabbitServerTlsOptions;
}

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
    /** The AMQPS listener's port when started with `tls`. */
    readonly tlsPort: number | undefined,
  ) {}

  static async start(options: RabbitServerOptions = {}): Promise<RabbitServer> {
    const dir = mkdtempSync(join(tmpdir(), "hyperfleet-rabbit-"));
    const server = new RabbitServer(await freePort(), await freePort(), dir, `hf${process.pid}x${Math.floor(Math.random() * 1e6)}@localhost`, options.tls ? await freePort() : undefined);
    mkdirSync(join(dir, "log"), { recursive: true });
    writeFileSync(join(dir, "enabled_plugins"), "[].\n");
    const owned = [dir, join(dir, "log"), join(dir, "enabled_plugins"), join(dir, "rabbitmq.conf"), join(dir, "rabbitmq-env.conf")];
    // Our own config and env files: the machine's may pin the listener to 5672.
    const conf = [`listeners.tcp.default = 127.0.0.1:${server.port}`];
    if (options.tls) {
      // The node reads its PEM files as user rabbitmq: copies in its own folder, which it owns.
      const tls = join(dir, "tls");
      mkdirSync(tls);
      owned.push(tls);
      for (const name of ["ca", "cert", "key"] as const) {
        copyFileSync(options.tls[name], join(tls, `${name}.pem`));
        owned.push(join(tls, `${name}.pem`));
      }
      const requireClientCert = options.tls.requireClientCert ?? true;
      conf.push(
        `listeners.ssl.default = 127.0.0.1:${server.tlsPort}`,
        `ssl_options.cacertfile = ${join(tls, "ca.pem")}`,
        `ssl_options.certfile = ${join(tls, "cert.pem")}`,
        `ssl_options.keyfile = ${join(tls, "key.pem")}`,
        `ssl_options.verify = ${requireClientCert ? "verify_peer" : "verify_none"}`,
        `ssl_options.fail_if_no_peer_cert = ${requireClientCert}`,
      );
    }
    writeFileSync(join(dir, "rabbitmq.conf"), `${conf.join("\n")}\n`);
    writeFileSync(join(dir, "rabbitmq-env.conf"), "");
    if (userInfo().uid === 0) {
      const { stdout } = await run("id", ["-u", "rabbitmq"]).catch(() => ({ stdout: "" }));
      const { stdout: gid } = await run("id", ["-g", "rabbitmq"]).catch(() => ({ stdout: "" }));
      if (stdout.trim()) for (const p of owned) chownSync(p, Number(stdout), Number(gid));
    }
    await server.restart();
    return server;
  }

  get url(): string {
    return this.urlFor("guest", "guest");
  }

  /** The plain listener as `user` (percent-encoded as a URL needs). */
  urlFor(user: string, password: string): string {
    return `amqp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${this.port}`;
  }

  /** The AMQPS listener as `user`; `localhost` by default, a name the test CA's certificate holds (Node warns about an IP address as TLS server name). */
  tlsUrlFor(user: string, password: string, host = "localhost"): string {
    if (this.tlsPort === undefined) throw new Error("this RabbitMQ node was started without a TLS listener");
    return `amqps://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${this.tlsPort}`;
  }

  /** rabbitmqctl against this node; resolves with its output, rejects (with its stderr) when it fails. */
  async ctl(args: readonly string[]): Promise<string> {
    const { stdout } = await run("rabbitmqctl", ["-n", this.node, ...args], { env: this.env() });
    return stdout;
  }

  /**
   * Runs a shell script that calls `$RABBITMQCTL` (deploy/rabbitmq/permissions.sh) against this node:
   * RABBITMQCTL is "rabbitmqctl -n NODE", with the node's environment.
   */
  async runScript(file: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
    return run("bash", [file, ...args], { env: { ...this.env(), ...env, RABBITMQCTL: `rabbitmqctl -n ${this.node}` } });
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
