/** How often a running attempt's output goes to the coordinator, at most. */
export const LOG_FLUSH_MS = 1_000;
/** The most of it that goes at once: the newest lines up to this many bytes (older ones counted as dropped). */
export const LOG_BATCH_BYTES = 64 * 1024;
/** A longer line is cut here (a progress bar without newlines, a binary dump). */
export const LOG_LINE_BYTES = 4 * 1024;

/**
 * A running attempt's output for `hyperfleet logs --follow`: lines are collected and sent at most once
 * per LOG_FLUSH_MS, each batch at most LOG_BATCH_BYTES (the newest lines win; the ones left out are
 * counted), so a chatty training costs the broker a message a second, not one per line.
 */
export class LogBatcher {
  private lines: string[] = [];
  private bytes = 0;
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (lines: readonly string[], dropped: number) => Promise<void>,
    private readonly flushMs = LOG_FLUSH_MS,
  ) {}

  push(line: string): void {
    const cut = line.length > LOG_LINE_BYTES ? `${line.slice(0, LOG_LINE_BYTES)}…` : line;
    this.lines.push(cut);
    this.bytes += cut.length;
    while (this.bytes > LOG_BATCH_BYTES && this.lines.length > 1) {
      this.bytes -= this.lines.shift()!.length;
      this.dropped++;
    }
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs);
  }

  /** Sends what is collected now; resolves once it (and every batch before it) is sent. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.lines.length > 0 || this.dropped > 0) {
      const [lines, dropped] = [this.lines, this.dropped];
      this.lines = [];
      this.bytes = 0;
      this.dropped = 0;
      this.sending = this.sending.then(() => this.send(lines, dropped)).catch(() => undefined);
    }
    return this.sending;
  }
}
