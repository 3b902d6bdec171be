import { mkdtempSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import {
  attemptId,
  TRAINING_RUNTIMES,
  TransportError,
  TransportErrorCode,
  WireErrorCode,
  type Claim,
  type ClaimedTrial,
  type ControlCommand,
  type FreeCapacity,
  type Subscription,
  type TrainingRuntime,
  type TrialOutcome,
  type WorkerCapabilities,
  type WorkerTransport,
} from "@hyperfleet/transport";
import type { MachineCapabilities } from "./capabilities.js";
import { AttemptArtifacts, dropArtifacts, type ArtifactsOptions } from "./artifacts.js";
import { LogBatcher } from "./metrics/log-batcher.js";
import { MetricBatcher } from "./metrics/metric-batcher.js";
import { within } from "./within.js";
import { refusal, type AllowList } from "./allow-list.js";
import type { RunOutcome, RunningTrial, Runtime } from "./runtimes/runtime.js";

export interface WorkerOptions {
  transport: WorkerTransport;
  workerId: string;
  /** The machine; the runtimes it serves are those of `runtimes` (narrowed by `capabilities.runtimes` if given). */
  capabilities: MachineCapabilities;
  /** Attempts run at once. */
  slots: number;
  runtimes: Partial<Record<TrainingRuntime, Runtime>>;
  host?: string;
  /** Where attempts get their working folders (default: the system temp folder). */
  workRoot?: string;
  /** Where each attempt's model, output and stdout/stderr are kept after it; absent: they go with it. */
  artifacts?: ArtifactsOptions;
  heartbeatMs?: number;
  announceMs?: number;
  /** SIGTERM to SIGKILL on a stop. */
  stopGraceMs?: number;
  /** Output lines kept per attempt. */
  logLines?: number;
  /** The images and commands this worker agrees to run (allow-list.ts); absent: anything. */
  allow?: AllowList;
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
  /** Artifact folders the coordinator dropped while their attempt was still settling here. */
  private readonly dropWhenDone = new Map<string, string>();
  private claim: Claim | undefined;
  private control: Subscription | undefined;
  private announcer: NodeJS.Timeout | undefined;
  private readonly idle: (() => void)[] = [];
  readonly counts = { completed: 0, failed: 0, stopped: 0, handedBack: 0 };
  /** What the worker announces and claims with: the machine, and the runtimes it serves. */
  readonly capabilities: WorkerCapabilities;

  constructor(private readonly o: WorkerOptions) {
    const runtimes = TRAINING_RUNTIMES.filter((r) => o.runtimes[r] && (o.capabilities.runtimes ?? TRAINING_RUNTIMES).includes(r));
    if (runtimes.length === 0) throw new TransportError(TransportErrorCode.InvalidArgument, `worker ${o.workerId} serves no runtime: give it a process or a docker runtime`);
    this.capabilities = { ...o.capabilities, runtimes };
  }

  async start(): Promise<void> {
    await this.announce(false);
    this.announcer = setInterval(() => void this.announce(false).catch(() => undefined), this.o.announceMs ?? 10_000);
    this.announcer.unref?.();
    this.control = await this.o.transport.onControl(this.o.workerId, (c) => void this.onControl(c));
    this.claim = await this.o.transport.claim({
      workerId: this.o.workerId,
      capabilities: this.capabilities,
      slots: this.o.slots,
      onTrial: (t) => void this.run(t),
    });
  }

  get runningCount(): number {
    return this.running.size;
  }

  /** What the worker's claim has free: full again once every attempt it held is settled with the broker. */
  freeCapacity(): FreeCapacity | undefined {
    return this.claim?.free();
  }

  /** The last output lines of an attempt, running or finished. */
  logTail(jobId: string, trialId: number, attempt: number): string[] {
    return [...(this.logs.get(`${jobId}/${trialId}/${attempt}`) ?? [])];
  }

  /**
   * Stops claiming; waits for running attempts until the deadline; hands back what is left. Results
   * and hand-backs still waiting for an absent broker get SETTLE_GRACE_MS more, then are left to their
   * leases (the broker redelivers them), so a shutdown never hangs on the broker.
   */
  async shutdown(deadlineMs = 30_000): Promise<void> {
    clearInterval(this.announcer);
    await this.claim?.stop();
    const allDone = new Promise<void>((resolve) => (this.running.size === 0 ? resolve() : this.idle.push(resolve)));
    if (await timesOut(allDone, deadlineMs)) {
      await Promise.all([...this.running.values()].map((r) => this.stopOne(r, "handed-back")));
      await timesOut(allDone, SETTLE_GRACE_MS);
    }
    await this.control?.stop();
    await this.announce(true).catch(() => undefined);
  }

  private async onControl(c: ControlCommand): Promise<void> {
    if (c.type === "drain") return this.shutdown(c.graceSeconds * 1000);
    if (c.type === "drop-artifacts") {
      // Never outside this worker's own root (dropArtifacts); an attempt still settling here (its
      // result sent, its ack not yet back) loses its folder once it is done.
      if (this.running.has(attemptId(c))) this.dropWhenDone.set(attemptId(c), c.path);
      else dropArtifacts(this.o.artifacts, c.path);
      return;
    }
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
      // Not for a runtime this worker announced: the runtime is part of the resource class, so this
      // only meets an assignment on a class from before that (or a bad one). Handing it back could
      // bounce it between workers like this one for ever (hand-backs do not count); a retryable failure
      // lets the coordinator's retry policy offer it again, on the right class.
      const error = { code: WireErrorCode.RuntimeUnavailable, message: `worker ${this.o.workerId} has no ${offer.training.runtime} runtime`, retryable: true };
      await trial.finish({ status: "failed", error, finalMetrics: [] }).catch(() => undefined);
      return;
    }
    const refused = refusal(offer, this.o.allow);
    if (refused) {
      // Checked before anything starts: a forged or unwanted assignment never runs here.
      await trial.finish({ status: "failed", error: refused, finalMetrics: [] }).catch(() => undefined);
      return;
    }
    const log: string[] = [];
    this.logs.set(key, log);
    const entry: Running = { trial, log };
    this.running.set(key, entry);
    const workDir = mkdtempSync(join(this.o.workRoot ?? tmpdir(), "hyperfleet-trial-"));
    const artifacts = AttemptArtifacts.open(this.o.artifacts, offer, workDir);
    const batcher = new MetricBatcher((points) => trial.reportMetrics(points));
    const liveLog = new LogBatcher((lines, dropped) => trial.reportLogs(lines, dropped));
    const heartbeat = setInterval(() => void trial.heartbeat().catch(() => undefined), this.o.heartbeatMs ?? 5_000);
    const deadline = offer.deadlineUnixMs > 0 ? setTimeout(() => void this.stopOne(entry, "stopped"), Math.max(0, offer.deadlineUnixMs - Date.now())) : undefined;
    try {
      entry.process = runtime.run({
        offer,
        // Exactly the GPUs the transport's capacity reserved for this attempt, held until it settles.
        gpus: trial.gpus,
        workDir,
        modelDir: artifacts.modelDir,
        outputDir: artifacts.outputDir,
        onMetrics: (points) => batcher.push(points),
        onOutput: (line, stream) => {
          artifacts.write(line, stream);
          liveLog.push(line);
          log.push(line);
          if (log.length > (this.o.logLines ?? 200)) log.shift();
        },
      });
      if (entry.stopReason) void entry.process.stop(this.o.stopGraceMs ?? 10_000);
      const outcome = await entry.process.done;
      clearInterval(heartbeat);
      clearTimeout(deadline);
      await Promise.all([batcher.flush(), liveLog.flush()]);
      const kept = await artifacts.close();
      if (entry.stopReason === "handed-back") {
        this.counts.handedBack++;
        await trial.release("the worker is shutting down");
      } else {
        const result = { ...toOutcome(outcome, entry.stopReason, batcher, log, artifacts.failureReason()), logTail: [...log], ...(kept ? { artifacts: kept } : {}) };
        this.counts[result.status === "completed" ? "completed" : result.status === "failed" ? "failed" : "stopped"]++;
        await trial.finish(result);
      }
    } catch {
      // The transport was closed before the broker had the result: the lease runs out and the attempt comes back.
    } finally {
      clearInterval(heartbeat);
      clearTimeout(deadline);
      this.running.delete(key);
      await artifacts.close().catch(() => undefined);
      const dropped = this.dropWhenDone.get(key);
      this.dropWhenDone.delete(key);
      if (dropped !== undefined) dropArtifacts(this.o.artifacts, dropped);
      rmSync(workDir, { recursive: true, force: true });
      if (this.running.size === 0) for (const f of this.idle.splice(0)) f();
    }
  }

  private announce(leaving: boolean): Promise<void> {
    return this.o.transport.announce({
      workerId: this.o.workerId,
      host: this.o.host ?? hostname(),
      capabilities: this.capabilities,
      slots: this.o.slots,
      freeSlots: Math.max(0, this.o.slots - this.running.size),
      resourceClasses: [],
      sentUnixMs: Date.now(),
      leaving,
    });
  }
}

/** How long a shutdown still waits, after its deadline, for results and hand-backs the broker has not taken yet. */
const SETTLE_GRACE_MS = 10_000;

/** Resolves true if `done` has not settled after `ms`. */
function timesOut(done: Promise<void>, ms: number): Promise<boolean> {
  return within(done.then(() => false), ms, true);
}

/** How the attempt ended; a training that fails with a `failure` file in its output says why in it (SageMaker's FailureReason). */
function toOutcome(o: RunOutcome, stopReason: Running["stopReason"], batcher: MetricBatcher, log: string[], failure: string | undefined): TrialOutcome {
  const finalMetrics = batcher.lastValues();
  if (o.kind === "stopped" || stopReason === "stopped") return { status: "stopped", finalMetrics };
  if (o.kind === "error") return { status: "failed", error: { code: o.code, message: o.message, retryable: o.retryable }, finalMetrics };
  if (o.exitCode === 0) return { status: "completed", finalMetrics };
  const last = log.slice(-5).join("\n");
  const why = failure ? `: ${failure}` : last ? `; last output:\n${last}` : "";
  return {
    status: "failed",
    error: { code: WireErrorCode.TrainingExitCode, message: `training exited with ${o.signal ? `signal ${o.signal}` : `code ${o.exitCode}`}${why}`, retryable: false },
    finalMetrics,
  };
}
