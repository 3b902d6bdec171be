#!/usr/bin/env node
// Builds the dashboard into dist/: src/main.tsx (with uPlot's CSS and ours) bundled and minified by
// esbuild into content-hashed files under dist/assets/, and dist/index.html that loads them. Nothing is
// fetched from anywhere but the page's own origin. Prints the time it took.
//
//   node packages/dashboard/scripts/build.mjs
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const started = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
rmSync(join(dist, "assets"), { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/main.tsx"],
  bundle: true,
  // HYPERFLEET_DASHBOARD_DEBUG=1: readable names, for a profile of the page (bench:dashboard).
  minify: !process.env.HYPERFLEET_DASHBOARD_DEBUG,
  format: "esm",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  jsx: "automatic",
  jsxImportSource: "preact",
  outdir: "dist",
  entryNames: "assets/[name]-[hash]",
  assetNames: "assets/[name]-[hash]",
  metafile: true,
  legalComments: "none",
  logLevel: "warning",
});

let js;
let css;
for (const [out, meta] of Object.entries(result.metafile.outputs)) {
  if (meta.entryPoint === "src/main.tsx" && out.endsWith(".js")) js = out;
  if (out.endsWith(".css")) css = out;
}
if (!js) throw new Error("esbuild wrote no JavaScript entry");
const href = (p) => relative("dist", p).split("\\").join("/");
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hyperfleet</title>
<link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="${href(css)}">\n` : ""}<script type="module" src="${href(js)}"></script>
</head>
<body>
<div id="app"></div>
<noscript>The Hyperfleet dashboard needs JavaScript.</noscript>
</body>
</html>
`;
writeFileSync(join(dist, "index.html"), html);

const sizes = Object.entries(result.metafile.outputs).map(([p, m]) => `${basename(p)} ${(m.bytes / 1024).toFixed(1)} KiB`);
console.error(`dashboard: built ${sizes.join(", ")} + index.html in ${Math.round(performance.now() - started)} ms`);
