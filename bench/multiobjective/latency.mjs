// Latency of one ask with 2 objectives and 1 constraint after n observations: DTLZ2's 6-D box with the
// constraint sum(x) <= 3; the n observations (random points with their values) are imported, two
// tell+ask cycles warm the models and the JIT up, then `repeats` tell+ask cycles are timed one by one.
import { createOptimizer } from "@hyperfleet/optimizer";
import { PROBLEMS, pointOf, spaceOf } from "./problems.mjs";

export function measureAskLatency(n = 100, repeats = 7, warmup = 2) {
  const dtlz2 = PROBLEMS.find((p) => p.name === "dtlz2");
  const outcome = (params) => {
    const x = pointOf(dtlz2, params);
    return { values: dtlz2.evaluate(x).values, constraints: [x.reduce((s, v) => s + v, 0) - 3] };
  };
  const options = { space: spaceOf(dtlz2), objectives: ["minimize", "minimize"], constraints: 1 };
  const opt = createOptimizer({ ...options, seed: 1 });
  const random = createOptimizer({ ...options, strategy: "random", seed: 2 });
  opt.importObservations(random.ask(n).map((s) => ({ params: s.params, state: "completed", ...outcome(s.params) })));
  let [s] = opt.ask(1);
  const times = [];
  for (let r = 0; r < warmup + repeats; r++) {
    const o = outcome(s.params);
    const t = performance.now();
    opt.tell(s.id, o.values, { constraints: o.constraints });
    [s] = opt.ask(1);
    if (r >= warmup) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { n, objectives: 2, constraints: 1, medianMs: times[(repeats - 1) >> 1], maxMs: times.at(-1), timesMs: times };
}
