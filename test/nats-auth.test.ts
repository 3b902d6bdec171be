// Authenticated NATS: real nats-servers with users and passwords, an nkey user, a token, operator-mode
// JWTs (a creds file), and TLS with the test's own CA (openssl). Credentials in the URL, --nats-nkey,
// --nats-creds and --nats-tls-ca are used; a wrong password or a user of an unknown account is refused
// by the server and the CLI says so in one line, exit 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { nkeys } from "@nats-io/transport-node";
import { NatsCoordinatorTransport, type NatsAuthOptions } from "@hyperfleet/transport";
import { afterAll, describe, expect, it } from "vitest";
import { credsFile, OPEN_ACCOUNT, OPEN_USER, operatorModeConfig, signJwt } from "./support/nats-jwt.js";
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

  it("a creds file (--nats-creds) in operator mode; a user of an unknown account or with the wrong seed is refused", async () => {
    // Operator -> account -> user, each JWT signed by the one above; the server trusts the operator and
    // knows the account (with JetStream limits, so JetStream is on for it) from its memory resolver.
    const operator = nkeys.createOperator();
    const account = nkeys.createAccount();
    const user = nkeys.createUser();
    const accountJwt = signJwt(operator, account.getPublicKey(), "fleet", OPEN_ACCOUNT);
    const userJwt = signJwt(account, user.getPublicKey(), "worker", OPEN_USER);
    const conf = join(dir, "operator.conf");
    writeFileSync(conf, operatorModeConfig(operator, account.getPublicKey(), accountJwt));
    const s = await server(["-c", conf]);
    const creds = (name: string, jwt: string, seed: Uint8Array) => {
      const file = join(dir, name);
      writeFileSync(file, credsFile(jwt, new TextDecoder().decode(seed)));
      return file;
    };
    expect(await connects(s.url, { credsFile: creds("worker.creds", userJwt, user.getSeed()) })).toBe(true);

    // The same user signed by an account the server was never told of.
    const stranger = signJwt(nkeys.createAccount(), user.getPublicKey(), "worker", OPEN_USER);
    const unknownAccount = creds("stranger.creds", stranger, user.getSeed());
    await expect(connects(s.url, { credsFile: unknownAccount })).rejects.toThrow(/Authorization Violation/i);
    // A good JWT with another user's seed: the nonce signature does not match the JWT's subject.
    await expect(connects(s.url, { credsFile: creds("wrong-seed.creds", userJwt, nkeys.createUser().getSeed()) })).rejects.toThrow(/Authorization Violation/i);
    await expect(connects(s.url)).rejects.toThrow(/Authorization Violation/i);

    // The CLI: one line naming the refusal, exit 1, no stack trace.
    const r = spawnSync(process.execPath, [CLI, "worker", "--nats", s.url, "--nats-creds", unknownAccount, "--runtime", "process"], { encoding: "utf8", timeout: 30_000 });
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
