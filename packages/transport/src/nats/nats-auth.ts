import { readFileSync } from "node:fs";
import { credsAuthenticator, nkeyAuthenticator, type Authenticator, type NodeConnectionOptions } from "@nats-io/transport-node";
import { TransportError, TransportErrorCode } from "../errors.js";

/** How a client proves who it is to nats-server, beyond credentials in the URL. */
export interface NatsAuthOptions {
  /** A credentials file (a user JWT and its nkey seed), as nsc writes it. */
  credsFile?: string;
  /** A file holding an nkey seed (SU...). */
  nkeySeedFile?: string;
  /** TLS: the CA that signed the server's certificate, and this client's certificate and key. */
  tls?: { caFile?: string; certFile?: string; keyFile?: string };
}

/**
 * The connection options for these server URLs: `nats://user:pass@host` and `nats://token@host`
 * become user/pass or token (nats.js ignores credentials written in a URL) and are taken out of the
 * URLs it dials; a creds file or an nkey seed becomes the authenticator; `tls://` or any TLS file
 * turns TLS on. A file that cannot be read is an error naming it. Async traces are off: nats.js
 * otherwise builds two Error objects (stack included) for every request and JetStream publish, which
 * was a sixth of a busy coordinator's CPU (bench:scale profile); our errors name what failed anyway.
 */
export function natsConnectOptions(servers: string | readonly string[], auth: NatsAuthOptions = {}): Pick<NodeConnectionOptions, "servers" | "user" | "pass" | "token" | "authenticator" | "tls" | "noAsyncTraces"> {
  const list = typeof servers === "string" ? servers.split(",") : [...servers];
  const out: ReturnType<typeof natsConnectOptions> = { servers: [], noAsyncTraces: true };
  const dialled: string[] = [];
  let wantsTls = false;
  for (const raw of list) {
    const url = new URL(raw.includes("://") ? raw.trim() : `nats://${raw.trim()}`);
    if (url.protocol === "tls:") wantsTls = true;
    if (url.username) {
      const user = decodeURIComponent(url.username);
      if (url.password) Object.assign(out, { user, pass: decodeURIComponent(url.password) });
      else out.token = user;
    }
    dialled.push(`${url.hostname.includes(":") ? `[${url.hostname}]` : url.hostname}:${url.port || "4222"}`);
  }
  out.servers = dialled;
  const authenticators: Authenticator[] = [];
  if (auth.credsFile) authenticators.push(credsAuthenticator(readAuthFile("--nats-creds", auth.credsFile)));
  if (auth.nkeySeedFile) authenticators.push(nkeyAuthenticator(new TextEncoder().encode(new TextDecoder().decode(readAuthFile("--nats-nkey", auth.nkeySeedFile)).trim())));
  if (authenticators.length > 1) throw new TransportError(TransportErrorCode.InvalidArgument, "give --nats-creds or --nats-nkey, not both");
  if (authenticators[0]) out.authenticator = authenticators[0];
  const tls = auth.tls ?? {};
  if (wantsTls || tls.caFile || tls.certFile || tls.keyFile) {
    for (const [flag, file] of [["--nats-tls-ca", tls.caFile], ["--nats-tls-cert", tls.certFile], ["--nats-tls-key", tls.keyFile]] as const) if (file) readAuthFile(flag, file);
    out.tls = { ...(tls.caFile ? { caFile: tls.caFile } : {}), ...(tls.certFile ? { certFile: tls.certFile } : {}), ...(tls.keyFile ? { keyFile: tls.keyFile } : {}) };
  }
  return out;
}

function readAuthFile(flag: string, path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new TransportError(TransportErrorCode.InvalidArgument, `${flag} ${path}: ${(cause as Error).message}`, { cause });
  }
}
