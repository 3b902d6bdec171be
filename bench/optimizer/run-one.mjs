// One benchmark run in a worker thread: a function (or a scenario of issue #16), a strategy, a batch
// size q and a seed. q trials stay in flight, as with q workers and equal trial durations: ask q at
// once, then each time the oldest trial finishes, tell its outcome and ask for one more (which
// conditions on the q - 1 still running through the constant liar).
import { parentPort, workerData } from "node:worker_threads";
import { createOptimizer } from "@hyperfleet/optimizer";
import { FUNCTIONS, call, spaceOf } from "./functions.mjs";
import { countRepeats } from "./repeats.mjs";
import { SCENARIOS } from "./scenarios.mjs";

const { fn: name, scenario: scenarioName, strategy, q, seed, liar, stoppedTrials } = workerData;
const scenario = scenarioName && SCENARIOS.find((s) => s.name === scenarioName);
const fn = FUNCTIONS.find((f) => f.name === (scenario ? scenario.fn : name));
const budget = scenario ? scenario.budget : fn.budget;
const space = spaceOf(fn);
const opt = createOptimizer({ space, objective: "minimize", strategy, seed, ...(liar ? { batch: { liar } } : {}), ...(stoppedTrials ? { stoppedTrials } : {}) });
const started = performance.now();
const suggested = [];
const ask = (n) => {
  const batch = opt.ask(n);
  suggested.push(...batch.map((s) => s.params));
  return batch;
};
const running = ask(Math.min(q, budget));
let asked = running.length;
let best = Infinity;
let failed = 0;
let stopped = 0;
const completed = [];
while (running.length > 0) {
  const trial = running.shift();
  const value = call(fn, trial.params);
  const outcome = scenario ? scenario.outcome(trial.params, value, completed) : "completed";
  if (outcome === "failed") {
    failed++;
    opt.tellFailure(trial.id);
  } else if (outcome === "stopped") {
    stopped++;
    opt.tellStopped(trial.id);
  } else {
    best = Math.min(best, value);
    completed.push(value);
    opt.tell(trial.id, value);
  }
  if (asked < budget) {
    running.push(...ask(1));
    asked++;
  }
}
parentPort.postMessage({
  fn: name,
  scenario: scenarioName,
  strategy,
  q,
  seed,
  liar,
  best,
  failed,
  stopped,
  trials: suggested.length,
  repeats: countRepeats(space, suggested),
  seconds: (performance.now() - started) / 1000,
});
