// One suggestion's own cost, for the Bayesian scenario: the same space and objective as its jobs, the
// same observation count, maxParallelTrials - 1 trials pending (what a freed slot's ask sees), timed
// in the bench process after the scenario's processes are gone. What the coordinator does per
// result is tell + ask(1), so that is what is timed: the median of 7, on a second optimizer, after a
// first one has warmed up the JIT (a cold first run costs about three times as much).
import { createOptimizer } from "@hyperfleet/optimizer";

const space = { x: { type: "continuous", min: 0, max: 1 } };
const f = (p) => (Number(p.x) - 0.3) ** 2;

function measure(observations, pending, repeats) {
  const opt = createOptimizer({ space, objective: "minimize", strategy: "bayesian", seed: 1 });
  const random = createOptimizer({ space, objective: "minimize", strategy: "random", seed: 2 });
  const points = random.ask(observations + pending);
  opt.importObservations(points.map((s, i) => (i < observations ? { params: s.params, state: "completed", value: f(s.params) } : { params: s.params, state: "pending" })));
  let [s] = opt.ask(1);
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    opt.tell(s.id, f(s.params));
    [s] = opt.ask(1);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export function askTime(observations, pending, repeats = 7) {
  measure(observations, pending, repeats);
  const times = measure(observations, pending, repeats);
  return { observations, pending, medianMs: times[repeats >> 1], maxMs: times.at(-1) };
}
