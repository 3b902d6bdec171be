import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dropArtifacts } from "./artifacts.js";

const dir = mkdtempSync(join(tmpdir(), "hyperfleet-drop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dropArtifacts", () => {
  it("deletes a folder below the worker's artifacts root, and nothing else whatever the command says", () => {
    const root = join(dir, "root");
    const attempt = join(root, "job", "3", "attempt-1");
    mkdirSync(attempt, { recursive: true });
    writeFileSync(join(attempt, "stdout.log"), "x");
    const outside = join(dir, "precious");
    mkdirSync(outside);
    expect(dropArtifacts({ root }, join(root, "job", "..", "..", "precious"))).toBe(false);
    expect(dropArtifacts({ root }, root)).toBe(false);
    expect(dropArtifacts({ root }, "/etc")).toBe(false);
    expect(dropArtifacts(undefined, attempt)).toBe(false);
    expect(dropArtifacts({ root, keep: "none" }, attempt)).toBe(false);
    expect(existsSync(outside) && existsSync(attempt)).toBe(true);
    expect(dropArtifacts({ root }, attempt)).toBe(true);
    expect(existsSync(attempt)).toBe(false);
  });
});
