import { describe, expect, it } from "vitest";
import { WorkerCapacity } from "./capacity.js";
import type { GpuInfo, ResourceRequest } from "./domain.js";

const gpu = (index: number, model = "NVIDIA A100") => ({ index, model, memoryMiB: 81920 });
const CPU_TRIAL = { cpus: 1, memoryMiB: 1024, gpus: 0 };
const GPU_TRIAL = { cpus: 1, memoryMiB: 1024, gpus: 1 };

/** Plenty of slots, CPUs and memory, so only the GPUs decide. */
const gpuWorker = (gpus: GpuInfo[]) => new WorkerCapacity({ cpus: 64, memoryMiB: 1 << 20, gpus, labels: {}, runtimes: ["process"] }, 16);
const gpus = (c: WorkerCapacity, r: Omit<ResourceRequest, "cpus" | "memoryMiB">) => c.reserve({ cpus: 1, memoryMiB: 1, ...r }, 1)[0]?.gpus;

describe("WorkerCapacity", () => {
  it("never holds more than its slots, CPUs, memory or GPUs", () => {
    const c = new WorkerCapacity({ cpus: 4, memoryMiB: 2048, gpus: [], labels: {}, runtimes: ["process"] }, 8);
    const held = c.reserve(CPU_TRIAL, 10);
    expect(held).toHaveLength(2); // memory runs out first
    c.release(held[0]!);
    expect(c.reserve(CPU_TRIAL, 10)).toHaveLength(1);
  });

  it("keeps a slot for each free GPU: CPU trials only get the slots beyond them", () => {
    const c = new WorkerCapacity({ cpus: 16, memoryMiB: 65536, gpus: [gpu(0), gpu(1)], labels: {}, runtimes: ["process"] }, 3);
    expect(c.reserve(CPU_TRIAL, 5)).toHaveLength(1); // 3 slots, 2 kept for the GPUs
    const gpuHeld = c.reserve(GPU_TRIAL, 5);
    expect(gpuHeld).toHaveLength(2);
    expect(c.reserve(CPU_TRIAL, 1)).toHaveLength(0);
    c.release(gpuHeld[0]!); // a GPU and a slot come back: the slot waits for GPU work
    expect(c.reserve(CPU_TRIAL, 1)).toHaveLength(0);
    expect(c.reserve(GPU_TRIAL, 1)).toHaveLength(1);
  });

  it("a GPU worker with one slot per GPU runs no CPU trials", () => {
    const c = new WorkerCapacity({ cpus: 16, memoryMiB: 65536, gpus: [gpu(0)], labels: {}, runtimes: ["process"] }, 1);
    expect(c.reserve(CPU_TRIAL, 1)).toHaveLength(0);
    expect(c.reserve(GPU_TRIAL, 1)).toHaveLength(1);
  });

  it("a second release of the same reservation gives nothing back twice", () => {
    const c = new WorkerCapacity({ cpus: 1, memoryMiB: 1024, gpus: [], labels: {}, runtimes: ["process"] }, 1);
    const [r] = c.reserve(CPU_TRIAL, 1);
    c.release(r!);
    c.release(r!);
    expect(c.slots).toBe(1);
    expect(c.reserve(CPU_TRIAL, 2)).toHaveLength(1);
  });
});

describe("WorkerCapacity's GPUs", () => {
  it("hands out whole GPUs exclusively and of the asked model (case-insensitive substring)", () => {
    const c = gpuWorker([gpu(0), gpu(1), gpu(2, "Tesla T4")]);
    expect(gpus(c, { gpus: 1, gpuModel: "t4" })).toEqual([2]);
    expect(gpus(c, { gpus: 1, gpuModel: "T4" })).toBeUndefined();
    expect(gpus(c, { gpus: 2 })).toEqual([0, 1]);
    expect(gpus(c, { gpus: 1 })).toBeUndefined();
    expect(gpus(c, { gpus: 0 })).toEqual([]);
  });

  it("picks the lowest free indices first, whatever order the inventory lists them in", () => {
    const c = gpuWorker([gpu(3), gpu(1), gpu(2), gpu(0)]);
    expect(gpus(c, { gpus: 2, gpuModel: "a100" })).toEqual([0, 1]);
    expect(gpus(c, { gpus: 1 })).toEqual([2]);
  });

  it("a release returns exactly the GPUs that reservation held", () => {
    const c = gpuWorker([gpu(0), gpu(1), gpu(2)]);
    const [first, second] = [c.reserve(GPU_TRIAL, 1)[0]!, c.reserve(GPU_TRIAL, 1)[0]!];
    expect([first.gpus, second.gpus]).toEqual([[0], [1]]);
    c.release(second); // not "any set of one GPU": GPU 0 is still running the first attempt
    expect(c.reserve({ ...GPU_TRIAL, gpus: 2 }, 1)[0]!.gpus).toEqual([1, 2]);
    c.release(first);
    expect(c.reserve(GPU_TRIAL, 1)[0]!.gpus).toEqual([0]);
  });
});
