#!/usr/bin/env node
// hyperfleet: one command, a subcommand per role. Exit codes: 0 success, 1 failure, 2 bad input.
import { reportFailure } from "./cli-failure.js";
import { coordinatorCommand } from "./commands/coordinator-command.js";
import { dashboardCommand } from "./commands/dashboard-command.js";
import { deleteCommand } from "./commands/delete-command.js";
import { logsCommand } from "./commands/logs-command.js";
import { serveCommand } from "./commands/serve-command.js";
import { statusCommand } from "./commands/status-command.js";
import { stopCommand } from "./commands/stop-command.js";
import { submitCommand } from "./commands/submit-command.js";
import { trialsCommand } from "./commands/trials-command.js";
import { tuneCommand } from "./commands/tune-command.js";
import { updateCommand } from "./commands/update-command.js";
import { workerCommand } from "./commands/worker-command.js";
import { closestName } from "@hyperfleet/coordinator";
import { EXIT, UsageError } from "./usage-error.js";
import { cliVersion } from "./version.js";

const HELP = `Usage: hyperfleet <command> [options]

Commands:
  tune          run a tuning job on this machine (embedded mode: nothing else to install)
  coordinator   run jobs for a cluster: optimizer state, HTTP API, metrics (NATS or RabbitMQ)
  worker        claim and run trials from a NATS or RabbitMQ broker
  serve         a coordinator for one machine, no broker: the API, suggestions for your own code
                (runtime: external, the Python client), local workers
  submit        send a job file to a coordinator; prints the job id
  status        a job's configuration, state and best trial (--watch to follow it); jobs by --status, --tag
  trials        a job's trials with their parameters, objective and why any was stopped
  update        change a running job's limits (--max-trials, --max-parallel, --max-failed)
  stop          stop a job (running trials are stopped, finished ones kept)
  delete        forget an ended job
  logs          a trial's output (--follow while it runs)
  dashboard     serve the dashboard for a run of tune, from its journal

Run "hyperfleet <command> --help" for a command's options; "hyperfleet --version" for the version.
Exit codes: 0 success, 1 the job or command failed, 2 bad input (spec, flags).
--debug (any command) prints the stack of an unexpected failure.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  tune: tuneCommand,
  coordinator: coordinatorCommand,
  worker: workerCommand,
  serve: serveCommand,
  submit: submitCommand,
  status: statusCommand,
  trials: trialsCommand,
  update: updateCommand,
  stop: stopCommand,
  delete: deleteCommand,
  logs: logsCommand,
  dashboard: dashboardCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    console.log(cliVersion());
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const suggestion = closestName(name, Object.keys(COMMANDS));
    throw new UsageError(`unknown command ${JSON.stringify(name)}${suggestion ? `; did you mean ${suggestion}?` : ""} (commands: ${Object.keys(COMMANDS).join(", ")})`);
  }
  return command(rest);
}

// --debug is every command's: it only decides whether a failure shows its stack.
const debug = process.argv.includes("--debug") || process.env.HYPERFLEET_DEBUG === "1";
// A failure outside the command's own promise (a broker callback, a timer) is reported the same way:
// one line and exit 1, never Node's stack dump.
const fail = (err: unknown) => process.exit(reportFailure(err, debug));
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
main(process.argv.slice(2).filter((a) => a !== "--debug")).then((code) => process.exit(code), fail);
