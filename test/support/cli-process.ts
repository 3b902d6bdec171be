import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built CLI (`tsc -b` makes it before the tests run). */
export const CLI = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url));

/** CLI commands run as processes of their own (coordinators, workers), all killed with -9 by killAll(). */
export class CliProcesses {
  private readonly children: ChildProcess[] = [];

  /** Starts `hyperfleet <args>`; stderr is piped so that a test may read its log lines. */
  spawn(args: readonly string[]): ChildProcess {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    this.children.push(child);
    return child;
  }

  killAll(): void {
    for (const c of this.children) c.kill("SIGKILL");
  }
}

/** A JSON call to a coordinator's API (`api` read at each call) with its bearer token. */
export function apiCaller(api: () => string, token: string) {
  return async (path: string, init: RequestInit = {}): Promise<Record<string, unknown>> => {
    const res = await fetch(`${api()}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } });
    return res.json() as Promise<Record<string, unknown>>;
  };
}
