import type { Rng } from "../random/rng.js";
import { discreteConfiguration, discreteSize } from "../space/discrete-configurations.js";
import type { SearchSpace } from "../space/search-space.js";
import type { TriedPoints } from "../space/tried-points.js";

/** Uniform draws tried before a small discrete space is enumerated instead. */
export const RANDOM_TRIES = 200;
/** Discrete spaces up to this size are enumerated when random draws keep hitting tried points. */
export const ENUMERATION_LIMIT = 100_000;

/**
 * A uniformly random configuration that is not a repeat of a tried one (tried-points.ts), or
 * undefined when there is none to find: a discrete space whose every configuration was tried, or
 * (astronomically unlikely) a space so crowded that neither the draws nor an enumeration found one.
 * Draws exactly as plain random sampling does while the first draw is new, so adding the check
 * changes no seeded sequence that never repeated.
 */
export function freshRandomPoint(space: SearchSpace, rng: Rng, tried: TriedPoints): Float64Array | undefined {
  const size = discreteSize(space);
  if (tried.discreteCombinations >= size) return undefined;
  const dims = space.parameters.length;
  for (let t = 0; t < RANDOM_TRIES; t++) {
    const x = space.fromParameterUnits(Array.from({ length: dims }, () => rng.next()));
    if (!tried.has(x)) return x;
  }
  if (size > ENUMERATION_LIMIT) return undefined;
  // Few configurations left in a small space: pick one of them at random.
  const left: number[] = [];
  for (let i = 0; i < size; i++) if (!tried.has(discreteConfiguration(space, i))) left.push(i);
  return left.length === 0 ? undefined : discreteConfiguration(space, left[rng.int(left.length)]!);
}
