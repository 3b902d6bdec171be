import { describe, expect, it } from "vitest";
import { MetricSteps, parseMetricJson, RegexMetricExtractor } from "./metric-parser.js";

// The rules docs/protocol.md ("Metrics: channels, steps, timestamps") gives a worker author.
describe("metric steps", () => {
  it("numbers a report without a step from 0, per metric", () => {
    const steps = new MetricSteps();
    expect(parseMetricJson('{"metrics":{"loss":0.5}}', 10, steps)).toEqual([{ name: "loss", value: 0.5, step: 0, timestampUnixMs: 10 }]);
    expect(parseMetricJson('{"metrics":{"loss":0.4,"acc":0.7}}', 11, steps).map((p) => [p.name, p.step])).toEqual([["loss", 1], ["acc", 0]]);
    expect(parseMetricJson('{"step":null,"metrics":{"loss":0.3}}', 12, steps)[0]!.step).toBe(2);
  });

  it("takes a given step as it is, and continues after the highest step a metric has had", () => {
    const steps = new MetricSteps();
    expect(parseMetricJson('{"step":5,"metrics":{"loss":0.5}}', 0, steps)[0]!.step).toBe(5);
    expect(parseMetricJson('{"step":2,"metrics":{"loss":0.6}}', 0, steps)[0]!.step).toBe(2);
    expect(parseMetricJson('{"metrics":{"loss":0.4}}', 0, steps)[0]!.step).toBe(6);
    expect(parseMetricJson('{"step":0,"metrics":{"loss":0.9}}', 0, steps)[0]!.step).toBe(0);
  });

  it("shares one counter between the JSON channels and the regexes of one attempt", () => {
    const steps = new MetricSteps();
    const regex = new RegexMetricExtractor([{ name: "loss", regex: "loss=([0-9.]+)" }], steps);
    expect(regex.extract("loss=0.9", 0)[0]!.step).toBe(0);
    expect(parseMetricJson('{"metrics":{"loss":0.8}}', 0, steps)[0]!.step).toBe(1);
    expect(regex.extract("loss=0.7", 0)[0]!.step).toBe(2);
    // Each extractor or parse call without a counter starts from 0.
    expect(new RegexMetricExtractor([{ name: "loss", regex: "loss=([0-9.]+)" }]).extract("loss=1", 0)[0]!.step).toBe(0);
  });

  it("refuses a step that is not a whole number >= 0: the whole report is dropped", () => {
    for (const step of ["-1", "1.5", '"3"', "true", "1e300"]) expect(parseMetricJson(`{"step":${step},"metrics":{"loss":1}}`, 0)).toEqual([]);
  });
});

describe("metric reports", () => {
  it("reads timestamp as Unix milliseconds, rounded; without a valid one, the time it was read", () => {
    expect(parseMetricJson('{"step":0,"metrics":{"a":1},"timestamp":1718000000123.6}', 5)[0]!.timestampUnixMs).toBe(1718000000124);
    for (const ts of ['"2024-06-10"', "0", "-5", "null"]) expect(parseMetricJson(`{"step":0,"metrics":{"a":1},"timestamp":${ts}}`, 5)[0]!.timestampUnixMs).toBe(5);
  });

  it("keeps finite numbers with a name, skips other values, and drops what is not a report", () => {
    expect(parseMetricJson('{"step":1,"metrics":{"":1,"b":true,"c":"2","d":null,"e":-0.5}}', 0)).toEqual([{ name: "e", value: -0.5, step: 1, timestampUnixMs: 0 }]);
    for (const bad of ['{"step":1,"metrics":[1]}', '{"step":1,"metrics":null}', '{"step":1,"metric":{"a":1}}', '"text"', "3"]) expect(parseMetricJson(bad, 0)).toEqual([]);
  });
});

describe("regex metric definitions", () => {
  it("counts only a decimal number (or NaN / inf: a diverged training) in the first capture group", () => {
    const x = new RegexMetricExtractor([{ name: "loss", regex: "loss=(\\S*)" }]);
    const values = ["0.5", "-3", "1e-3", ".25", "+2.", "", "0x10", "1_000", "nan", "Infinity", "1e400"].map((v) => x.extract(`loss=${v}`, 0).map((p) => p.value));
    expect(values).toEqual([[0.5], [-3], [0.001], [0.25], [2], [], [], [], [Number.NaN], [Number.POSITIVE_INFINITY], [Number.POSITIVE_INFINITY]]);
    // Only the eight that counted took steps.
    expect(x.extract("loss=1", 0)[0]!.step).toBe(8);
  });

  it("uses the first match on a line, and skips a definition whose regex does not compile", () => {
    const x = new RegexMetricExtractor([{ name: "bad", regex: "(unclosed" }, { name: "acc", regex: "acc=([0-9.]+)" }]);
    expect(x.invalid).toEqual(["bad"]);
    expect(x.extract("acc=0.1 acc=0.2", 0)).toEqual([{ name: "acc", value: 0.1, step: 0, timestampUnixMs: 0 }]);
  });

  it("keeps NaN and infinite values (bare in JSON, as Python writes them, or nan/inf in a regex capture): a diverged training says so", () => {
    expect(parseMetricJson('{"step": 3, "metrics": {"loss": NaN, "acc": 0.5, "gn": -Infinity}}', 0).map((p) => [p.name, p.value])).toEqual([
      ["loss", Number.NaN],
      ["acc", 0.5],
      ["gn", Number.NEGATIVE_INFINITY],
    ]);
    const regex = new RegexMetricExtractor([{ name: "loss", regex: "loss=(\\S+)" }]);
    expect(regex.extract("loss=nan", 0)[0]!.value).toBeNaN();
    expect(regex.extract("loss=-inf", 0)[0]!.value).toBe(Number.NEGATIVE_INFINITY);
    expect(regex.extract("loss=banana", 0)).toEqual([]);
  });
});
