#!/usr/bin/env node
// hyperfleet: one command, a subcommand per role. Exit codes: 0 success, 1 failure, 2 bad input.
import { HyperfleetError, type SpecProblem } from "@hyperfleet/coordinator";
import { ApiError } from "./api-client.js";
import { coordinatorCommand } from "./commands/coordinator-command.js";
import { logsCommand } from "./commands/logs-command.js";
import { statusCommand } from "./commands/status-command.js";
import { stopCommand } from "./commands/stop-command.js";
import { submitCommand } from "./commands/submit-command.js";
import { trialsCommand } from "./commands/trials-command.js";
import { tuneCommand } from "./commands/tune-command.js";
import { workerCommand } from "./commands/worker-command.js";
import { EXIT, printSpecProblems, UsageError } from "./usage-error.js";

const HELP = `Usage: hyperfleet <command> [options]

Commands:
  tune          run a tuning job on this machine (embedded mode: nothing else to install)
  coordinator   run jobs for a cluster: optimizer state, HTTP API, metrics (NATS or RabbitMQ)
  worker        claim and run trials from a NATS or RabbitMQ broker
  submit        send a job file to a coordinator; prints the job id
  status        a job's state, counters and best trial (--watch to follow it)
  trials        a job's trials with their parameters and objective
  stop          stop a job (running trials are stopped, finished ones kept)
  logs          the last output lines of a trial

Run "hyperfleet <command> --help" for a command's options.
Exit codes: 0 success, 1 the job or command failed, 2 bad input (spec, flags).
--debug (any command) prints the stack of an unexpected failure.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  tune: tuneCommand,
  coordinator: coordinatorCommand,
  worker: workerCommand,
  submit: submitCommand,
  status: statusCommand,
  trials: trialsCommand,
  stop: stopCommand,
  logs: logsCommand,
};

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

// --debug is every command's: it only decides whether a failure shows its stack.
main(process.argv.slice(2).filter((a) => a !== "--debug")).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`hyperfleet: ${err.message}`);
      process.exit(EXIT.usage);
    }
    if (err instanceof ApiError) {
      // The coordinator turned the request down: a bad spec lists every problem.
      console.error(`hyperfleet: ${err.code}: ${err.message}`);
      printSpecProblems((err.body.problems as SpecProblem[] | undefined) ?? []);
      process.exit(err.status >= 400 && err.status < 500 && err.status !== 401 ? EXIT.usage : EXIT.failed);
    }
    // One line, as for any failure a user can act on; the stack only with --debug (or HYPERFLEET_DEBUG=1).
    const debug = process.argv.includes("--debug") || process.env.HYPERFLEET_DEBUG === "1";
    const e = err instanceof Error ? err : new Error(String(err));
    console.error(debug ? `hyperfleet: ${e.stack ?? e.message}` : `hyperfleet: ${err instanceof HyperfleetError ? `${err.code}: ` : ""}${e.message} (--debug shows where)`);
    process.exit(EXIT.failed);
  },
);
