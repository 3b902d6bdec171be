#!/usr/bin/env node
// Generates generated/hyperfleet.js and its .d.ts from proto/hyperfleet/v1/*.proto with protobufjs-cli.
//   node scripts/generate.mjs           write the files
//   node scripts/generate.mjs --check   exit 1 when the checked-in files differ from a fresh generation
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const cli = dirname(require.resolve("protobufjs-cli/package.json"));
const protoDir = join(root, "proto");
const sources = readdirSync(join(protoDir, "hyperfleet/v1")).filter((f) => f.endsWith(".proto")).sort().map((f) => join(protoDir, "hyperfleet/v1", f));

function generate(outDir) {
  const js = join(outDir, "hyperfleet.js");
  execFileSync(process.execPath, [join(cli, "bin/pbjs"), "-t", "static-module", "-w", "es6", "--es6", "--dependency", "protobufjs/minimal.js", "-p", protoDir, "-o", js, ...sources], { stdio: "inherit" });
  execFileSync(process.execPath, [join(cli, "bin/pbts"), "-o", join(outDir, "hyperfleet.d.ts"), js], { stdio: "inherit" });
  return ["hyperfleet.js", "hyperfleet.d.ts"];
}

const target = join(root, "generated");
if (process.argv.includes("--check")) {
  const tmp = mkdtempSync(join(tmpdir(), "hyperfleet-proto-"));
  try {
    const stale = generate(tmp).filter((f) => {
      try {
        return readFileSync(join(tmp, f), "utf8") !== readFileSync(join(target, f), "utf8");
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`stale generated protocol code: ${stale.join(", ")}; run: pnpm --filter @hyperfleet/proto generate`);
      process.exit(1);
    }
    console.log("generated protocol code is up to date");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  mkdirSync(target, { recursive: true });
  for (const f of generate(target)) writeFileSync(join(target, f), readFileSync(join(target, f), "utf8"));
  console.log(`wrote ${target}`);
}
