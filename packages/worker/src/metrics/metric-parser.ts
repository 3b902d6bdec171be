import type { MetricPoint } from "@hyperfleet/transport";

/** Lines on stdout that start with this carry a JSON metric report: the language-neutral channel. */
export const METRIC_LINE_PREFIX = "HYPERFLEET_METRIC ";

export interface MetricDefinition {
  name: string;
  regex: string;
}

/**
 * Reads a JSON metric report: `{"step": 3, "metrics": {"loss": 0.41, "accuracy": 0.88}}` (the shape the
 * SDK writes; a JSON line in HYPERFLEET_METRICS_FILE or after METRIC_LINE_PREFIX on stdout). Returns
 * no points for anything else: training output is never trusted to be well formed.
 */
export function parseMetricJson(text: string, now: number): MetricPoint[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (parsed === null || typeof parsed !== "object") return [];
  const { step, metrics, timestamp } = parsed as { step?: unknown; metrics?: unknown; timestamp?: unknown };
  if (!Number.isInteger(step) || metrics === null || typeof metrics !== "object") return [];
  const ts = typeof timestamp === "number" && Number.isFinite(timestamp) ? timestamp : now;
  return Object.entries(metrics as Record<string, unknown>)
    .filter(([, v]) => typeof v === "number" && Number.isFinite(v))
    .map(([name, value]) => ({ name, value: value as number, step: step as number, timestampUnixMs: ts }));
}

/**
 * SageMaker-style metric definitions: each regex runs over every output line; its first capture
 * group is the value. Steps count the matches of each metric (0, 1, 2 ...), as SageMaker's do.
 */
export class RegexMetricExtractor {
  private readonly compiled: { name: string; re: RegExp }[];
  private readonly steps = new Map<string, number>();

  constructor(definitions: readonly MetricDefinition[]) {
    this.compiled = definitions.map((d) => ({ name: d.name, re: new RegExp(d.regex) }));
  }

  extract(line: string, now: number): MetricPoint[] {
    const out: MetricPoint[] = [];
    for (const { name, re } of this.compiled) {
      const m = re.exec(line);
      const value = m?.[1] === undefined ? Number.NaN : Number(m[1]);
      if (!Number.isFinite(value)) continue;
      const step = this.steps.get(name) ?? 0;
      this.steps.set(name, step + 1);
      out.push({ name, value, step, timestampUnixMs: now });
    }
    return out;
  }
}
