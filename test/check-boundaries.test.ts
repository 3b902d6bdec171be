import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// scripts/check-boundaries.mjs (run by `pnpm lint`) against small fixture trees shaped like this repository.
const script = fileURLToPath(new URL("../scripts/check-boundaries.mjs", import.meta.url));
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const manifest = (name: string, dependencies: Record<string, string> = {}, devDependencies: Record<string, string> = {}) =>
  JSON.stringify({ name, type: "module", dependencies, devDependencies });

// A clean tree: the real packages' dependency shape, each importing what it may.
const CLEAN: Record<string, string> = {
  "package.json": JSON.stringify({ name: "fixture", private: true, devDependencies: { vitest: "3" } }),
  "packages/proto/package.json": manifest("@hyperfleet/proto", { protobufjs: "8" }),
  "packages/proto/src/mod.ts": `import protobuf from "protobufjs/minimal.js";\nexport { hyperfleet } from "../generated/hyperfleet.js";\nexport const p = protobuf;\n`,
  "packages/proto/generated/hyperfleet.js": "export const hyperfleet = {};\n",
  "packages/optimizer/package.json": manifest("@hyperfleet/optimizer", {}, { "ml-matrix": "6" }),
  "packages/optimizer/src/mod.ts": `export { gp } from "./gp/gp.js";\nexport type { Kind } from "./kind.js";\n`,
  "packages/optimizer/src/kind.ts": `export type Kind = "a" | "b";\n`,
  "packages/optimizer/src/gp/gp.ts": `import type { Kind } from "../kind.js";\n// import { connect } from "@nats-io/transport-node"; (a comment, not an import)\nexport const gp = (k: Kind) => k;\n`,
  "packages/optimizer/src/gp/gp.test.ts": `import { readFileSync } from "node:fs";\nimport { Matrix } from "ml-matrix";\nimport { it } from "vitest";\nimport { gp } from "./gp.js";\nit("x", () => void [readFileSync, Matrix, gp]);\n`,
  "packages/transport/package.json": manifest("@hyperfleet/transport", { "@hyperfleet/proto": "workspace:*", "@nats-io/jetstream": "3", amqplib: "0.10" }),
  "packages/transport/src/mod.ts": `import { jetstream } from "@nats-io/jetstream";\nimport amqp from "amqplib";\nimport { hyperfleet } from "@hyperfleet/proto";\nexport const t = [jetstream, amqp, hyperfleet];\n`,
  "packages/coordinator/package.json": manifest("@hyperfleet/coordinator", { "@hyperfleet/optimizer": "workspace:*", "@hyperfleet/transport": "workspace:*" }),
  "packages/coordinator/src/mod.ts": `import { gp } from "@hyperfleet/optimizer";\nimport { t } from "@hyperfleet/transport";\nexport { a } from "./a.js";\nexport const c = [gp, t];\n`,
  "packages/coordinator/src/a.ts": `export const a = 1;\nexport const later = () => import("./b.js");\n`,
  "packages/coordinator/src/b.ts": `export const b = 2;\n`,
  "packages/worker/package.json": manifest("@hyperfleet/worker", { "@hyperfleet/transport": "workspace:*" }),
  "packages/worker/src/mod.ts": `import type { t } from "@hyperfleet/transport";\nexport type T = typeof t;\n`,
  "test/support/until.ts": `export const until = 1;\n`,
  "test/e2e.test.ts": `import { c } from "@hyperfleet/coordinator";\nimport { until } from "./support/until.js";\nexport const x = [c, until];\n`,
};

async function check(changes: Record<string, string | null>): Promise<{ status: number; lines: string[] }> {
  const root = mkdtempSync(join(tmpdir(), "check-boundaries-"));
  roots.push(root);
  const files = { ...CLEAN, ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  let status = 0;
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [script, root], { encoding: "utf8" }));
  } catch (err) {
    const failed = err as { code?: unknown; stdout?: string };
    if (typeof failed.code !== "number" || failed.stdout === undefined) throw err;
    ({ code: status, stdout } = failed as { code: number; stdout: string });
  }
  return { status, lines: stdout.split("\n").filter((l) => l !== "" && !l.startsWith("check-boundaries:")) };
}

// Concurrent: each case is a separate node process, most of whose time is loading TypeScript.
describe.concurrent("scripts/check-boundaries.mjs", () => {
  it("passes a clean tree (type imports, dynamic imports, tests' own modules, a commented-out import)", async () => {
    expect(await check({})).toEqual({ status: 0, lines: [] });
  });

  it("reports the optimizer importing another package of ours", async () => {
    const { status, lines } = await check({ "packages/optimizer/src/gp/fit.ts": `import { x } from "./x.js";\nimport { t } from "@hyperfleet/transport";\n`, "packages/optimizer/src/gp/x.ts": "export const x = 1;\n" });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^packages\/optimizer\/src\/gp\/fit\.ts:2: optimizer-pure: "@hyperfleet\/transport"/)]);
  });

  it("reports the optimizer doing I/O outside its tests, and a test importing something it may not", async () => {
    const { status, lines } = await check({
      "packages/optimizer/src/io.ts": `import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n`,
      "packages/optimizer/src/io.test.ts": `import { z } from "zod";\n`,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^packages\/optimizer\/src\/io\.test\.ts:1: optimizer-pure: "zod"/),
      expect.stringMatching(/^packages\/optimizer\/src\/io\.ts:1: optimizer-pure: "node:fs"/),
    ]);
  });

  it("reports a two-file cycle once, with its path", async () => {
    const { status, lines } = await check({ "packages/coordinator/src/b.ts": `import type { a } from "./a.js";\nexport const b: typeof a = 2;\n` });
    expect(status).toBe(1);
    expect(lines).toEqual(["packages/coordinator/src/a.ts:2: file-cycle: packages/coordinator/src/a.ts -> packages/coordinator/src/b.ts -> packages/coordinator/src/a.ts"]);
  });

  it("reports the worker importing the coordinator", async () => {
    const { status, lines } = await check({
      "packages/worker/package.json": manifest("@hyperfleet/worker", { "@hyperfleet/transport": "workspace:*", "@hyperfleet/coordinator": "workspace:*" }),
      "packages/worker/src/claim.ts": `export { c } from "@hyperfleet/coordinator";\n`,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^packages\/worker\/src\/claim\.ts:1: worker-not-coordinator: /)]);
  });

  it("reports a broker client or the generated code used outside the transport", async () => {
    const { status, lines } = await check({
      "packages/coordinator/package.json": manifest("@hyperfleet/coordinator", { "@hyperfleet/optimizer": "workspace:*", "@hyperfleet/transport": "workspace:*", "@nats-io/jetstream": "3" }),
      "packages/coordinator/src/b.ts": `\n\nimport { jetstream } from "@nats-io/jetstream";\nexport const b = jetstream;\n`,
      "test/raw.test.ts": `import amqp from "amqplib";\nimport { hyperfleet } from "../packages/proto/generated/hyperfleet.js";\nexport const x = [amqp, hyperfleet];\n`,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^packages\/coordinator\/src\/b\.ts:3: transport-only: "@nats-io\/jetstream"/),
      expect.stringMatching(/^test\/raw\.test\.ts:1: transport-only: "amqplib"/),
      expect.stringMatching(/^test\/raw\.test\.ts:2: transport-only: /),
    ]);
  });

  it("allows the transport conformance suite its raw broker clients, and nothing more", async () => {
    const { lines } = await check({
      "test/transport-conformance.test.ts": `import { connect } from "@nats-io/transport-node";\nimport amqp from "amqplib";\nimport protobuf from "protobufjs";\nexport const x = [connect, amqp, protobuf];\n`,
    });
    expect(lines).toEqual([expect.stringMatching(/^test\/transport-conformance\.test\.ts:3: transport-only: "protobufjs"/)]);
  });

  it("reports an undeclared workspace import, and the package cycle it makes", async () => {
    const { status, lines } = await check({ "packages/transport/src/back.ts": `import { c } from "@hyperfleet/coordinator";\nexport const back = c;\n` });
    expect(status).toBe(1);
    expect(lines).toEqual([
      "packages/coordinator/src/mod.ts:2: package-cycle: @hyperfleet/coordinator -> @hyperfleet/transport -> @hyperfleet/coordinator",
      expect.stringMatching(/^packages\/transport\/src\/back\.ts:1: undeclared-dependency: "@hyperfleet\/coordinator"/),
    ]);
  });

  it("reports a relative import into another package, and proto importing a package of ours", async () => {
    const { status, lines } = await check({
      "packages/worker/src/reach.ts": `import { gp } from "../../optimizer/src/gp/gp.js";\nexport const g = gp;\n`,
      "packages/proto/package.json": manifest("@hyperfleet/proto", { protobufjs: "8", "@hyperfleet/optimizer": "workspace:*" }),
      "packages/proto/src/wire.ts": `import type { Kind } from "@hyperfleet/optimizer";\nexport type W = Kind;\n`,
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^packages\/proto\/src\/wire\.ts:1: proto-independent: /),
      expect.stringMatching(/^packages\/worker\/src\/reach\.ts:1: relative-escape: .*packages\/optimizer/),
    ]);
  });
});
