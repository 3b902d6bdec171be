import type { JobRunner, JobTrial } from "@hyperfleet/coordinator";
import { formatNumber, formatParams } from "./results.js";

/**
 * Live progress of an embedded job. On a terminal one status line is redrawn every second (trials
 * done of total, running, best so far with its parameters, elapsed and an estimate of what is left);
 * off a terminal, one plain line per finished trial.
 */
export class ProgressView {
  private timer: NodeJS.Timeout | undefined;
  private readonly started = Date.now();
  private readonly startedDone: number;

  constructor(
    private readonly job: JobRunner,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.startedDone = this.done();
  }

  get tty(): boolean {
    return this.out.isTTY === true;
  }

  start(): void {
    if (this.tty) this.timer = setInterval(() => this.redraw(), 1000);
  }

  /** Called as each trial ends. */
  trialEnded(t: JobTrial): void {
    const what = t.status === "Completed" ? `${this.job.spec.objective.metric}=${formatNumber(t.objective!)}` : t.status === "Failed" ? `failed: ${t.error?.code ?? "?"} ${t.error?.message ?? ""}`.trim() : t.status.toLowerCase();
    this.line(`trial ${t.trialId} ${what}  ${this.summary()}`);
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.tty) this.out.write("\r\x1b[2K");
  }

  private line(text: string): void {
    if (this.tty) this.out.write(`\r\x1b[2K${text}\n`);
    else this.out.write(`${text}\n`);
    if (this.tty) this.redraw();
  }

  private redraw(): void {
    const width = this.out.columns ?? 120;
    this.out.write(`\r\x1b[2K${this.summary().slice(0, width - 1)}`);
  }

  private done(): number {
    return this.job.count((s) => s === "Completed" || s === "Failed" || s === "Stopped");
  }

  summary(): string {
    const total = this.job.limits.maxTrials;
    const done = this.done();
    const running = this.job.count((s) => s === "Running");
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = (done - this.startedDone) / Math.max(elapsed, 1e-3);
    const left = rate > 0 ? ` ~${duration((total - done) / rate)} left` : "";
    const best = this.job.best;
    const bestText = best ? `best ${formatNumber(best.objective!)} (trial ${best.trialId}: ${formatParams(best.params)})` : "no result yet";
    return `[${done}/${total} done, ${running} running] ${bestText}  ${duration(elapsed)} elapsed${left}`;
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
