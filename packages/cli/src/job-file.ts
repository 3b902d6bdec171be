import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fromSageMakerRequest, type JobSpecInput } from "@hyperfleet/coordinator";
import { parse } from "yaml";
import { UsageError } from "./usage-error.js";

/** A job file as written: YAML or JSON (YAML reads both). */
export function readJobDocument(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read the job file ${path}: ${(err as Error).message}`);
  }
  try {
    return parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid YAML or JSON: ${(err as Error).message}`);
  }
}

export function isSageMakerRequest(doc: unknown): boolean {
  return doc !== null && typeof doc === "object" && "HyperParameterTuningJobConfig" in doc;
}

/**
 * A job file as `tune` and `submit` send it: a SageMaker request is mapped first; then command
 * arguments and data-channel paths that start with ./ or ../ are taken relative to the job file's
 * folder, so a job file works from any current directory (a relative path could mean nothing in a
 * trial's scratch folder anyway). Other paths are left for the worker's host.
 */
export function localJobSpec(doc: unknown, jobFile: string): { spec: JobSpecInput; warnings: string[] } {
  const { spec, warnings } = isSageMakerRequest(doc) ? fromSageMakerRequest(doc) : { spec: doc as JobSpecInput, warnings: [] as string[] };
  const base = dirname(resolve(jobFile));
  const local = (p: unknown) => (typeof p === "string" && /^\.\.?\//.test(p) && !isAbsolute(p) ? resolve(base, p) : p);
  const training = (spec as { training?: { command?: unknown; dataChannels?: unknown } } | null)?.training;
  if (training && Array.isArray(training.command)) training.command = training.command.map(local);
  if (training && Array.isArray(training.dataChannels)) {
    training.dataChannels = training.dataChannels.map((c: unknown) => (c && typeof c === "object" ? { ...c, path: local((c as { path?: unknown }).path) } : c));
  }
  return { spec: spec as JobSpecInput, warnings };
}
