import { describe, expect, it } from "vitest";
import { WorkerCapacity } from "./capacity.js";

const gpu = (index: number) => ({ index, model: "NVIDIA A100", memoryMiB: 81920 });
const CPU_TRIAL = { cpus: 1, memoryMiB: 1024, gpus: 0 };
const GPU_TRIAL = { cpus: 1, memoryMiB: 1024, gpus: 1 };

describe("WorkerCapacity", () => {
  it("never holds more than its slots, CPUs, memory or GPUs", () => {
    const c = new WorkerCapacity({ cpus: 4, memoryMiB: 2048, gpus: [], labels: {} }, 8);
    expect(c.reserve(CPU_TRIAL, 10)).toBe(2); // memory runs out first
    c.release(CPU_TRIAL);
    expect(c.reserve(CPU_TRIAL, 10)).toBe(1);
  });

  it("keeps a slot for each free GPU: CPU trials only get the slots beyond them", () => {
    const c = new WorkerCapacity({ cpus: 16, memoryMiB: 65536, gpus: [gpu(0), gpu(1)], labels: {} }, 3);
    expect(c.reserve(CPU_TRIAL, 5)).toBe(1); // 3 slots, 2 kept for the GPUs
    expect(c.reserve(GPU_TRIAL, 5)).toBe(2);
    expect(c.reserve(CPU_TRIAL, 1)).toBe(0);
    c.release(GPU_TRIAL); // a GPU and a slot come back: the slot waits for GPU work
    expect(c.reserve(CPU_TRIAL, 1)).toBe(0);
    expect(c.reserve(GPU_TRIAL, 1)).toBe(1);
  });

  it("a GPU worker with one slot per GPU runs no CPU trials", () => {
    const c = new WorkerCapacity({ cpus: 16, memoryMiB: 65536, gpus: [gpu(0)], labels: {} }, 1);
    expect(c.reserve(CPU_TRIAL, 1)).toBe(0);
    expect(c.reserve(GPU_TRIAL, 1)).toBe(1);
  });
});
