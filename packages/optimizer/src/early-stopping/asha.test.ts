import { describe, expect, it } from "vitest";
import { AshaRungs } from "./asha.js";

describe("ASHA rungs", () => {
  it("lays out rungs minResource * eta^k, the last at maxResource", () => {
    expect(new AshaRungs({ minResource: 1, maxResource: 27, reductionFactor: 3 }, "minimize").resources).toEqual([1, 3, 9, 27]);
    expect(new AshaRungs({ minResource: 2, maxResource: 20, reductionFactor: 3 }, "minimize").resources).toEqual([2, 6, 18, 20]);
  });

  it("starts new configurations until a rung's top 1/eta holds one not yet promoted, then promotes it once", () => {
    const asha = new AshaRungs({ minResource: 1, maxResource: 9, reductionFactor: 3 }, "minimize");
    expect(asha.next()).toEqual({ kind: "new", rung: 0, resource: 1 });
    asha.record(0, 0, 0.5);
    asha.record(1, 0, 0.2);
    expect(asha.next().kind).toBe("new"); // 2 results: top floor(2/3) = 0
    asha.record(2, 0, 0.9);
    expect(asha.next()).toEqual({ kind: "promote", configId: 1, rung: 1, resource: 3 });
    expect(asha.next().kind).toBe("new"); // config 1 is promoted already; nothing else in the top third
    for (const [id, v] of [[3, 0.1], [4, 0.8], [5, 0.7]] as const) asha.record(id, 0, v);
    expect(asha.next()).toEqual({ kind: "promote", configId: 3, rung: 1, resource: 3 }); // the new best
  });

  it("promotes from the highest rung first and keeps the direction of the objective", () => {
    const asha = new AshaRungs({ minResource: 1, maxResource: 9, reductionFactor: 3 }, "maximize");
    for (const [id, v] of [[0, 0.5], [1, 0.9], [2, 0.1]] as const) asha.record(id, 0, v);
    expect(asha.next()).toMatchObject({ configId: 1, rung: 1 });
    for (const [id, v] of [[1, 0.95], [7, 0.3], [8, 0.2]] as const) asha.record(id, 1, v);
    expect(asha.next()).toEqual({ kind: "promote", configId: 1, rung: 2, resource: 9 });
    expect(asha.counts).toEqual([3, 3, 0]);
  });

  it("frees a configuration whose promotion failed", () => {
    const asha = new AshaRungs({ minResource: 1, maxResource: 3, reductionFactor: 3 }, "minimize");
    for (const [id, v] of [[0, 0.5], [1, 0.2], [2, 0.9]] as const) asha.record(id, 0, v);
    expect(asha.next()).toMatchObject({ kind: "promote", configId: 1 });
    asha.release(1, 0);
    expect(asha.next()).toMatchObject({ kind: "promote", configId: 1 });
  });
});
