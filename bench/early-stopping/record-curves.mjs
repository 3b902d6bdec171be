// Records the learning curves that bench:early-stopping replays: the digits example (examples/
// digits-mlp/train.mjs, the quickstart's real training) run for MAX_EPOCHS epochs on a fixed,
// space-filling set of configurations of its job's search space, with the validation accuracy, loss
// and wall time of every epoch. Output: bench/early-stopping/curves.json.
//
//   node bench/early-stopping/record-curves.mjs [--configs 200] [--parallel 2]
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { SearchSpace } from "@hyperfleet/optimizer";
import { parse } from "yaml";
import { readFileSync } from "node:fs";

export const MAX_EPOCHS = 27;
const here = new URL(".", import.meta.url);
const train = new URL("../../examples/digits-mlp/train.mjs", here).pathname;
const job = parse(readFileSync(new URL("../../examples/digits-mlp/job.yaml", here), "utf8"));

const { values } = parseArgs({ options: { configs: { type: "string", default: "200" }, parallel: { type: "string", default: String(availableParallelism()) } } });
const n = Number(values.configs);
const space = new SearchSpace(job.parameters);

// A scrambled-free Halton design: deterministic and space-filling, so the set covers the space evenly.
const PRIMES = [2, 3, 5, 7, 11, 13];
const halton = (i, base) => {
  let f = 1;
  let r = 0;
  for (let k = i + 1; k > 0; k = Math.floor(k / base)) r += (f /= base) * (k % base);
  return r;
};
const configs = Array.from({ length: n }, (_, i) => space.decode(Float64Array.from(space.parameters.map((_, d) => halton(i, PRIMES[d])))));

function run(params) {
  return new Promise((resolve, reject) => {
    const args = [train, ...Object.entries(params).map(([k, v]) => `--${k}=${v}`), `--epochs=${MAX_EPOCHS}`];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    const epochs = [];
    let last = performance.now();
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      let i;
      while ((i = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        const m = /epoch=(\d+) train_loss=([\d.]+) val_loss=([\d.]+) val_accuracy=([\d.]+)/.exec(line);
        if (!m) continue;
        const now = performance.now();
        epochs.push({ epoch: Number(m[1]), valAccuracy: Number(m[4]), valLoss: Number(m[3]), seconds: Number(((now - last) / 1000).toFixed(4)) });
        last = now;
      }
    });
    child.on("exit", (code) => (code === 0 ? resolve(epochs) : reject(new Error(`train.mjs exited ${code} for ${JSON.stringify(params)}`))));
  });
}

const curves = new Array(n);
let next = 0;
let done = 0;
const started = performance.now();
async function lane() {
  while (next < n) {
    const i = next++;
    curves[i] = { params: configs[i], epochs: await run(configs[i]) };
    if (++done % 10 === 0) process.stderr.write(`${done}/${n} configurations recorded, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
await Promise.all(Array.from({ length: Number(values.parallel) }, lane));
writeFileSync(
  new URL("curves.json", here),
  JSON.stringify({ source: "examples/digits-mlp/train.mjs", maxEpochs: MAX_EPOCHS, space: job.parameters, objective: job.objective, recordedOn: new Date().toISOString(), curves }) + "\n",
);
process.stderr.write(`wrote bench/early-stopping/curves.json (${n} configurations x ${MAX_EPOCHS} epochs)\n`);
