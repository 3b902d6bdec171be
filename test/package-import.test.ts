import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

// The optimizer must be usable from a plain `node` script through the package root, with no test
// tooling or TypeScript in between: this imports the built JavaScript the `exports` map points at.
function askTellBest(pkg: string): { params: { x: number }; value: number } {
  const script = `
    import { createOptimizer, HyperfleetError } from "${pkg}";
    const opt = createOptimizer({ space: { x: { type: "continuous", min: -2, max: 2 } }, objective: "minimize", seed: 1 });
    for (let i = 0; i < 8; i++) { const [s] = opt.ask(1); opt.tell(s.id, (s.params.x - 0.5) ** 2); }
    try { opt.tell(123, 1); } catch (e) { if (!(e instanceof HyperfleetError)) throw e; }
    console.log(JSON.stringify(opt.best()));
  `;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }).trim());
}

describe("the optimizer from a plain node script", () => {
  it("@hyperfleet/optimizer: imports createOptimizer and runs ask/tell", () => {
    expect(Math.abs(askTellBest("@hyperfleet/optimizer").params.x - 0.5)).toBeLessThan(0.3);
  });

  it("@hyperfleet/coordinator still re-exports it, with the same suggestions", () => {
    expect(askTellBest("@hyperfleet/coordinator")).toEqual(askTellBest("@hyperfleet/optimizer"));
  });

  it("@hyperfleet/optimizer has no runtime dependency", async () => {
    const { readFile } = await import("node:fs/promises");
    const manifest = JSON.parse(await readFile(`${root}/packages/optimizer/package.json`, "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});
