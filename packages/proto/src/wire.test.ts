import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { v1, WireErrorCode } from "./mod.js";

describe("hyperfleet/v1 wire types", () => {
  it("round-trips a trial assignment with typed hyperparameters, 64-bit ids as numbers", () => {
    const msg = v1.TrialAssignment.create({
      jobId: "job-1",
      trialId: 2 ** 40 + 3,
      attempt: 2,
      hyperparameters: { lr: { number: 0.01 }, layers: { integer: 4 }, act: { text: "relu" }, bn: { flag: true } },
      staticHyperparameters: { epochs: "10" },
      training: { runtime: v1.TrainingSpec.Runtime.RUNTIME_PROCESS, command: ["python", "train.py"], metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }] },
      resources: { cpus: 2, memoryMib: 4096, gpus: 1, gpuModel: "A100", labels: { zone: "a" } },
      deadlineUnixMs: 1_900_000_000_000,
    });
    const back = v1.TrialAssignment.decode(v1.TrialAssignment.encode(msg).finish());
    expect(back.trialId).toBe(2 ** 40 + 3);
    expect(back.deadlineUnixMs).toBe(1_900_000_000_000);
    expect(back.hyperparameters.layers!.integer).toBe(4);
    expect(back.hyperparameters.act!.kind).toBe("text");
    expect(back.resources!.labels).toEqual({ zone: "a" });
    expect(back.training!.command).toEqual(["python", "train.py"]);
  });

  it("carries one event kind per envelope", () => {
    const bytes = v1.Event.encode({ result: { jobId: "j", trialId: 1, attempt: 1, status: v1.TrialResult.Status.STATUS_FAILED, error: { code: WireErrorCode.MaxDeliveries, message: "gone", retryable: true } } }).finish();
    const e = v1.Event.decode(bytes);
    expect(e.kind).toBe("result");
    expect(e.result!.error!.retryable).toBe(true);
  });

  it("rejects a malformed payload with an error instead of garbage", () => {
    expect(() => v1.Event.decode(Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f))).toThrow();
  });

  it("the checked-in generated code matches the .proto files", () => {
    const script = fileURLToPath(new URL("../scripts/generate.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
