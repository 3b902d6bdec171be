import { readFileSync } from "node:fs";

/**
 * The CLI's version, from its package.json: one folder above dist/ in the checkout, in the staged
 * production build (pnpm deploy) and in an npm install alike.
 */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}
