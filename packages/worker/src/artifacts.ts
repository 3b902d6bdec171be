import { createWriteStream, existsSync, mkdirSync, openSync, readSync, closeSync, rmSync, type WriteStream } from "node:fs";
import { hostname } from "node:os";
import { join, relative, resolve, isAbsolute } from "node:path";
import type { ArtifactsLocation, TrialOffer } from "@hyperfleet/transport";

/** What a worker keeps of each attempt after it ends: everything, or nothing (the folder goes). */
export type ArtifactRetention = "all" | "none";

export interface ArtifactsOptions {
  /** Where attempts' folders go (`hyperfleet worker --artifacts`; in `tune`, the run folder's trials/). */
  root: string;
  keep?: ArtifactRetention;
  /** The attempt's folder below the root; default <job>/<trial>/attempt-<n>. */
  folder?: (offer: TrialOffer) => string;
}

/** The most of the training's `failure` file that becomes the failure's message (SageMaker's FailureReason). */
const FAILURE_BYTES = 1024;

const safe = (s: string): string => s.replace(/[^A-Za-z0-9._-]/g, "_");

export const defaultFolder = (offer: TrialOffer): string => join(safe(offer.jobId), String(offer.trialId), `attempt-${offer.attempt}`);

/**
 * One attempt's kept folder: `model/` and `output/` for the training (SageMaker's /opt/ml/model and
 * /opt/ml/output), and its stdout and stderr as `stdout.log` and `stderr.log`. Without artifact
 * options, or with keep "none", the folder is inside the attempt's scratch folder and goes with it.
 */
export class AttemptArtifacts {
  readonly modelDir: string;
  readonly outputDir: string;
  private readonly streams: Record<"stdout" | "stderr", WriteStream>;

  private constructor(
    readonly dir: string,
    private readonly kept: boolean,
  ) {
    // A redelivery of the same attempt to this worker starts from a clean folder.
    rmSync(dir, { recursive: true, force: true });
    this.modelDir = join(dir, "model");
    this.outputDir = join(dir, "output");
    mkdirSync(join(this.outputDir, "data"), { recursive: true });
    mkdirSync(this.modelDir, { recursive: true });
    this.streams = { stdout: createWriteStream(join(dir, "stdout.log")), stderr: createWriteStream(join(dir, "stderr.log")) };
    for (const s of Object.values(this.streams)) s.on("error", () => undefined); // a full disk loses log lines, not the attempt
  }

  static open(options: ArtifactsOptions | undefined, offer: TrialOffer, workDir: string): AttemptArtifacts {
    // Kept nowhere: the folders live in the scratch folder and go with it.
    if (!options || options.keep === "none") return new AttemptArtifacts(join(workDir, "artifacts"), false);
    try {
      return new AttemptArtifacts(join(options.root, (options.folder ?? defaultFolder)(offer)), true);
    } catch {
      // The root cannot be written (a full or read-only volume): the attempt runs all the same, and its
      // result carries no location. `hyperfleet worker` checks the root at start.
      return new AttemptArtifacts(join(workDir, "artifacts"), false);
    }
  }

  write(line: string, stream: "stdout" | "stderr"): void {
    this.streams[stream].write(`${line}\n`);
  }

  /** What the training wrote to output/failure, if anything (its first KiB, trimmed). */
  failureReason(): string | undefined {
    const path = join(this.outputDir, "failure");
    if (!existsSync(path)) return undefined;
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(FAILURE_BYTES);
      const text = buf.subarray(0, readSync(fd, buf, 0, FAILURE_BYTES, 0)).toString("utf8").trim();
      return text || undefined;
    } finally {
      closeSync(fd);
    }
  }

  private closed: Promise<ArtifactsLocation | undefined> | undefined;

  /** Closes the log files; the folder stays (and its location is returned) when the worker keeps artifacts. Once. */
  close(): Promise<ArtifactsLocation | undefined> {
    return (this.closed ??= this.end());
  }

  private async end(): Promise<ArtifactsLocation | undefined> {
    await Promise.all(Object.values(this.streams).map((s) => new Promise<void>((r) => s.end(r))));
    if (!this.kept) {
      rmSync(this.dir, { recursive: true, force: true });
      return undefined;
    }
    return { host: hostname(), path: this.dir };
  }
}

/**
 * Deletes an attempt's kept folder that its job no longer wants (the coordinator's drop-artifacts
 * command, for a job that keeps only its best trials'), if and only if it lies below this worker's
 * artifacts root: a command can never make a worker delete anything else. Returns whether it did.
 */
export function dropArtifacts(options: ArtifactsOptions | undefined, path: string): boolean {
  if (!options || options.keep === "none" || !path) return false;
  const inside = relative(resolve(options.root), resolve(path));
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return false;
  rmSync(resolve(path), { recursive: true, force: true });
  return true;
}
