/**
 * "Did you mean": the known name closest to a misspelt one, when it is close enough to be a typo.
 * Distance is optimal string alignment (Levenshtein plus adjacent transpositions, so `maxTrails` is
 * one edit from `maxTrials`), compared case-insensitively. Short names allow one edit, longer ones
 * two: more than that suggests a different word, and a wrong suggestion is worse than none.
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  const allowed = given.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    if (name === given) continue;
    const d = editDistance(given.toLowerCase(), name.toLowerCase());
    if (d <= allowed && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  // Three rows suffice: a transposition looks two rows back.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}
