import { closeSync, fstatSync, openSync, readSync, watch } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { RunContext } from "../runtimes/runtime.js";
import { METRIC_LINE_PREFIX, parseMetricJson, RegexMetricExtractor } from "./metric-parser.js";

/**
 * What every runtime does with a training's output: each line goes to the log tail; stdout lines
 * with METRIC_LINE_PREFIX are metric reports; other lines go through the spec's regexes (SageMaker's
 * metric definitions, the fallback). The JSON-lines metrics file is followed as it grows.
 */
export function captureOutput(ctx: RunContext, streams: { stdout: Readable; stderr: Readable }, metricsFile: string): { finish(): void } {
  const regex = new RegexMetricExtractor(ctx.offer.training.metricDefinitions ?? []);
  for (const name of ["stdout", "stderr"] as const) {
    createInterface({ input: streams[name] }).on("line", (line) => {
      ctx.onOutput(line, name);
      const now = Date.now();
      if (name === "stdout" && line.startsWith(METRIC_LINE_PREFIX)) ctx.onMetrics(parseMetricJson(line.slice(METRIC_LINE_PREFIX.length), now));
      else ctx.onMetrics(regex.extract(line, now));
    });
  }
  return tailJsonLines(metricsFile, (line) => ctx.onMetrics(parseMetricJson(line, Date.now())));
}

/**
 * Follows a file of JSON lines as it grows (fs.watch plus a 200 ms poll). Reads are synchronous and
 * small, and finish() reads whatever is left, so the last metrics land before the result does.
 */
function tailJsonLines(path: string, onLine: (line: string) => void): { finish(): void } {
  let offset = 0;
  let partial = "";
  const read = () => {
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const size = fstatSync(fd).size;
      if (size <= offset) return;
      const buffer = Buffer.alloc(size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      offset = size;
      const lines = (partial + buffer.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const l of lines) if (l.trim()) onLine(l);
    } catch {
      // the file may not exist yet
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
  const watcher = watch(path, () => read());
  const poll = setInterval(read, 200);
  return {
    finish() {
      watcher.close();
      clearInterval(poll);
      read();
      if (partial.trim()) onLine(partial);
    },
  };
}
