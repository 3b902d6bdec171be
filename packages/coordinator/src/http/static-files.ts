import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import type { ServerResponse } from "node:http";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
};

/**
 * The dashboard's built files (packages/dashboard/dist): `/` is its index.html, never cached (it
 * names the current bundle), and `/assets/<name>` its content-hashed files, cached for a year. Only
 * plain file names below assets/ are served: nothing else of the disk is reachable. Returns false
 * when the path is not the dashboard's.
 */
export function sendDashboardFile(dir: string | undefined, path: string, res: ServerResponse): boolean {
  const asset = /^\/assets\/([A-Za-z0-9][A-Za-z0-9._-]*)$/.exec(path)?.[1];
  if (path !== "/" && path !== "/index.html" && asset === undefined) return false;
  const file = dir === undefined ? undefined : asset === undefined ? join(dir, "index.html") : join(dir, "assets", asset);
  if (!file || !existsSync(file)) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ code: "NOT_FOUND", message: dir === undefined ? "the dashboard is not part of this install (packages/dashboard): the API is under /v1" : `no dashboard file ${path}: build it with npx -y pnpm@12.4.2 build` }));
    return true;
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": asset === undefined ? "no-cache" : "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
    // The page talks to this coordinator only (the rule, enforced by the browser too).
    ...(asset === undefined ? { "content-security-policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'" } : {}),
  });
  res.end(readFileSync(file));
  return true;
}
