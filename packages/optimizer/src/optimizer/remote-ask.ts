import { createOptimizer, type AskAnswer, type AskRequest, type Optimizer } from "./optimizer.js";

// An ask answered on another thread (or process): the optimizer makes the request (askRequest) and
// adopts the answer (adoptAnswer); this answers it.

/** Answers a request exactly as the requesting optimizer's own ask(n) would have. */
export function answerAsk(request: AskRequest, clock?: () => number): AskAnswer {
  const o: Optimizer = createOptimizer({ ...request.options, ...(clock ? { clock } : {}) });
  o.importObservations(request.observations);
  o.restoreState(request.state);
  o.skipIdsBelow(request.nextId);
  const suggestions = o.ask(request.n);
  return { suggestions, state: o.exportState(), diagnostics: o.lastAsk };
}
