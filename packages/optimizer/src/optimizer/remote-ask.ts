import { createOptimizer, type Optimizer, type ObservationRecord, type OptimizerState, type Suggestion } from "./optimizer.js";
import type { OptimizerOptions } from "./optimizer-options.js";
import type { ProposalDiagnostics } from "../strategies/strategy.js";

/**
 * Everything one ask needs, as plain data (structured-clone and JSON safe): another thread or process
 * answers it with answerAsk, and the optimizer that made it adopts the answer. The GP fit and the
 * acquisition search, tens of milliseconds, then run off the caller's event loop.
 */
export interface AskRequest {
  /** The optimizer's options, without the clock (a function does not cross threads). */
  options: Omit<OptimizerOptions, "clock">;
  observations: ObservationRecord[];
  state: OptimizerState;
  /** The id the next suggestion gets. */
  nextId: number;
  n: number;
}

export interface AskAnswer {
  suggestions: Suggestion[];
  /** The suggestion state after the ask, to adopt with the suggestions taken. */
  state: OptimizerState;
  diagnostics: ProposalDiagnostics;
}

/** Answers a request exactly as the requesting optimizer's own ask(n) would have. */
export function answerAsk(request: AskRequest, clock?: () => number): AskAnswer {
  const o: Optimizer = createOptimizer({ ...request.options, ...(clock ? { clock } : {}) });
  o.importObservations(request.observations);
  o.restoreState(request.state);
  o.skipIdsBelow(request.nextId);
  const suggestions = o.ask(request.n);
  return { suggestions, state: o.exportState(), diagnostics: o.lastAsk };
}
