// Counts repeats independently of the optimizer's own check: a suggestion is a repeat when an earlier
// suggestion of the same run has every continuous parameter within REPEAT_TOLERANCE of its range on
// the scaled axis (the unit cube's coordinate) and every integer and categorical value equal.
import { REPEAT_TOLERANCE, SearchSpace } from "@hyperfleet/optimizer";

export function countRepeats(spaceSpec, suggestions, tolerance = REPEAT_TOLERANCE) {
  const space = new SearchSpace(spaceSpec);
  const seen = [];
  let repeats = 0;
  for (const params of suggestions) {
    const x = space.encode(params);
    const near = seen.some((y) =>
      space.parameters.every((p) => {
        if (p.kind === "continuous") return Math.abs(x[p.offset] - y[p.offset]) <= tolerance;
        return params[p.name] === y.params[p.name];
      }),
    );
    if (near) repeats++;
    x.params = params;
    seen.push(x);
  }
  return repeats;
}
