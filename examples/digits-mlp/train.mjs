#!/usr/bin/env node
// A one-hidden-layer MLP on the UCI handwritten digits (data/digits.csv.gz), trained with mini-batch
// SGD with momentum and L2. Plain Node, no dependencies: it runs as a process or in a container.
//
// Hyperparameters come from the file Hyperfleet names in HYPERFLEET_HYPERPARAMETERS_FILE, or from
// SageMaker's /opt/ml/input/config/hyperparameters.json, or from --name=value flags (by hand).
// Every epoch it prints one line that the job spec's metric regexes read:
//   epoch=3 train_loss=0.2412 val_loss=0.2210 val_accuracy=0.9432
// With HYPERFLEET_CHECKPOINT_DIR set it saves its weights there after each epoch and resumes from
// them (Hyperband promotions continue a trial instead of starting over).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));

function hyperparameters() {
  const file = process.env.HYPERFLEET_HYPERPARAMETERS_FILE ?? "/opt/ml/input/config/hyperparameters.json";
  const hp = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  for (const arg of process.argv.slice(2)) {
    const m = /^--([\w-]+)=(.*)$/.exec(arg);
    if (m) hp[m[1]] = m[2];
  }
  const num = (name, fallback) => (hp[name] === undefined ? fallback : Number(hp[name]));
  const out = {
    learningRate: num("learning_rate", 0.05),
    hiddenUnits: Math.round(num("hidden_units", 64)),
    l2: num("l2", 1e-4),
    batchSize: Math.round(num("batch_size", 32)),
    momentum: num("momentum", 0.9),
    epochs: Math.round(num("epochs", 20)),
    seed: Math.round(num("seed", 1)),
  };
  for (const [k, v] of Object.entries(out)) if (!Number.isFinite(v)) throw new Error(`hyperparameter ${k} is not a number: ${v}`);
  return out;
}

/** mulberry32: a small seeded generator, so a trial is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(array, random) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [array[i], array[j]] = [array[j], array[i]];
  }
  return array;
}

/** 1,797 images of 8x8 pixels (0-16) and their labels; a fixed 70/30 split (the same for every trial). */
function loadDigits() {
  const rows = gunzipSync(readFileSync(join(here, "data", "digits.csv.gz"))).toString("utf8").trim().split("\n");
  const order = shuffle([...rows.keys()], rng(20240601));
  const nTrain = Math.round(rows.length * 0.7);
  const pick = (indices) => {
    const x = new Float64Array(indices.length * 64);
    const y = new Int32Array(indices.length);
    indices.forEach((r, i) => {
      const cells = rows[r].split(",").map(Number);
      for (let k = 0; k < 64; k++) x[i * 64 + k] = cells[k] / 16;
      y[i] = cells[64];
    });
    return { x, y, n: indices.length };
  };
  return { train: pick(order.slice(0, nTrain)), validation: pick(order.slice(nTrain)) };
}

const IN = 64;
const OUT = 10;

function initialWeights(hidden, random) {
  // He initialisation for the ReLU layer, Glorot for the softmax layer.
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const w1 = Float64Array.from({ length: IN * hidden }, () => gauss() * Math.sqrt(2 / IN));
  const w2 = Float64Array.from({ length: hidden * OUT }, () => gauss() * Math.sqrt(2 / (hidden + OUT)));
  return { w1, b1: new Float64Array(hidden), w2, b2: new Float64Array(OUT), epoch: 0 };
}

/** Forward pass of one example; returns the hidden activations and the class probabilities. */
function forward(m, hidden, x, offset, h, p) {
  for (let j = 0; j < hidden; j++) {
    let s = m.b1[j];
    for (let k = 0; k < IN; k++) s += x[offset + k] * m.w1[k * hidden + j];
    h[j] = s > 0 ? s : 0;
  }
  let max = -Infinity;
  for (let c = 0; c < OUT; c++) {
    let s = m.b2[c];
    for (let j = 0; j < hidden; j++) s += h[j] * m.w2[j * OUT + c];
    p[c] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let c = 0; c < OUT; c++) z += p[c] = Math.exp(p[c] - max);
  for (let c = 0; c < OUT; c++) p[c] /= z;
}

function evaluate(m, hidden, data) {
  const h = new Float64Array(hidden);
  const p = new Float64Array(OUT);
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < data.n; i++) {
    forward(m, hidden, data.x, i * IN, h, p);
    loss -= Math.log(Math.max(p[data.y[i]], 1e-12));
    let arg = 0;
    for (let c = 1; c < OUT; c++) if (p[c] > p[arg]) arg = c;
    if (arg === data.y[i]) correct++;
  }
  return { loss: loss / data.n, accuracy: correct / data.n };
}

function trainEpoch(m, velocity, hp, data, random) {
  const { hiddenUnits: H, learningRate: lr, momentum: mu, l2, batchSize } = hp;
  const grads = { w1: new Float64Array(m.w1.length), b1: new Float64Array(H), w2: new Float64Array(m.w2.length), b2: new Float64Array(OUT) };
  const h = new Float64Array(H);
  const p = new Float64Array(OUT);
  const dh = new Float64Array(H);
  const order = shuffle([...Array(data.n).keys()], random);
  for (let start = 0; start < data.n; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    for (const g of Object.values(grads)) g.fill(0);
    for (const i of batch) {
      const off = i * IN;
      forward(m, H, data.x, off, h, p);
      p[data.y[i]] -= 1; // softmax cross-entropy gradient
      dh.fill(0);
      for (let j = 0; j < H; j++) {
        for (let c = 0; c < OUT; c++) {
          grads.w2[j * OUT + c] += h[j] * p[c];
          dh[j] += m.w2[j * OUT + c] * p[c];
        }
        if (h[j] <= 0) dh[j] = 0;
      }
      for (let c = 0; c < OUT; c++) grads.b2[c] += p[c];
      for (let k = 0; k < IN; k++) {
        const xk = data.x[off + k];
        if (xk === 0) continue;
        for (let j = 0; j < H; j++) grads.w1[k * H + j] += xk * dh[j];
      }
      for (let j = 0; j < H; j++) grads.b1[j] += dh[j];
    }
    for (const name of ["w1", "b1", "w2", "b2"]) {
      const w = m[name];
      const g = grads[name];
      const v = velocity[name];
      const decay = name[0] === "w" ? l2 : 0;
      for (let k = 0; k < w.length; k++) {
        v[k] = mu * v[k] - lr * (g[k] / batch.length + decay * w[k]);
        w[k] += v[k];
      }
    }
  }
  return evaluate(m, H, data).loss;
}

function loadCheckpoint(dir, hp) {
  const file = dir && join(dir, "model.json");
  if (!file || !existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, "utf8"));
  if (saved.hiddenUnits !== hp.hiddenUnits) return undefined;
  const arrays = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? Float64Array.from(v) : v]));
  return { model: arrays(saved.model), velocity: arrays(saved.velocity) };
}

function saveCheckpoint(dir, hp, model, velocity) {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const plain = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v) : v]));
  writeFileSync(join(dir, "model.json.tmp"), JSON.stringify({ hiddenUnits: hp.hiddenUnits, model: plain(model), velocity: plain(velocity) }));
  renameSync(join(dir, "model.json.tmp"), join(dir, "model.json")); // never a half-written checkpoint
}

function main() {
  const hp = hyperparameters();
  const { train, validation } = loadDigits();
  const random = rng(hp.seed);
  const checkpointDir = process.env.HYPERFLEET_CHECKPOINT_DIR;
  const resumed = loadCheckpoint(checkpointDir, hp);
  const model = resumed?.model ?? initialWeights(hp.hiddenUnits, random);
  const velocity = resumed?.velocity ?? { w1: new Float64Array(model.w1.length), b1: new Float64Array(hp.hiddenUnits), w2: new Float64Array(model.w2.length), b2: new Float64Array(OUT) };
  if (resumed) console.log(`resumed from epoch ${model.epoch}`);
  for (let epoch = model.epoch + 1; epoch <= hp.epochs; epoch++) {
    const trainLoss = trainEpoch(model, velocity, hp, train, random);
    const v = evaluate(model, hp.hiddenUnits, validation);
    // A diverged run reports its loss as a large finite number, so the tuner can still learn from it.
    const finite = (x) => (Number.isFinite(x) ? x : 1e3);
    console.log(`epoch=${epoch} train_loss=${finite(trainLoss).toFixed(4)} val_loss=${finite(v.loss).toFixed(4)} val_accuracy=${v.accuracy.toFixed(4)}`);
    model.epoch = epoch;
    saveCheckpoint(checkpointDir, hp, model, velocity);
  }
}

main();
