import { describe, expect, it } from "vitest";
import { InvalidSpaceError } from "../errors.js";
import { createRng } from "../random/rng.js";
import { SearchSpace } from "./search-space.js";

const SPACE = new SearchSpace({
  lr: { type: "continuous", min: 1e-5, max: 1, scaling: "log" },
  momentum: { type: "continuous", min: 0.9, max: 0.9999, scaling: "reverse-log" },
  dropout: { type: "continuous", min: 0, max: 0.5 },
  layers: { type: "integer", min: 1, max: 8 },
  units: { type: "integer", min: 16, max: 4096, scaling: "log" },
  act: { type: "categorical", values: ["relu", "tanh", "gelu"] },
});

describe("SearchSpace encoding", () => {
  it("lays parameters out in the unit cube, categoricals one-hot", () => {
    expect(SPACE.dims).toBe(5 + 3);
    const x = SPACE.encode({ lr: 1e-3, momentum: 0.99, dropout: 0.25, layers: 3, units: 256, act: "tanh" });
    expect(x[0]).toBeCloseTo(0.4, 12); // log10: (-3 - -5) / 5
    expect(x[1]).toBeCloseTo(1 / 3, 12); // -log(1 - v): ln 100 - ln 10 over ln 10000 - ln 10
    expect(x[2]).toBeCloseTo(0.5, 12);
    expect(Array.from(x.subarray(5))).toEqual([0, 1, 0]);
    for (const v of x) expect(v >= 0 && v <= 1).toBe(true);
  });

  it("round-trips every integer exactly and continuous values to 1e-12", () => {
    for (let layers = 1; layers <= 8; layers++) {
      for (const units of [16, 17, 100, 1000, 4095, 4096]) {
        const params = { lr: 0.0123, momentum: 0.95, dropout: 0.1, layers, units, act: "gelu" };
        const back = SPACE.decode(SPACE.encode(params));
        expect(back.layers).toBe(layers);
        expect(back.units).toBe(units);
        expect(back.act).toBe("gelu");
        expect(back.lr as number).toBeCloseTo(0.0123, 12);
        expect(back.momentum as number).toBeCloseTo(0.95, 12);
      }
    }
  });

  it("decodes any point of the cube to valid values, and snapping is idempotent", () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) {
      const x = Float64Array.from({ length: SPACE.dims }, () => rng.next());
      const p = SPACE.decode(x);
      expect(Number.isInteger(p.layers)).toBe(true);
      expect(p.units as number).toBeGreaterThanOrEqual(16);
      expect(p.units as number).toBeLessThanOrEqual(4096);
      const s = SPACE.snap(x);
      expect(Array.from(SPACE.snap(s))).toEqual(Array.from(s));
    }
  });

  it("gives every integer an equal share of its (scaled) axis", () => {
    const space = new SearchSpace({ k: { type: "integer", min: 0, max: 3, scaling: "linear" } });
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[space.decode([(i + 0.5) / 4000]).k as number]!++;
    expect(counts).toEqual([1000, 1000, 1000, 1000]);
  });

  it("resolves auto scaling by the documented rule", () => {
    const s = new SearchSpace({
      wide: { type: "continuous", min: 1e-4, max: 1, scaling: "auto" },
      narrow: { type: "continuous", min: 1, max: 50 },
      nearOne: { type: "continuous", min: 0.9, max: 0.9999 },
      count: { type: "integer", min: 1, max: 1000 },
      signed: { type: "continuous", min: -1, max: 100 },
    });
    const scalings = Object.fromEntries(s.parameters.map((p) => [p.name, "scaling" in p ? p.scaling : undefined]));
    expect(scalings).toEqual({ wide: "log", narrow: "linear", nearOne: "reverse-log", count: "log", signed: "linear" });
  });

  it("rejects values outside the space, naming the parameter", () => {
    expect(() => SPACE.encode({ lr: 2, momentum: 0.95, dropout: 0.1, layers: 1, units: 16, act: "relu" })).toThrow(/params\.lr/);
    expect(() => SPACE.encode({ lr: 0.1, momentum: 0.95, dropout: 0.1, layers: 1.5, units: 16, act: "relu" })).toThrow(/params\.layers/);
    expect(() => SPACE.encode({ lr: 0.1, momentum: 0.95, dropout: 0.1, layers: 1, units: 16, act: "swish" })).toThrow(/params\.act/);
  });
});

describe("SearchSpace validation", () => {
  const cases: [string, unknown, string, string][] = [
    ["min >= max", { a: { type: "continuous", min: 1, max: 1 } }, "a", "min<max"],
    ["integer min >= max", { n: { type: "integer", min: 5, max: 2 } }, "n", "min<max"],
    ["log with min <= 0", { lr: { type: "continuous", min: 0, max: 1, scaling: "log" } }, "lr", "log-needs-positive-min"],
    ["reverse-log outside [0, 1)", { m: { type: "continuous", min: 0.5, max: 1, scaling: "reverse-log" } }, "m", "reverse-log-range"],
    ["reverse-log on an integer", { k: { type: "integer", min: 0, max: 3, scaling: "reverse-log" } }, "k", "reverse-log-continuous-only"],
    ["empty categorical", { act: { type: "categorical", values: [] } }, "act", "non-empty-values"],
    ["duplicate categorical values", { act: { type: "categorical", values: ["relu", "relu"] } }, "act", "unique-values"],
    ["unknown type", { x: { type: "float", min: 0, max: 1 } }, "x", "type"],
    ["unknown field", { x: { type: "continuous", min: 0, max: 1, step: 0.1 } }, "x", "unknown-field"],
    ["unknown scaling", { x: { type: "continuous", min: 0, max: 1, scaling: "exp" } }, "x", "scaling"],
    ["non-integer bound of an integer", { n: { type: "integer", min: 0.5, max: 3 } }, "n", "min"],
    ["non-finite bound", { x: { type: "continuous", min: 0, max: Infinity } }, "x", "max"],
    ["bad gridPoints", { x: { type: "continuous", min: 0, max: 1, gridPoints: 1 } }, "x", "gridPoints"],
    ["empty space", {}, "(space)", "non-empty"],
  ];
  it.each(cases)("rejects %s with a typed error naming the parameter and rule", (_, spec, parameter, rule) => {
    let error: unknown;
    try {
      new SearchSpace(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidSpaceError);
    expect(error).toMatchObject({ code: "INVALID_SPACE", parameter, rule });
    expect((error as Error).message).toContain(parameter);
  });
});
