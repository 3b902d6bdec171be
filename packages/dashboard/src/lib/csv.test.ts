import { describe, expect, it } from "vitest";
import { csvField, toCsv, trialsCsv } from "./csv.js";
import type { Trial } from "./types.js";

describe("csv", () => {
  it("quotes fields with commas, quotes and newlines (RFC 4180)", () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(NaN)).toBe("");
    expect(csvField(0.25)).toBe("0.25");
  });
  it("writes a header and CRLF-terminated rows", () => {
    expect(toCsv(["a", "b"], [[1, "x"], [2, undefined]])).toBe("a,b\r\n1,x\r\n2,\r\n");
  });
  it("exports trials in the order given with their parameters", () => {
    const trials: Trial[] = [
      { trialId: 2, status: "Completed", attempt: 1, objective: 0.5, params: { lr: 0.01, opt: "adam" }, createdUnixMs: 10, endedUnixMs: 20, workerId: "w1", earlyStopped: false },
      { trialId: 1, status: "Failed", attempt: 2, params: { lr: 0.1, opt: "sgd,m" }, createdUnixMs: 5, earlyStopped: true, error: { code: "TrainingFailed", message: "exit 1" } },
    ];
    const lines = trialsCsv(trials, ["lr", "opt"], "loss").split("\r\n");
    expect(lines[0]).toBe("trialId,status,attempt,loss,lr,opt,workerId,earlyStopped,createdUnixMs,endedUnixMs,error");
    expect(lines[1]).toBe("2,Completed,1,0.5,0.01,adam,w1,false,10,20,");
    expect(lines[2]).toBe('1,Failed,2,,0.1,"sgd,m",,true,5,,TrainingFailed: exit 1');
  });
  it("exports each objective, the constrained metrics, feasible and pareto for such jobs", () => {
    const trials: Trial[] = [
      { trialId: 0, status: "Completed", attempt: 1, objective: 0.5, values: [0.5, 12], constraintMetrics: { size: null }, feasible: false, pareto: false, params: { lr: 0.1 }, createdUnixMs: 1, earlyStopped: false },
      { trialId: 1, status: "Running", attempt: 1, params: { lr: 0.2 }, createdUnixMs: 2, earlyStopped: false, pareto: false },
    ];
    const lines = trialsCsv(trials, ["lr"], "loss", { objectives: ["loss", "latency"], constraints: ["size"], feasible: true, pareto: true }).split("\r\n");
    expect(lines[0]).toBe("trialId,status,attempt,loss,latency,lr,size,feasible,pareto,workerId,earlyStopped,createdUnixMs,endedUnixMs,error");
    expect(lines[1]).toBe("0,Completed,1,0.5,12,0.1,,false,false,,false,1,,");
    expect(lines[2]).toBe("1,Running,1,,,0.2,,,false,,false,2,,");
  });
});
