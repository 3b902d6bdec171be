// Latency of one tell+ask in 6-D after n observations: the n observations (random points of the
// Hartmann6 box with their values) are imported, one ask and two tell+ask cycles warm the model
// and the JIT up, then nine tell+ask cycles are timed one by one.
import { createOptimizer } from "@hyperfleet/optimizer";
import { FUNCTIONS, call, spaceOf } from "./functions.mjs";

export function measureLatency(sizes, repeats = 9, warmup = 2) {
  const fn = FUNCTIONS.find((f) => f.name === "hartmann6");
  return sizes.map((n) => {
    const opt = createOptimizer({ space: spaceOf(fn), objective: "minimize", seed: 1 });
    const random = createOptimizer({ space: spaceOf(fn), objective: "minimize", strategy: "random", seed: 2 });
    opt.importObservations(random.ask(n).map((s) => ({ params: s.params, state: "completed", value: call(fn, s.params) })));
    let [s] = opt.ask(1);
    const times = [];
    for (let r = 0; r < warmup + repeats; r++) {
      const t = performance.now();
      opt.tell(s.id, call(fn, s.params));
      [s] = opt.ask(1);
      if (r >= warmup) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { n, medianMs: times[(repeats - 1) >> 1], maxMs: times.at(-1), timesMs: times };
  });
}
