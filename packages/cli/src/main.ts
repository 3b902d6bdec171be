#!/usr/bin/env node
// hyperfleet: one command, a subcommand per role. Exit codes: 0 success, 1 failure, 2 bad input.
import { workerCommand } from "./commands/worker-command.js";
import { EXIT, UsageError } from "./usage-error.js";

const HELP = `Usage: hyperfleet <command> [options]

Commands:
  worker    claim and run trials from a NATS or RabbitMQ broker

Run "hyperfleet <command> --help" for a command's options. The coordinator, tune, submit, status,
trials, stop and logs commands arrive with the coordinator and CLI issues.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { worker: workerCommand };

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; commands: ${Object.keys(COMMANDS).join(", ")}`);
  return command(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`hyperfleet: ${err.message}`);
      process.exit(EXIT.usage);
    }
    console.error(`hyperfleet: ${(err as Error).stack ?? String(err)}`);
    process.exit(EXIT.failed);
  },
);
