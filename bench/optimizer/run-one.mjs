// One benchmark run in a worker thread: a function, a strategy, a batch size q and a seed.
// q trials stay in flight, as with q workers and equal trial durations: ask q at once, then each time
// the oldest trial finishes, tell its value and ask for one more (which conditions on the q - 1
// still running through the constant liar).
import { parentPort, workerData } from "node:worker_threads";
import { createOptimizer } from "@hyperfleet/optimizer";
import { FUNCTIONS, call, spaceOf } from "./functions.mjs";

const { fn: name, strategy, q, seed, liar } = workerData;
const fn = FUNCTIONS.find((f) => f.name === name);
const opt = createOptimizer({ space: spaceOf(fn), objective: "minimize", strategy, seed, ...(liar ? { batch: { liar } } : {}) });
const started = performance.now();
const running = opt.ask(Math.min(q, fn.budget));
let asked = running.length;
let best = Infinity;
while (running.length > 0) {
  const trial = running.shift();
  const value = call(fn, trial.params);
  best = Math.min(best, value);
  opt.tell(trial.id, value);
  if (asked < fn.budget) {
    running.push(...opt.ask(1));
    asked++;
  }
}
parentPort.postMessage({ fn: name, strategy, q, seed, liar, best, seconds: (performance.now() - started) / 1000 });
