// One run in a worker thread: a problem, a strategy, q trials in flight and a seed. As in
// bench/optimizer/run-one.mjs: ask q at once, then each time the oldest trial finishes, tell it (values
// and constraints) and ask for one more. The score: for "mo" problems the hypervolume of the feasible
// observed points over the true front's; for "constrained" ones the best feasible value.
import { parentPort, workerData } from "node:worker_threads";
import { createOptimizer, hypervolume } from "@hyperfleet/optimizer";
import { PROBLEMS, pointOf, spaceOf } from "./problems.mjs";

const { problem: name, strategy, q, seed, options = {} } = workerData;
parentPort.postMessage(runOne(PROBLEMS.find((p) => p.name === name), strategy, q, seed, options));

export function runOne(problem, strategy, q, seed, options) {
  const opt = createOptimizer({
    space: spaceOf(problem),
    ...(problem.objectives > 1 ? { objectives: new Array(problem.objectives).fill("minimize") } : { objective: "minimize" }),
    ...(problem.constraints > 0 ? { constraints: problem.constraints } : {}),
    strategy,
    seed,
    ...options,
  });
  const started = performance.now();
  const running = opt.ask(Math.min(q, problem.budget));
  let asked = running.length;
  const feasible = [];
  let best = Infinity;
  let firstFeasible;
  let told = 0;
  while (running.length > 0) {
    const trial = running.shift();
    const { values, constraints = [] } = problem.evaluate(pointOf(problem, trial.params));
    opt.tell(trial.id, problem.objectives > 1 ? values : values[0], problem.constraints > 0 ? { constraints } : {});
    told++;
    if (constraints.every((c) => c <= 0)) {
      feasible.push(values);
      best = Math.min(best, values[0]);
      firstFeasible ??= told;
    }
    if (asked < problem.budget) {
      running.push(...opt.ask(1));
      asked++;
    }
  }
  const score = problem.kind === "mo" ? hypervolume(feasible, problem.reference) / problem.trueHv : best;
  return { problem: name, strategy, q, seed, score, firstFeasible, front: opt.paretoFront().length, seconds: (performance.now() - started) / 1000 };
}
