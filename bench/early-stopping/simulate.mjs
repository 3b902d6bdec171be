// A discrete-event replay of a tuning job on recorded learning curves (curves.json): W workers,
// per-epoch wall times as recorded, the production optimizer, median rule and ASHA bookkeeping from
// @hyperfleet/optimizer. A suggested configuration trains as the nearest recorded one.
import { createOptimizer, HyperbandSchedule, MEDIAN_RULE_DEFAULTS, medianRuleStops, SearchSpace } from "@hyperfleet/optimizer";

export class CurveTable {
  constructor(recording) {
    this.recording = recording;
    this.space = new SearchSpace(recording.space);
    this.points = recording.curves.map((c) => this.space.encode(c.params));
  }

  /** The recorded curve nearest to a configuration, in the optimizer's unit cube. */
  nearest(params) {
    const x = this.space.encode(params);
    let best = 0;
    let bestD = Infinity;
    this.points.forEach((p, i) => {
      let d = 0;
      for (let k = 0; k < x.length; k++) d += (x[k] - p[k]) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    return this.recording.curves[best].epochs;
  }
}

/**
 * method: "none" | "random" (no stopping, random search) | "median" (the median rule; stopped trials are
 * told with tellStopped, their last value and step, and the optimizer's stoppedTrials option, default
 * or given, decides what the model makes of them) | "hyperband" (random sampling) | "bohb" (model-based sampling).
 * Returns the totals and a trace of (epochs consumed, wall time, best so far) after every trial.
 */
export function simulate(table, { method, seed, workers, maxTrials, epochs, epochBudget, hyperband, medianRule = MEDIAN_RULE_DEFAULTS, stoppedTrials }) {
  const metric = (e) => e.valAccuracy; // the job's objective: validation accuracy, maximized
  const hb = method === "hyperband" || method === "bohb";
  const optimizer = createOptimizer({
    space: table.recording.space,
    objective: "maximize",
    strategy: hb || method === "random" ? "random" : "bayesian",
    seed,
    ...(stoppedTrials ? { stoppedTrials } : {}),
  });
  const schedule = hb ? new HyperbandSchedule({ hyperband, objective: "maximize", space: table.recording.space, seed, modelBased: method === "bohb" }, optimizer) : undefined;
  const finishedCurves = [];
  const running = [];
  const trace = [];
  let now = 0;
  let epochsUsed = 0;
  let trials = 0;
  let best = -Infinity;
  let stoppedCount = 0;
  const suggested = [];

  const start = () => {
    let params, id, from = 0, to = epochs, placement;
    if (schedule) {
      const plan = schedule.next();
      ({ id, params } = plan);
      placement = plan;
      from = plan.rung === 0 ? 0 : schedule.rungs.resources[plan.rung - 1]; // resumed from the checkpoint
      to = plan.resource;
    } else [{ id, params }] = optimizer.ask(1);
    // New configurations only: a Hyperband promotion reruns its configuration on purpose.
    if (!placement || placement.rung === 0) suggested.push(params);
    const curve = table.nearest(params);
    running.push({ id, curve, next: from, to, at: now + curve[from].seconds, seen: [], placement });
    trials++;
  };

  const finish = (r, stopped) => {
    running.splice(running.indexOf(r), 1);
    const last = r.seen.at(-1).value;
    if (!stopped) best = Math.max(best, last);
    finishedCurves.push(r.seen);
    if (schedule) schedule.finished(r.placement, last);
    if (stopped) optimizer.tellStopped(r.id, { value: last, step: r.seen.at(-1).step });
    else optimizer.tell(r.id, last);
    if (stopped) stoppedCount++;
    trace.push({ epochs: epochsUsed, seconds: now, best });
  };

  const budgetLeft = () => (epochBudget === undefined ? trials < maxTrials : epochsUsed < epochBudget);
  while (running.length < workers && budgetLeft()) start();
  while (running.length > 0) {
    const r = running.reduce((a, b) => (b.at < a.at ? b : a));
    now = r.at;
    const e = r.curve[r.next];
    epochsUsed++;
    r.seen.push({ step: e.epoch, value: metric(e) });
    r.next++;
    const done = r.next >= r.to;
    const stop = !done && method === "median" && medianRuleStops(r.seen, finishedCurves, "maximize", medianRule);
    if (done || stop) {
      finish(r, stop);
      if (budgetLeft()) start();
    } else r.at = now + r.curve[r.next].seconds;
  }
  return { method, seed, trials, stopped: stoppedCount, epochs: epochsUsed, seconds: now, best, trace, suggested };
}
