import type { MetricPoint } from "@hyperfleet/transport";

/** Lines on stdout that start with this carry a JSON metric report: the language-neutral channel. */
export const METRIC_LINE_PREFIX = "HYPERFLEET_METRIC ";

export interface MetricDefinition {
  name: string;
  regex: string;
}

/**
 * The steps of one attempt's metrics, shared by every channel: a point that comes without a step
 * (a regex match, a report without "step") takes its metric's next step, 0 for the metric's first
 * point and otherwise one more than the highest step the metric has had, so it never lands on a step
 * already reported (the coordinator keeps the first value of each step).
 */
export class MetricSteps {
  private readonly highest = new Map<string, number>();

  /** The step of a point of `name` that came without one. */
  next(name: string): number {
    const h = this.highest.get(name);
    return h === undefined ? 0 : h + 1;
  }

  /** Notes a point's step, given or assigned. */
  saw(name: string, step: number): void {
    const h = this.highest.get(name);
    if (h === undefined || step > h) this.highest.set(name, step);
  }
}

/**
 * Reads a JSON metric report: `{"step": 3, "metrics": {"loss": 0.41, "accuracy": 0.88}, "timestamp":
 * 1718000000000}` (the shape the SDK writes; a JSON line in HYPERFLEET_METRICS_FILE or after
 * METRIC_LINE_PREFIX on stdout).
 * - `step`: optional, a whole number >= 0; without one, each metric takes its next step from `steps`.
 * - `metrics`: name -> number; NaN and ±Infinity (Python's json.dumps writes them bare) are kept as
 *   such, so a diverged training is told apart from one that never reported; other values and empty
 *   names are skipped.
 * - `timestamp`: optional Unix milliseconds (rounded); without a valid one, `now`.
 * Returns no points for anything else (not JSON, a bad step, no metrics object): training output is
 * never trusted to be well formed.
 */
export function parseMetricJson(text: string, now: number, steps: MetricSteps = new MetricSteps()): MetricPoint[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(NON_FINITE_JSON, (_, pre: string, word: string) => `${pre}"${BARE}${word}"`));
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [];
  const { step, metrics, timestamp } = parsed as { step?: unknown; metrics?: unknown; timestamp?: unknown };
  const given = step === undefined || step === null ? undefined : step;
  if (given !== undefined && !(Number.isSafeInteger(given) && (given as number) >= 0)) return [];
  if (metrics === null || typeof metrics !== "object" || Array.isArray(metrics)) return [];
  const ts = typeof timestamp === "number" && Number.isFinite(timestamp) && timestamp > 0 ? Math.round(timestamp) : now;
  const out: MetricPoint[] = [];
  for (const [name, value] of Object.entries(metrics as Record<string, unknown>)) {
    // Only a bare NaN / Infinity (marked by the pre-pass), not a string that says so.
    const number = typeof value === "string" ? NON_FINITE[value.startsWith(BARE) ? value.slice(1) : ""] : value;
    if (name === "" || typeof number !== "number") continue;
    const s = given === undefined ? steps.next(name) : (given as number);
    steps.saw(name, s);
    out.push({ name, value: number, step: s, timestampUnixMs: ts });
  }
  return out;
}

/** What a regex's capture must look like to count as a value: a plain decimal number, or NaN / inf. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE_TEXT = /^([+-]?)(nan|inf|infinity)$/i;

/** Bare NaN / Infinity where JSON has a value (after ":"): quoted with a mark, so JSON.parse takes the line. */
const BARE = "\uE000";
const NON_FINITE_JSON = /([:,[]\s*)(NaN|-?Infinity)(?=\s*[,}\]])/g;
const NON_FINITE: Record<string, number> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, "-Infinity": Number.NEGATIVE_INFINITY };

/**
 * SageMaker-style metric definitions: each regex (JavaScript syntax, no flags) runs over every output
 * line, stdout and stderr, and its first match's first capture group is the value, when that is a
 * decimal number. Matches have no step of their own: each takes its metric's next step (0, 1, 2 ...).
 * A definition whose regex does not compile is skipped (`invalid` names them).
 */
export class RegexMetricExtractor {
  private readonly compiled: { name: string; re: RegExp }[] = [];
  readonly invalid: string[] = [];

  constructor(
    definitions: readonly MetricDefinition[],
    private readonly steps: MetricSteps = new MetricSteps(),
  ) {
    for (const d of definitions) {
      try {
        if (d.name) this.compiled.push({ name: d.name, re: new RegExp(d.regex) });
        else this.invalid.push(d.name);
      } catch {
        this.invalid.push(d.name);
      }
    }
  }

  extract(line: string, now: number): MetricPoint[] {
    const out: MetricPoint[] = [];
    for (const { name, re } of this.compiled) {
      const captured = re.exec(line)?.[1]?.trim();
      if (captured === undefined) continue;
      const odd = NON_FINITE_TEXT.exec(captured);
      if (!odd && !DECIMAL.test(captured)) continue;
      const value = odd ? (odd[2]!.toLowerCase() === "nan" ? Number.NaN : odd[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : Number(captured);
      const step = this.steps.next(name);
      this.steps.saw(name, step);
      out.push({ name, value, step, timestampUnixMs: now });
    }
    return out;
  }
}
