import { parseArgs, type ParseArgsConfig } from "node:util";
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

export const BROKER_FLAGS = { nats: { type: "string" }, amqp: { type: "string" }, prefix: { type: "string" } } as const;

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
