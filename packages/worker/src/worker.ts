import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { attemptId, WireErrorCode, type ClaimedTrial, type ControlCommand, type Subscription, type TrialOutcome, type WorkerCapabilities, type WorkerTransport } from "@hyperfleet/transport";
import { MetricBatcher } from "./metrics/metric-batcher.js";
import type { RunOutcome, RunningTrial, Runtime } from "./runtimes/runtime.js";

export interface WorkerOptions {
  transport: WorkerTransport;
  workerId: string;
  capabilities: WorkerCapabilities;
  /** Attempts run at once. */
  slots: number;
  runtimes: Partial<Record<"process" | "docker", Runtime>>;
  host?: string;
  /** Where attempts get their working folders (default: the system temp folder). */
  workRoot?: string;
  heartbeatMs?: number;
  announceMs?: number;
  /** SIGTERM to SIGKILL on a stop. */
  stopGraceMs?: number;
  /** Output lines kept per attempt. */
  logLines?: number;
}

interface Running {
  trial: ClaimedTrial;
  process?: RunningTrial;
  stopReason?: "stopped" | "handed-back";
  log: string[];
}

/**
 * Claims the attempts this machine can run, runs each with its runtime on the GPUs its claim holds
 * (the transport's WorkerCapacity is the only allocator), streams its metrics, heartbeats while it
 * runs, and reports how it ended. Stop commands end an attempt as Stopped with its last metrics;
 * shutdown() stops claiming, lets running attempts finish until a deadline, then hands the rest back
 * for other workers.
 */
export class Worker {
  private readonly running = new Map<string, Running>();
  private readonly logs = new Map<string, string[]>();
  private claim: Subscription | undefined;
  private control: Subscription | undefined;
  private announcer: NodeJS.Timeout | undefined;
  private readonly idle: (() => void)[] = [];
  readonly counts = { completed: 0, failed: 0, stopped: 0, handedBack: 0 };

  constructor(private readonly o: WorkerOptions) {}

  async start(): Promise<void> {
    await this.announce(false);
    this.announcer = setInterval(() => void this.announce(false).catch(() => undefined), this.o.announceMs ?? 10_000);
    this.announcer.unref?.();
    this.control = await this.o.transport.onControl(this.o.workerId, (c) => void this.onControl(c));
    this.claim = await this.o.transport.claim({
      workerId: this.o.workerId,
      capabilities: this.o.capabilities,
      slots: this.o.slots,
      onTrial: (t) => void this.run(t),
    });
  }

  get runningCount(): number {
    return this.running.size;
  }

  /** The last output lines of an attempt, running or finished. */
  logTail(jobId: string, trialId: number, attempt: number): string[] {
    return [...(this.logs.get(`${jobId}/${trialId}/${attempt}`) ?? [])];
  }

  /** Stops claiming; waits for running attempts until the deadline; hands back what is left. */
  async shutdown(deadlineMs = 30_000): Promise<void> {
    clearInterval(this.announcer);
    await this.claim?.stop();
    const allDone = new Promise<void>((resolve) => (this.running.size === 0 ? resolve() : this.idle.push(resolve)));
    const timedOut = await Promise.race([allDone.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), deadlineMs).unref?.())]);
    if (timedOut) {
      await Promise.all([...this.running.values()].map((r) => this.stopOne(r, "handed-back")));
      await allDone;
    }
    await this.control?.stop();
    await this.announce(true).catch(() => undefined);
  }

  private async onControl(c: ControlCommand): Promise<void> {
    if (c.type === "drain") return this.shutdown(c.graceSeconds * 1000);
    const r = this.running.get(attemptId(c));
    if (r) await this.stopOne(r, "stopped");
  }

  private async stopOne(r: Running, reason: "stopped" | "handed-back"): Promise<void> {
    r.stopReason ??= reason;
    await r.process?.stop(this.o.stopGraceMs ?? 10_000);
  }

  private async run(trial: ClaimedTrial): Promise<void> {
    const offer = trial.offer;
    const key = attemptId(offer);
    const runtime = this.o.runtimes[offer.training.runtime];
    if (!runtime) {
      // Handing it back would bounce it between workers like this one; a retryable failure lets the
      // coordinator's retry policy decide (and tells the user which runtime is missing).
      const error = { code: WireErrorCode.RuntimeUnavailable, message: `worker ${this.o.workerId} has no ${offer.training.runtime} runtime`, retryable: true };
      await trial.finish({ status: "failed", error, finalMetrics: [] }).catch(() => undefined);
      return;
    }
    const log: string[] = [];
    this.logs.set(key, log);
    const entry: Running = { trial, log };
    this.running.set(key, entry);
    const workDir = mkdtempSync(join(this.o.workRoot ?? tmpdir(), "hyperfleet-trial-"));
    const batcher = new MetricBatcher((points) => trial.reportMetrics(points));
    const heartbeat = setInterval(() => void trial.heartbeat().catch(() => undefined), this.o.heartbeatMs ?? 5_000);
    const deadline = offer.deadlineUnixMs > 0 ? setTimeout(() => void this.stopOne(entry, "stopped"), Math.max(0, offer.deadlineUnixMs - Date.now())) : undefined;
    try {
      entry.process = runtime.run({
        offer,
        // Exactly the GPUs the transport's capacity reserved for this attempt, held until it settles.
        gpus: trial.gpus,
        workDir,
        onMetrics: (points) => batcher.push(points),
        onOutput: (line) => {
          log.push(line);
          if (log.length > (this.o.logLines ?? 200)) log.shift();
        },
      });
      if (entry.stopReason) void entry.process.stop(this.o.stopGraceMs ?? 10_000);
      const outcome = await entry.process.done;
      clearInterval(heartbeat);
      clearTimeout(deadline);
      await batcher.flush();
      if (entry.stopReason === "handed-back") {
        this.counts.handedBack++;
        await trial.release();
      } else {
        const result = { ...toOutcome(outcome, entry.stopReason, batcher, log), logTail: [...log] };
        this.counts[result.status === "completed" ? "completed" : result.status === "failed" ? "failed" : "stopped"]++;
        await trial.finish(result);
      }
    } catch {
      // The broker is gone: the lease runs out and the attempt comes back elsewhere.
    } finally {
      clearInterval(heartbeat);
      clearTimeout(deadline);
      this.running.delete(key);
      rmSync(workDir, { recursive: true, force: true });
      if (this.running.size === 0) for (const f of this.idle.splice(0)) f();
    }
  }

  private announce(leaving: boolean): Promise<void> {
    return this.o.transport.announce({
      workerId: this.o.workerId,
      host: this.o.host ?? hostname(),
      capabilities: this.o.capabilities,
      slots: this.o.slots,
      freeSlots: Math.max(0, this.o.slots - this.running.size),
      resourceClasses: [],
      sentUnixMs: Date.now(),
      leaving,
    });
  }
}

function toOutcome(o: RunOutcome, stopReason: Running["stopReason"], batcher: MetricBatcher, log: string[]): TrialOutcome {
  const finalMetrics = batcher.lastValues();
  if (o.kind === "stopped" || stopReason === "stopped") return { status: "stopped", finalMetrics };
  if (o.kind === "error") return { status: "failed", error: { code: o.code, message: o.message, retryable: o.retryable }, finalMetrics };
  if (o.exitCode === 0) return { status: "completed", finalMetrics };
  const last = log.slice(-5).join("\n");
  return {
    status: "failed",
    error: { code: WireErrorCode.TrainingExitCode, message: `training exited with ${o.signal ? `signal ${o.signal}` : `code ${o.exitCode}`}${last ? `; last output:\n${last}` : ""}`, retryable: false },
    finalMetrics,
  };
}
