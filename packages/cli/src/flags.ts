import { parseArgs, type ParseArgsConfig } from "node:util";
import type { NatsAuthOptions, RabbitTlsOptions } from "@hyperfleet/transport";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type WithHelp<O> = O & { help: { type: "boolean"; short: "h" } };

/** Strict flag parsing (an unknown flag is a usage error, exit 2), with -h/--help on every command. */
export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = false): ReturnType<typeof parseArgs<{ args: string[]; options: WithHelp<O>; strict: true; allowPositionals: boolean }>> {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } } as WithHelp<O>, strict: true, allowPositionals });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** How NATS clients authenticate beyond user:pass@ or token@ in the URL; each flag has a HYPERFLEET_* variable. */
export const NATS_AUTH_FLAGS = {
  "nats-creds": { type: "string" },
  "nats-nkey": { type: "string" },
  "nats-tls-ca": { type: "string" },
  "nats-tls-cert": { type: "string" },
  "nats-tls-key": { type: "string" },
} as const;

export const NATS_AUTH_HELP = `  --nats-creds FILE      NATS credentials file, user JWT and nkey seed (or HYPERFLEET_NATS_CREDS)
  --nats-nkey FILE       NATS nkey seed file (or HYPERFLEET_NATS_NKEY)
  --nats-tls-ca FILE     CA of the NATS server's certificate; tls:// URLs need TLS too (HYPERFLEET_NATS_TLS_CA)
  --nats-tls-cert FILE   client certificate for NATS TLS (HYPERFLEET_NATS_TLS_CERT)
  --nats-tls-key FILE    its key (HYPERFLEET_NATS_TLS_KEY)
                         nats://user:pass@host and nats://token@host authenticate as written`;

type AuthValues = Partial<Record<keyof typeof NATS_AUTH_FLAGS, string | undefined>>;

/** The NATS authentication the flags (or their HYPERFLEET_NATS_* variables) ask for. */
export function natsAuthFrom(values: AuthValues): NatsAuthOptions {
  const pick = (flag: keyof typeof NATS_AUTH_FLAGS) => values[flag] ?? process.env[`HYPERFLEET_${flag.toUpperCase().replace(/-/g, "_")}`];
  const [creds, nkey, ca, cert, key] = (["nats-creds", "nats-nkey", "nats-tls-ca", "nats-tls-cert", "nats-tls-key"] as const).map(pick);
  if (creds && nkey) throw new UsageError("give --nats-creds or --nats-nkey, not both");
  if ((cert === undefined) !== (key === undefined)) throw new UsageError("--nats-tls-cert and --nats-tls-key go together");
  const tls = { ...(ca ? { caFile: ca } : {}), ...(cert ? { certFile: cert } : {}), ...(key ? { keyFile: key } : {}) };
  return { ...(creds ? { credsFile: creds } : {}), ...(nkey ? { nkeySeedFile: nkey } : {}), ...(Object.keys(tls).length > 0 ? { tls } : {}) };
}

/** TLS of amqps:// RabbitMQ connections; each flag has a HYPERFLEET_* variable. */
export const AMQP_TLS_FLAGS = {
  "amqp-tls-ca": { type: "string" },
  "amqp-tls-cert": { type: "string" },
  "amqp-tls-key": { type: "string" },
} as const;

export const AMQP_TLS_HELP = `  --amqp-tls-ca FILE     CA of RabbitMQ's certificate, for amqps:// URLs (or HYPERFLEET_AMQP_TLS_CA)
  --amqp-tls-cert FILE   client certificate for amqps:// (HYPERFLEET_AMQP_TLS_CERT)
  --amqp-tls-key FILE    its key (HYPERFLEET_AMQP_TLS_KEY)
                         amqp://user:pass@host/vhost authenticates as written (percent-encoded)`;

type AmqpTlsValues = Partial<Record<keyof typeof AMQP_TLS_FLAGS, string | undefined>>;

/** The RabbitMQ TLS files the flags (or their HYPERFLEET_AMQP_TLS_* variables) name, for a connection to `url`. */
export function amqpTlsFrom(values: AmqpTlsValues, url: string): RabbitTlsOptions {
  const pick = (flag: keyof typeof AMQP_TLS_FLAGS) => values[flag] ?? process.env[`HYPERFLEET_${flag.toUpperCase().replace(/-/g, "_")}`];
  const [ca, cert, key] = (["amqp-tls-ca", "amqp-tls-cert", "amqp-tls-key"] as const).map(pick);
  if ((cert === undefined) !== (key === undefined)) throw new UsageError("--amqp-tls-cert and --amqp-tls-key go together");
  if ((ca ?? cert) !== undefined && !/^amqps:/i.test(url)) throw new UsageError("--amqp-tls-ca, --amqp-tls-cert and --amqp-tls-key need an amqps:// URL");
  return { ...(ca ? { caFile: ca } : {}), ...(cert ? { certFile: cert } : {}), ...(key ? { keyFile: key } : {}) };
}

export const BROKER_FLAGS = { nats: { type: "string" }, amqp: { type: "string" }, prefix: { type: "string" }, ...NATS_AUTH_FLAGS, ...AMQP_TLS_FLAGS } as const;

export type Broker = { kind: "nats"; url: string; prefix?: string } | { kind: "amqp"; url: string; prefix?: string };

/** Exactly one broker, from --nats / --amqp or HYPERFLEET_NATS_URL / HYPERFLEET_AMQP_URL. */
export function brokerFrom(values: { nats?: string | undefined; amqp?: string | undefined; prefix?: string | undefined }): Broker {
  const nats = values.nats ?? (values.amqp ? undefined : process.env.HYPERFLEET_NATS_URL);
  const amqp = values.amqp ?? (nats ? undefined : process.env.HYPERFLEET_AMQP_URL);
  if ((nats === undefined) === (amqp === undefined)) throw new UsageError("give exactly one of --nats URL or --amqp URL (or HYPERFLEET_NATS_URL / HYPERFLEET_AMQP_URL)");
  const prefix = values.prefix ? { prefix: values.prefix } : {};
  return nats ? { kind: "nats", url: nats, ...prefix } : { kind: "amqp", url: amqp!, ...prefix };
}

/** An integer flag with a lower bound, or the default when absent. */
export function intFlag(name: string, value: string | undefined, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name}: expected an integer >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/** HOST:PORT (":8080" and "8080" mean all interfaces). */
export function hostPort(name: string, value: string): { host: string; port: number } {
  const i = value.lastIndexOf(":");
  const host = i <= 0 ? "0.0.0.0" : value.slice(0, i).replace(/^\[|\]$/g, "");
  const port = Number(i < 0 ? value : value.slice(i + 1));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--${name}: expected HOST:PORT, got ${JSON.stringify(value)}`);
  return { host, port };
}
