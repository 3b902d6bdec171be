import { setTimeout as sleep } from "node:timers/promises";
import { stopReason, type JobRunner, type JobTrial } from "@hyperfleet/coordinator";
import { formatNumber, formatParams } from "./results.js";

export interface ProgressOptions {
  /** Where the lines go (standard error by default). */
  out?: NodeJS.WriteStream;
  /** Trials the embedded worker runs at once: started trials beyond that wait in the queue. */
  slots?: number;
  /**
   * Resolves once the coordinator has handled what it has queued: a trial's end is reported after
   * the job has started its successor, so the counts include it (the coordinator's idle()).
   */
  settled?: () => Promise<void>;
  /** The terminal's width; by default the stream's, else standard output's, else 80. */
  columns?: () => number;
}

/**
 * Live progress of an embedded job. On a terminal one status line is redrawn every second (trials
 * done of total, running, best so far with its parameters, elapsed and an estimate of what is left),
 * shortened to the terminal's width so that it never wraps (a wrapped line cannot be redrawn in
 * place); each finished trial gets a line of its own above it. Off a terminal, one plain line per
 * finished trial, whole.
 */
export class ProgressView {
  private timer: NodeJS.Timeout | undefined;
  private readonly started = Date.now();
  private readonly startedDone: number;
  private readonly out: NodeJS.WriteStream;
  /** Trial lines wait for the coordinator in order, one after the other. */
  private lines: Promise<void> = Promise.resolve();

  constructor(
    private readonly job: JobRunner,
    private readonly options: ProgressOptions = {},
  ) {
    this.out = options.out ?? process.stderr;
    this.startedDone = this.done();
  }

  get tty(): boolean {
    return this.out.isTTY === true;
  }

  start(): void {
    if (this.tty) this.timer = setInterval(() => this.redraw(), 1000);
  }

  /** Called as each trial ends; its line is written once the job has moved on (see `settled`). */
  trialEnded(t: JobTrial): void {
    const text = `trial ${t.trialId} ${this.outcome(t)}`;
    const settled = this.options.settled ?? (() => Promise.resolve());
    this.lines = this.lines.then(settled).then(
      () => this.line(text),
      () => this.line(text),
    );
  }

  /** Writes the lines still waiting (for at most a second), then clears the status line. */
  async stop(): Promise<void> {
    await Promise.race([this.lines, sleep(1000)]);
    clearInterval(this.timer);
    if (this.tty) this.out.write("\r\x1b[2K");
  }

  private outcome(t: JobTrial): string {
    if (t.status === "Completed") return `${this.job.spec.objective.metric}=${formatNumber(t.objective!)}`;
    if (t.status === "Failed") return `failed: ${t.error?.code ?? "?"} ${t.error?.message ?? ""}`.trim();
    return stopReason(t, this.job.spec, this.job.reason) ?? t.status.toLowerCase();
  }

  private line(text: string): void {
    if (this.tty) {
      this.out.write(`\r\x1b[2K${fit(text, this.width())}\n`);
      this.redraw();
    } else this.out.write(`${text}  ${this.summary(Infinity)}\n`);
  }

  private redraw(): void {
    this.out.write(`\r\x1b[2K${this.summary(this.width())}`);
  }

  /** Usable columns: one less than the terminal's, as writing the last column wraps on some terminals. */
  private width(): number {
    const columns = this.options.columns?.() ?? this.out.columns ?? process.stdout.columns ?? 80;
    return Math.max(20, columns - 1);
  }

  private done(): number {
    return this.job.count((s) => s === "Completed" || s === "Failed" || s === "Stopped");
  }

  /**
   * The status line within `width` characters. Counts come first; then the best value; the best
   * trial's parameters are shortened (then dropped), then the times, before anything else is cut.
   */
  summary(width = Infinity): string {
    const total = this.job.limits.maxTrials;
    const done = this.done();
    // Started and not ended: offered (Pending) or claimed (Running). The embedded worker claims
    // whatever its slots allow, so beyond them a started trial is queued, not running.
    const started = this.job.count((s) => s === "Pending" || s === "Running");
    const running = Math.min(started, this.options.slots ?? started);
    const queued = started - running;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = (done - this.startedDone) / Math.max(elapsed, 1e-3);
    const times = `  ${duration(elapsed)} elapsed${rate > 0 ? ` ~${duration((total - done) / rate)} left` : ""}`;
    const head = `[${done}/${total} done, ${running} running${queued > 0 ? `, ${queued} queued` : ""}]`;
    const best = this.job.best;
    if (!best) return fit(`${head} no result yet${times}`, width);
    const value = ` best ${formatNumber(best.objective!)} (trial ${best.trialId}`;
    const params = formatParams(best.params);
    const whole = `${head}${value}: ${params})${times}`;
    if (whole.length <= width) return whole;
    const room = width - (head.length + value.length + times.length + 3); // ": " and ")"
    if (room >= 12) return `${head}${value}: ${fitWords(params, room)})${times}`;
    if (head.length + value.length + 1 + times.length <= width) return `${head}${value})${times}`;
    return fit(`${head}${value})`, width);
  }
}

/** `text` cut to `width` characters, an ellipsis marking the cut. */
export function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** As many whole space-separated words (name=value pairs) as fit, then an ellipsis; a first word too long is cut. */
function fitWords(text: string, width: number): string {
  if (text.length <= width) return text;
  let out = "";
  for (const word of text.split(" ")) {
    const next = out ? `${out} ${word}` : word;
    if (next.length + 2 > width) break; // room for " …"
    out = next;
  }
  return out ? `${out} …` : fit(text, width);
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
