import { createHash } from "node:crypto";
import { nkeys } from "@nats-io/transport-node";

// NATS decentralized auth (operator mode) without the `nsc` tool: the test makes its own operator,
// account and user JWTs. @nats-io/nkeys is only a transitive dependency, so its key pairs come through
// the `nkeys` re-export of @nats-io/transport-node, a dependency of the workspace root.

type KeyPair = nkeys.KeyPair;

const b64url = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");

/** RFC 4648 base32, no padding: what Go's nats-io/jwt writes a jti in. */
function base32(bytes: Uint8Array): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += alphabet[(value >>> (bits - 5)) & 31];
  }
  return bits > 0 ? out + alphabet[(value << (5 - bits)) & 31] : out;
}

/**
 * A NATS JWT v2: base64url(header).base64url(claims).base64url(ed25519 signature by the issuer over the
 * first two parts). jti is what nats-io/jwt makes it, base32(SHA-512/256) of the standard claims
 * (iat, iss, name, sub, in Go's field order) before jti is set; nats-server only needs it present.
 */
export function signJwt(issuer: KeyPair, subject: string, name: string, nats: Record<string, unknown>): string {
  const std = { iat: Math.floor(Date.now() / 1000), iss: issuer.getPublicKey(), name, sub: subject };
  const jti = base32(createHash("sha512-256").update(JSON.stringify(std)).digest());
  const toSign = `${b64url(JSON.stringify({ typ: "JWT", alg: "ed25519-nkey" }))}.${b64url(JSON.stringify({ jti, ...std, nats: { ...nats, version: 2 } }))}`;
  return `${toSign}.${b64url(issuer.sign(new TextEncoder().encode(toSign)))}`;
}

/** Account limits: -1 is unlimited; the JetStream ones (mem_storage ... consumer) turn JetStream on for the account. */
export const OPEN_ACCOUNT = {
  type: "account",
  limits: { subs: -1, conn: -1, leaf: -1, imports: -1, exports: -1, data: -1, payload: -1, wildcards: true, mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 },
};

/** A user who may publish and subscribe to anything. */
export const OPEN_USER = { type: "user", pub: {}, sub: {}, subs: -1, data: -1, payload: -1 };

/**
 * nats-server config for operator mode: it trusts `operator` and knows `account` (its JWT) from the
 * memory resolver, with no account server to ask. JetStream (the -js NatsServer passes) will not start
 * in operator mode without a system account, so one is made here too; it gets no JetStream limits, as
 * the system account must not have JetStream.
 */
export function operatorModeConfig(operator: KeyPair, account: string, accountJwt: string): string {
  const sys = nkeys.createAccount();
  const sysJwt = signJwt(operator, sys.getPublicKey(), "SYS", { type: "account", limits: { subs: -1, conn: -1, leaf: -1, imports: -1, exports: -1, data: -1, payload: -1, wildcards: true } });
  return [
    `operator: "${signJwt(operator, operator.getPublicKey(), "hyperfleet-test", { type: "operator", system_account: sys.getPublicKey() })}"`,
    `system_account: ${sys.getPublicKey()}`,
    "resolver: MEMORY",
    `resolver_preload: { ${account}: "${accountJwt}", ${sys.getPublicKey()}: "${sysJwt}" }`,
    "",
  ].join("\n");
}

/** A credentials file as `nsc generate creds` writes it: the user JWT and the user's nkey seed. */
export function credsFile(userJwt: string, userSeed: string): string {
  return `-----BEGIN NATS USER JWT-----
${userJwt}
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
${userSeed}
------END USER NKEY SEED------

*************************************************************
`;
}
