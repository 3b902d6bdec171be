import type { SearchSpace } from "../space/search-space.js";
import type { ProposalContext, Strategy, StrategyState } from "./strategy.js";

/**
 * Every combination, in lexicographic order of the parameters as declared (the last one varies
 * fastest). Categoricals take each value, integers each integer, continuous parameters `gridPoints`
 * values evenly spaced on their scaled axis. Grid points that repeat a tried configuration (one
 * imported, say; tried-points.ts) are skipped. Returns fewer than asked once the grid is used up.
 */
export class GridStrategy implements Strategy {
  private readonly axes: number[][];
  private cursor = 0;
  readonly size: number;

  constructor(space: SearchSpace) {
    this.axes = space.parameters.map((p) => {
      if (p.kind === "categorical") return p.values.map((_, i) => i);
      if (p.kind === "integer") return Array.from({ length: p.max - p.min + 1 }, (_, i) => p.min + i);
      return Array.from({ length: p.gridPoints }, (_, i) => i / (p.gridPoints - 1));
    });
    this.size = this.axes.reduce((s, a) => s * a.length, 1);
  }

  propose(n: number, context: ProposalContext): Float64Array[] {
    const out: Float64Array[] = [];
    const tried = context.tried.clone();
    while (out.length < n && this.cursor < this.size) {
      const x = this.point(context.space, this.cursor++);
      if (tried.has(x)) continue;
      tried.add(x);
      out.push(x);
    }
    return out;
  }

  exportState(): StrategyState {
    return { cursor: this.cursor };
  }

  restoreState(state: StrategyState): void {
    if (typeof state.cursor === "number") this.cursor = state.cursor;
  }

  private point(space: SearchSpace, index: number): Float64Array {
    const x = new Float64Array(space.dims);
    let rest = index;
    for (let i = space.parameters.length - 1; i >= 0; i--) {
      const axis = this.axes[i]!;
      const value = axis[rest % axis.length]!;
      rest = Math.floor(rest / axis.length);
      const p = space.parameters[i]!;
      if (p.kind === "categorical") x[p.offset + value] = 1;
      else if (p.kind === "continuous") x[p.offset] = value;
      else x[p.offset] = space.encode({ ...space.decode(x), [p.name]: value })[p.offset]!;
    }
    return x;
  }
}
