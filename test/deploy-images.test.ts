// The container images of deploy/docker, built by deploy/docker/build-images.sh against a Docker
// engine of the test's own. No image can be pulled here, so the Node base is this machine's node in a
// FROM scratch image (NODE_IMAGE); the Dockerfiles and the script are the ones users run.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DockerEngine } from "./support/docker-engine.js";

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL("../deploy/docker/build-images.sh", import.meta.url));
const BASE = "hyperfleet-test/node-base:1";
let engine: DockerEngine;

beforeAll(async () => {
  engine = await DockerEngine.start();
  await engine.buildNodeImage(BASE, {});
  // The pnpm that runs the tests, when it does (npm_execpath); the script's own npx otherwise.
  const execpath = process.env.npm_execpath;
  const pnpm = execpath?.includes("pnpm") ? (/\.[cm]?js$/.test(execpath) ? `${process.execPath} ${execpath}` : execpath) : undefined;
  const { stdout } = await run("bash", [SCRIPT, "test"], { env: { ...process.env, DOCKER_HOST: engine.host, NODE_IMAGE: BASE, SKIP_BUILD: "1", ...(pnpm ? { PNPM: pnpm } : {}) }, maxBuffer: 16 * 2 ** 20 });
  expect(stdout).toContain("built hyperfleet/coordinator:test");
  expect(stdout).toContain("built hyperfleet/worker:test");
}, 240_000);
afterAll(async () => {
  await engine?.stop();
}, 60_000);

describe("container images", () => {
  it("the coordinator image runs as a non-root user and answers --help", async () => {
    const { stdout: user } = await engine.docker("image", "inspect", "-f", "{{.Config.User}}", "hyperfleet/coordinator:test");
    expect(user.trim()).toBe("1000:1000");
    const { stdout } = await engine.docker("run", "--rm", "hyperfleet/coordinator:test", "--help");
    expect(stdout).toContain("hyperfleet coordinator");
  });

  it("the worker image runs as a non-root user, answers --help and carries the example training", async () => {
    const { stdout: user } = await engine.docker("image", "inspect", "-f", "{{.Config.User}}", "hyperfleet/worker:test");
    expect(user.trim()).toBe("1000:1000");
    const { stdout } = await engine.docker("run", "--rm", "hyperfleet/worker:test", "--help");
    expect(stdout).toContain("hyperfleet worker");
    const trained = await engine.docker("run", "--rm", "--entrypoint", "node", "hyperfleet/worker:test", "/opt/hyperfleet/examples/digits-mlp/train.mjs", "--epochs=1");
    expect(trained.stdout).toMatch(/epoch=1 .*val_accuracy=0\.\d+/);
  });
});
