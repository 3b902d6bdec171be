// The coordinator's API over HTTPS (--tls-cert, --tls-key) with a certificate from the test's own CA:
// a client that trusts the CA gets its answers; one that does not is refused by TLS itself.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryJournal, startCoordinatorService, type CoordinatorService } from "@hyperfleet/coordinator";
import { createInProcessTransport } from "@hyperfleet/transport";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCa } from "./support/test-ca.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-tls-"));
let service: CoordinatorService;
let pki: ReturnType<typeof makeTestCa>;

beforeAll(async () => {
  pki = makeTestCa(dir);
  const t = createInProcessTransport();
  service = await startCoordinatorService({ transport: t.coordinator, journal: new MemoryJournal(), token: "tls-token", http: { host: "127.0.0.1", port: 0, tls: { certFile: pki.cert, keyFile: pki.key } } });
});
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

function fetchOver(path: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(`${service.url}${path}`, { ...(ca ? { ca } : {}), headers: { authorization: "Bearer tls-token" } }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

describe("the coordinator's API over HTTPS", () => {
  it("answers a client that trusts its CA, and TLS refuses one that does not", async () => {
    expect(service.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ok = await fetchOver("/v1/jobs", readFileSync(pki.ca));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ jobs: [] });
    await expect(fetchOver("/healthz")).rejects.toThrow(/self-signed|unable to verify|certificate/i);
  });
});
