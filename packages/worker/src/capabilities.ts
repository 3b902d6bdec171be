import { execFile } from "node:child_process";
import { availableParallelism, totalmem } from "node:os";
import { promisify } from "node:util";
import type { GpuInfo, TrainingRuntime, WorkerCapabilities } from "@hyperfleet/transport";

/**
 * What a machine has, before the worker says which runtimes it serves: those follow from the runtimes
 * it is given (and the Docker engine it finds), so `runtimes` here only narrows them.
 */
export type MachineCapabilities = Omit<WorkerCapabilities, "runtimes"> & { runtimes?: readonly TrainingRuntime[] };

const run = promisify(execFile);

/**
 * GPUs from `nvidia-smi` (index, model, memory), or none when it is missing or fails. A worker can
 * also declare them (--gpus), for machines where nvidia-smi is not the source of truth.
 */
export async function detectGpus(): Promise<GpuInfo[]> {
  try {
    const { stdout } = await run("nvidia-smi", ["--query-gpu=index,name,memory.total", "--format=csv,noheader,nounits"], { timeout: 10_000 });
    return parseNvidiaSmi(stdout);
  } catch {
    return [];
  }
}

export function parseNvidiaSmi(csv: string): GpuInfo[] {
  return csv
    .split("\n")
    .map((l) => l.split(",").map((c) => c.trim()))
    .filter((c) => c.length >= 3 && /^\d+$/.test(c[0]!))
    .map(([index, model, memory]) => ({ index: Number(index), model: model!, memoryMiB: Number(memory) || 0 }));
}

/**
 * A declared GPU inventory: "0,1" (indices, model unknown) or "0:A100,1:A100" (index:model).
 */
export function parseDeclaredGpus(spec: string): GpuInfo[] {
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [index, model = "declared"] = entry.split(":");
      if (!/^\d+$/.test(index ?? "")) throw new Error(`--gpus: expected indices like 0,1 or 0:A100,1:A100, got ${JSON.stringify(spec)}`);
      return { index: Number(index), model, memoryMiB: 0 };
    });
}

export async function detectCapabilities(options: { gpus?: GpuInfo[]; labels?: Record<string, string> } = {}): Promise<MachineCapabilities> {
  return {
    cpus: availableParallelism(),
    memoryMiB: Math.floor(totalmem() / 2 ** 20),
    gpus: options.gpus ?? (await detectGpus()),
    labels: options.labels ?? {},
  };
}
