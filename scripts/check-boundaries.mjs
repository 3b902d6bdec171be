#!/usr/bin/env node
// Lint that guards the shape (docs: /work/shared/design.md, "Parts" and "Conventions"): no import cycles, no
// import across the package boundaries. Run by `pnpm lint` after eslint.
//
//   node scripts/check-boundaries.mjs [root]      root defaults to the repository this script is in
//
// It reads every .ts file under <root>/packages/*/src and <root>/test, takes each import specifier (static
// `import ... from`, `import type`, `export ... from`, `import x = require()`, `import("...")`, and
// `typeof import("...")` in types) with TypeScript's own parser (already a devDependency, so strings in
// comments or template text are never mistaken for imports), and prints one line per violation:
//
//   file:line: rule: detail
//
// then exits 1 if there was any. Rules:
//   file-cycle             a cycle of relative imports among the files of one package (one path per cycle)
//   package-cycle          a cycle among the workspace packages
//   optimizer-pure         @hyperfleet/optimizer imports nothing but its own files (no @hyperfleet/*, no other
//                          module, not even node:); its *.test.ts files may also import node:*, vitest, ml-matrix
//   proto-independent      @hyperfleet/proto imports no @hyperfleet/* package
//   worker-not-coordinator @hyperfleet/worker never imports @hyperfleet/coordinator
//   transport-only         only packages/transport/src (and packages/proto) import @nats-io/*, amqplib,
//                          protobufjs or @hyperfleet/proto (the generated wire types), see TEST_BROKER_CLIENTS
//   undeclared-dependency  a package imports a module its package.json does not declare (its tests may also use
//                          its devDependencies, and the root's devDependencies for modules not in the workspace)
//   self-import            a package imports itself by name (that goes through dist/, around the file graph)
//   relative-escape        a relative import that leaves its package's folder (`../../transport/src/...`)
//   unresolved-import      a relative import that names no file (the graph would be incomplete)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// Tests under test/ that talk to a broker with its raw client, on purpose: the transport conformance suite
// injects messages and breaks connections underneath the transport it tests. Nothing else in test/ does;
// a new file that needs to has to be added here, in review.
const TEST_BROKER_CLIENTS = new Map([
  ["test/transport-conformance.test.ts", ["@nats-io/", "amqplib"]],
  // makes the nkeys its server trusts, with the client library's own nkeys module
  ["test/nats-auth.test.ts", ["@nats-io/"]],
  // forges what a worker with worker credentials could send, to show the server refuses it
  ["test/nats-permissions.test.ts", ["@nats-io/"]],
  // reads the classes stream and counts the server's API requests as a worker's identity would
  ["test/nats-worker-classes.test.ts", ["@nats-io/"]],
  ["test/rabbitmq-security.test.ts", ["amqplib"]],
  // signs in to the rendered manifests' nats-server as each pod would, and with the wrong passwords
  ["test/deploy-manifests.test.ts", ["@nats-io/"]],
  // signs operator, account and user JWTs with the client library's nkeys (no nsc on the machine)
  ["test/support/nats-jwt.ts", ["@nats-io/"]],
]);

// Modules that are only the transport's business (design.md: "Only here are @nats-io/*, amqplib and
// generated protobuf types imported"). @hyperfleet/proto's root export is the generated code, so it counts.
const TRANSPORT_ONLY = [
  { test: (m) => m.startsWith("@nats-io/"), what: "a NATS client" },
  { test: (m) => m === "amqplib" || m.startsWith("amqplib/"), what: "the RabbitMQ client" },
  { test: (m) => m === "protobufjs" || m.startsWith("protobufjs/"), what: "protobufjs" },
  { test: (m) => m === "@hyperfleet/proto" || m.startsWith("@hyperfleet/proto/"), what: "the generated wire types" },
];

const OPTIMIZER_TEST_MODULES = new Set(["vitest", "ml-matrix"]);

const builtins = new Set(builtinModules);
const isBuiltin = (spec) => spec.startsWith("node:") || builtins.has(spec) || builtins.has(spec.split("/")[0]);
const packageNameOf = (spec) => (spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
const isTestFile = (rel) => rel.endsWith(".test.ts") || rel.startsWith("test/");
const posix = (p) => p.split(sep).join("/");

export function checkBoundaries(root) {
  const violations = [];
  const report = (file, line, rule, detail) => violations.push({ file, line, rule, detail });

  // Workspace packages: packages/<dir>/package.json.
  const packages = [];
  const packagesDir = join(root, "packages");
  for (const dir of existsSync(packagesDir) ? readdirSync(packagesDir).sort() : []) {
    const manifestPath = join(packagesDir, dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    packages.push({
      dir: `packages/${dir}`,
      name: manifest.name ?? dir,
      deps: new Set(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies })),
      devDeps: new Set(Object.keys(manifest.devDependencies ?? {})),
    });
  }
  const byName = new Map(packages.map((p) => [p.name, p]));
  const packageOfPath = (rel) => packages.find((p) => rel === p.dir || rel.startsWith(`${p.dir}/`));
  const rootManifestPath = join(root, "package.json");
  const rootDevDeps = new Set(
    existsSync(rootManifestPath) ? Object.keys(JSON.parse(readFileSync(rootManifestPath, "utf8")).devDependencies ?? {}) : [],
  );

  const files = [];
  for (const p of packages) files.push(...listTs(root, `${p.dir}/src`));
  files.push(...listTs(root, "test"));
  const fileSet = new Set(files);

  const fileEdges = new Map(); // file -> [{ to, line }] (relative imports inside one package)
  const packageEdges = new Map(); // package name -> Map(package name -> { file, line })
  for (const p of packages) packageEdges.set(p.name, new Map());

  for (const file of files) {
    const pkg = packageOfPath(file);
    const test = isTestFile(file);
    const edges = [];
    fileEdges.set(file, edges);
    for (const { spec, line } of importsOf(join(root, file))) {
      if (spec.startsWith(".") || spec.startsWith("/")) {
        const target = resolveRelative(root, file, spec);
        if (target === undefined) {
          report(file, line, "unresolved-import", `"${spec}" names no file`);
          continue;
        }
        if (target.startsWith("../")) {
          report(file, line, "relative-escape", `"${spec}" leaves the repository`);
          continue;
        }
        const targetPkg = packageOfPath(target);
        if (pkg && targetPkg !== pkg) {
          report(file, line, "relative-escape", `"${spec}" reaches into ${targetPkg ? targetPkg.dir : target}; import ${targetPkg ? targetPkg.name : "it"} by name, through its package.json`);
          continue;
        }
        if (pkg?.name === "@hyperfleet/proto" && target.startsWith(`${pkg.dir}/generated/`)) continue; // its own generated code
        if (!pkg && targetPkg) {
          // test/ reaching into a package's files rather than its public entry.
          if (target.startsWith(`${targetPkg.dir}/generated/`) || targetPkg.name === "@hyperfleet/proto") {
            if (!allowedInTest(file, "@hyperfleet/proto")) report(file, line, "transport-only", `"${spec}" is the generated wire code; only packages/transport/src may use it`);
          }
          continue;
        }
        if (fileSet.has(target)) edges.push({ to: target, line });
        continue;
      }

      // A bare module.
      const name = packageNameOf(spec);
      const builtin = isBuiltin(spec);
      if (pkg && byName.has(name) && name !== pkg.name) {
        // Every import of one workspace package by another is an edge, declared or not, test or not:
        // a cycle is a cycle even when a rule below also complains about one of its edges.
        const edgesOut = packageEdges.get(pkg.name);
        if (!edgesOut.has(name)) edgesOut.set(name, { file, line });
      }
      if (pkg?.name === "@hyperfleet/optimizer") {
        const ok = test && (spec.startsWith("node:") || OPTIMIZER_TEST_MODULES.has(name));
        if (!ok) {
          report(file, line, "optimizer-pure", test
            ? `"${spec}": the optimizer's tests import only its own files, node:*, ${[...OPTIMIZER_TEST_MODULES].join(", ")}`
            : `"${spec}": the optimizer imports nothing but its own files (no package, no node: module: the maths does no I/O)`);
          continue;
        }
      }
      if (pkg?.name === "@hyperfleet/proto" && name.startsWith("@hyperfleet/") && name !== pkg.name) {
        report(file, line, "proto-independent", `"${spec}": @hyperfleet/proto depends on nothing of ours`);
        continue;
      }
      if (pkg?.name === "@hyperfleet/worker" && name === "@hyperfleet/coordinator") {
        report(file, line, "worker-not-coordinator", `"${spec}": the worker never imports the coordinator`);
        continue;
      }
      const transportOnly = TRANSPORT_ONLY.find((t) => t.test(spec));
      const inTransport = pkg?.name === "@hyperfleet/transport" || pkg?.name === "@hyperfleet/proto";
      if (transportOnly && !inTransport && !(!pkg && allowedInTest(file, spec))) {
        report(file, line, "transport-only", `"${spec}" is ${transportOnly.what}; only packages/transport/src imports it, and converts to domain types there`);
        continue;
      }
      if (/(^|\/)generated(\/|$)/.test(spec.slice(name.length)) && byName.has(name) && !inTransport) {
        report(file, line, "transport-only", `"${spec}" is generated code; only packages/transport/src imports it`);
        continue;
      }
      if (!pkg || builtin) continue; // test/ uses whatever the root package has; builtins need no declaring
      if (name === pkg.name) {
        report(file, line, "self-import", `"${spec}": ${pkg.name} imports itself by name; use a relative import`);
        continue;
      }
      // Tests may use devDependencies, and the root's (vitest) for outside modules, but another workspace
      // package has to be in the package's own manifest.
      const declared =
        pkg.deps.has(name) || pkg.deps.has(`@types/${name}`) || (test && (pkg.devDeps.has(name) || (!byName.has(name) && rootDevDeps.has(name))));
      if (!declared) {
        report(file, line, "undeclared-dependency", `"${spec}": ${pkg.dir}/package.json does not declare ${name}${test ? "" : " in dependencies"}`);
      }
    }
  }

  // Cycles among the files of each package.
  for (const cycle of cyclesOf([...fileEdges.keys()], (f) => fileEdges.get(f).map((e) => e.to))) {
    const first = fileEdges.get(cycle[0]).find((e) => e.to === cycle[1]);
    report(cycle[0], first.line, "file-cycle", cycle.concat(cycle[0]).join(" -> "));
  }
  // Cycles among the packages.
  for (const cycle of cyclesOf(packages.map((p) => p.name), (n) => [...packageEdges.get(n).keys()])) {
    const first = packageEdges.get(cycle[0]).get(cycle[1]);
    report(first.file, first.line, "package-cycle", cycle.concat(cycle[0]).join(" -> "));
  }

  violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
  return { files: files.length, violations };
}

function allowedInTest(file, spec) {
  return (TEST_BROKER_CLIENTS.get(file) ?? []).some((prefix) => spec === prefix || (prefix.endsWith("/") && spec.startsWith(prefix)));
}

function listTs(root, dir) {
  const out = [];
  const walk = (rel) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && /\.(c|m)?ts$/.test(entry.name)) out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** Every module specifier in a file, with its 1-based line. */
function importsOf(absPath) {
  const text = readFileSync(absPath, "utf8");
  const source = ts.createSourceFile(absPath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (node) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ spec: node.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The repository-relative path a relative specifier resolves to (NodeNext: "./x.js" is ./x.ts), or undefined. */
function resolveRelative(root, fromFile, spec) {
  const base = resolve(root, dirname(fromFile), spec);
  const candidates = [base];
  const swap = { ".js": ".ts", ".mjs": ".mts", ".cjs": ".cts", ".jsx": ".tsx" };
  for (const [js, tsExt] of Object.entries(swap)) if (base.endsWith(js)) candidates.unshift(base.slice(0, -js.length) + tsExt);
  candidates.push(`${base}.ts`, join(base, "index.ts"));
  for (const c of candidates) {
    if (existsSync(c) && statSync(c).isFile()) return posix(relative(root, c));
  }
  return undefined;
}

/**
 * One cycle per strongly connected component (Tarjan), as the shortest path from its first node back to
 * itself, so a tangle of N files is one line rather than N.
 */
function cyclesOf(nodes, next) {
  let index = 0;
  const info = new Map();
  const stack = [];
  const components = [];
  const strongConnect = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of next(v)) {
      if (!info.has(w)) {
        strongConnect(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      components.push(component);
    }
  };
  for (const v of nodes) if (!info.has(v)) strongConnect(v);

  const cycles = [];
  for (const component of components) {
    const members = new Set(component);
    const start = [...component].sort()[0];
    if (component.length === 1 && !next(start).includes(start)) continue;
    // Breadth-first from start, inside the component, until an edge leads back to start.
    const parent = new Map([[start, undefined]]);
    const queue = [start];
    let last;
    while (queue.length && last === undefined) {
      const v = queue.shift();
      for (const w of next(v)) {
        if (w === start) {
          last = v;
          break;
        }
        if (members.has(w) && !parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [];
    for (let v = last; v !== undefined; v = parent.get(v)) path.unshift(v);
    cycles.push(path);
  }
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const { files, violations } = checkBoundaries(root);
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.rule}: ${v.detail}`);
  if (files === 0) {
    console.error(`check-boundaries: no .ts files under ${root}/packages/*/src or ${root}/test`);
    process.exit(1);
  }
  if (violations.length > 0) {
    console.error(`check-boundaries: ${violations.length} violation(s) in ${files} files`);
    process.exit(1);
  }
  console.log(`check-boundaries: ${files} files, no import cycle, no boundary crossed`);
}
