import type { SearchSpace } from "./search-space.js";

/**
 * The number of configurations of a space without continuous parameters (every integer of each
 * integer range times every value of each categorical), or Infinity when a parameter is continuous or
 * the product passes 2^53. A space that size, once every configuration has been tried, has nothing
 * left to suggest: asks then return fewer, as a used-up grid does, rather than repeat one.
 */
export function discreteSize(space: SearchSpace): number {
  let size = 1;
  for (const p of space.parameters) {
    if (p.kind === "continuous") return Infinity;
    size *= p.kind === "categorical" ? p.values.length : p.max - p.min + 1;
    if (size > Number.MAX_SAFE_INTEGER) return Infinity;
  }
  return size;
}

/**
 * The configuration at `index` (0 <= index < discreteSize) of a space without continuous
 * parameters, in mixed radix over the parameters as declared, the last one fastest (the grid's order).
 */
export function discreteConfiguration(space: SearchSpace, index: number): Float64Array {
  const x = new Float64Array(space.dims);
  let rest = index;
  for (let i = space.parameters.length - 1; i >= 0; i--) {
    const p = space.parameters[i]!;
    if (p.kind === "continuous") throw new RangeError("discreteConfiguration: the space has a continuous parameter");
    const count = p.kind === "categorical" ? p.values.length : p.max - p.min + 1;
    const digit = rest % count;
    rest = Math.floor(rest / count);
    if (p.kind === "categorical") x[p.offset + digit] = 1;
    else x[p.offset] = space.integerCoordinate(p, p.min + digit);
  }
  return x;
}
