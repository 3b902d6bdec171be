import { describe, expect, it } from "vitest";
import { parseDeclaredGpus, parseNvidiaSmi } from "./capabilities.js";
import { parseMetricJson, RegexMetricExtractor } from "./metrics/metric-parser.js";

describe("metric parsing", () => {
  it("reads the SDK's JSON shape and ignores anything else", () => {
    expect(parseMetricJson('{"step":2,"metrics":{"loss":0.5,"acc":0.9},"timestamp":7}', 1)).toEqual([
      { name: "loss", value: 0.5, step: 2, timestampUnixMs: 7 },
      { name: "acc", value: 0.9, step: 2, timestampUnixMs: 7 },
    ]);
    expect(parseMetricJson('{"step":1,"metrics":{"loss":"NaN","ok":1}}', 5)).toEqual([{ name: "ok", value: 1, step: 1, timestampUnixMs: 5 }]);
    for (const bad of ["not json", "null", '{"step":1.5,"metrics":{"a":1}}', '{"step":-1,"metrics":{"a":1}}', '{"step":1}', "[1,2]"]) expect(parseMetricJson(bad, 0)).toEqual([]);
  });

  it("applies SageMaker metric definitions: first capture group, a step per match", () => {
    const x = new RegexMetricExtractor([{ name: "loss", regex: "loss=([0-9.e-]+)" }, { name: "acc", regex: "acc: ([0-9.]+)" }]);
    expect(x.extract("epoch 0 loss=0.5 acc: 0.8", 1)).toEqual([
      { name: "loss", value: 0.5, step: 0, timestampUnixMs: 1 },
      { name: "acc", value: 0.8, step: 0, timestampUnixMs: 1 },
    ]);
    expect(x.extract("loss=oops", 2)).toEqual([]);
    expect(x.extract("loss=1e-3", 3)).toEqual([{ name: "loss", value: 0.001, step: 1, timestampUnixMs: 3 }]);
  });
});

// GPU allocation (exclusive, by model, lowest indices first) is tested with WorkerCapacity in @hyperfleet/transport.
describe("GPU inventory", () => {
  it("reads nvidia-smi's CSV and declared inventories", () => {
    expect(parseNvidiaSmi("0, NVIDIA H100 80GB HBM3, 81559\n1, NVIDIA H100 80GB HBM3, 81559\n")).toEqual([
      { index: 0, model: "NVIDIA H100 80GB HBM3", memoryMiB: 81559 },
      { index: 1, model: "NVIDIA H100 80GB HBM3", memoryMiB: 81559 },
    ]);
    expect(parseDeclaredGpus("0,1").map((g) => g.index)).toEqual([0, 1]);
    expect(parseDeclaredGpus("0:A100, 3:T4")).toEqual([{ index: 0, model: "A100", memoryMiB: 0 }, { index: 3, model: "T4", memoryMiB: 0 }]);
    expect(() => parseDeclaredGpus("gpu0")).toThrow(/--gpus/);
  });
});
