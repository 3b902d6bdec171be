import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Whether the request carries the bearer token. The scheme is case-insensitive (RFC 7235); the
 * tokens are compared as SHA-256 digests in constant time, so neither their length nor a prefix leaks.
 */
export function bearerMatches(req: IncomingMessage, token: string): "missing" | "wrong" | "ok" {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return "missing";
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(match[1]!), digest(token)) ? "ok" : "wrong";
}

/**
 * Whether a request body is declared JSON. Only application/json (or a +json type) is read: a web
 * page can send text/plain or a form across origins without a preflight, and must not be able to
 * submit a job.
 */
export function declaresJson(req: IncomingMessage): boolean {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/** A path segment decoded, or undefined when its escapes are malformed (%, %ff%fe). */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
