import { closeSync, fstatSync, openSync, readSync, watch, type FSWatcher } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { RunContext } from "../runtimes/runtime.js";
import { METRIC_LINE_PREFIX, MetricSteps, parseMetricJson, RegexMetricExtractor } from "./metric-parser.js";

/**
 * What every runtime does with a training's output: each line goes to the log tail; stdout lines
 * with METRIC_LINE_PREFIX are metric reports; other lines, stdout and stderr, go through the spec's
 * regexes (SageMaker's metric definitions, the fallback). The JSON-lines metrics file is followed as
 * it grows. The channels share one step counter, so a point without a step takes its metric's next
 * step whichever channel it came from.
 */
export function captureOutput(ctx: RunContext, streams: { stdout: Readable; stderr: Readable }, metricsFile: string): { finish(): void } {
  const steps = new MetricSteps();
  const regex = new RegexMetricExtractor(ctx.offer.training.metricDefinitions ?? [], steps);
  for (const name of regex.invalid) ctx.onOutput(`hyperfleet: metric definition ${JSON.stringify(name)} has no valid regex; it is ignored`, "stderr");
  for (const name of ["stdout", "stderr"] as const) {
    createInterface({ input: streams[name] }).on("line", (line) => {
      ctx.onOutput(line, name);
      const now = Date.now();
      if (name === "stdout" && line.startsWith(METRIC_LINE_PREFIX)) ctx.onMetrics(parseMetricJson(line.slice(METRIC_LINE_PREFIX.length), now, steps));
      else ctx.onMetrics(regex.extract(line, now));
    });
  }
  return tailJsonLines(metricsFile, (line) => ctx.onMetrics(parseMetricJson(line, Date.now(), steps)));
}

/**
 * Follows a file of JSON lines as it grows (fs.watch where it can have one, plus a 200 ms poll).
 * Reads are synchronous and small, lines are split on bytes (a character cut by a read stays whole),
 * and finish() reads whatever is left, so the last metrics land before the result does.
 */
function tailJsonLines(path: string, onLine: (line: string) => void): { finish(): void } {
  let offset = 0;
  let partial = Buffer.alloc(0);
  const read = () => {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const size = fstatSync(fd).size;
      if (size <= offset) return;
      const chunk = Buffer.alloc(size - offset);
      const n = readSync(fd, chunk, 0, chunk.length, offset);
      offset += n;
      let rest = Buffer.concat([partial, chunk.subarray(0, n)]);
      for (let nl = rest.indexOf(0x0a); nl >= 0; nl = rest.indexOf(0x0a)) {
        const line = rest.subarray(0, nl).toString("utf8");
        rest = rest.subarray(nl + 1);
        if (line.trim()) onLine(line);
      }
      partial = Buffer.from(rest);
    } catch {
      // the file may not exist yet
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, () => read());
    watcher.on("error", () => undefined);
  } catch {
    // no inotify watch to be had (the system's limit): the poll alone follows the file
  }
  const poll = setInterval(read, 200);
  return {
    finish() {
      watcher?.close();
      clearInterval(poll);
      read();
      const last = partial.toString("utf8");
      if (last.trim()) onLine(last);
    },
  };
}
