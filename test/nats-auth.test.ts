// Authenticated NATS: real nats-servers with users and passwords, an nkey user, a token, and TLS with
// the test's own CA (openssl). Credentials in the URL, --nats-nkey and --nats-tls-ca are used; a wrong
// password is refused by the server and the CLI says so in one line, exit 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nkeys } from "@nats-io/transport-node";
import { NatsCoordinatorTransport, type NatsAuthOptions } from "@hyperfleet/transport";
import { afterAll, describe, expect, it } from "vitest";
import { NatsServer } from "./support/nats-server.js";
import { makeTestCa } from "./support/test-ca.js";

const CLI = fileURLToPath(new URL("../packages/cli/dist/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "hyperfleet-nats-auth-"));
const servers: NatsServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function server(args: string[]): Promise<NatsServer> {
  const s = await NatsServer.start(args);
  servers.push(s);
  return s;
}

/** Connects as the coordinator does and queues one offer: the server let this client in. */
async function connects(url: string, auth: NatsAuthOptions = {}): Promise<true> {
  const t = await NatsCoordinatorTransport.connect({ servers: url, auth, prefix: "auth" });
  await t.close();
  return true;
}

describe("NATS authentication and TLS", () => {
  it("user and password in the URL; an nkey seed file; a wrong password is refused", async () => {
    const user = nkeys.createUser();
    const seedFile = join(dir, "worker.nk");
    writeFileSync(seedFile, new TextDecoder().decode(user.getSeed()));
    const conf = join(dir, "users.conf");
    writeFileSync(conf, `authorization { users = [ { user: alice, password: "s3cret pass" }, { nkey: ${user.getPublicKey()} } ] }\n`);
    const s = await server(["-c", conf]);
    const hostPort = s.url.replace("nats://", "");
    expect(await connects(`nats://alice:${encodeURIComponent("s3cret pass")}@${hostPort}`)).toBe(true);
    expect(await connects(s.url, { nkeySeedFile: seedFile })).toBe(true);
    await expect(connects(`nats://alice:wrong@${hostPort}`)).rejects.toThrow(/Authorization Violation/i);
    await expect(connects(s.url)).rejects.toThrow(/Authorization Violation/i);

    // The CLI: one line naming the refusal, exit 1, no stack trace.
    const r = spawnSync(process.execPath, [CLI, "worker", "--nats", `nats://alice:wrong@${hostPort}`, "--runtime", "process"], { encoding: "utf8", timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^hyperfleet: .*Authorization Violation/im);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("a token in the URL", async () => {
    const s = await server(["--auth", "tok3n"]);
    expect(await connects(s.url.replace("nats://", "nats://tok3n@"))).toBe(true);
    await expect(connects(s.url.replace("nats://", "nats://nope@"))).rejects.toThrow(/Authorization Violation/i);
  }, 30_000);

  it("TLS with the server's CA (--nats-tls-ca); without the CA the certificate is refused", async () => {
    const pki = makeTestCa(dir);
    const s = await server(["--tls", "--tlscert", pki.cert, "--tlskey", pki.key]);
    expect(await connects(s.url.replace("nats://", "tls://"), { tls: { caFile: pki.ca } })).toBe(true);
    await expect(connects(s.url.replace("nats://", "tls://"))).rejects.toThrow();
  }, 60_000);
});
