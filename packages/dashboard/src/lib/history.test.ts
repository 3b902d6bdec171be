import { describe, expect, it } from "vitest";
import { canUseLogScale, historySeries } from "./history.js";
import type { Trial } from "./types.js";

const trial = (trialId: number, status: Trial["status"], objective?: number): Trial => ({ trialId, status, objective, params: {}, attempt: 1, createdUnixMs: 0, earlyStopped: false });

describe("historySeries", () => {
  it("keeps completed trials with an objective, in trial order, with the running minimum", () => {
    const h = historySeries([trial(3, "Completed", 0.5), trial(1, "Completed", 0.9), trial(2, "Failed"), trial(4, "Running"), trial(5, "Completed", 0.7), trial(6, "Completed", 0.2)], "minimize");
    expect(h.x).toEqual([1, 3, 5, 6]);
    expect(h.y).toEqual([0.9, 0.5, 0.7, 0.2]);
    expect(h.best).toEqual([0.9, 0.5, 0.5, 0.2]);
  });
  it("uses the running maximum when maximizing", () => {
    const h = historySeries([trial(1, "Completed", 1), trial(2, "Completed", 3), trial(3, "Completed", 2)], "maximize");
    expect(h.best).toEqual([1, 3, 3]);
  });
  it("takes the best over feasible trials only, and marks the infeasible ones", () => {
    const ts = [trial(1, "Completed", 0.5), trial(2, "Completed", 0.9), trial(3, "Completed", 0.3), trial(4, "Completed", 0.4)];
    ts[0]!.feasible = false;
    ts[2]!.feasible = false;
    ts[1]!.feasible = true;
    const h = historySeries(ts, "minimize");
    expect(h.best).toEqual([null, 0.9, 0.9, 0.4]);
    expect(h.infeasible).toEqual([true, false, true, false]);
  });
  it("ignores non-finite objectives", () => {
    expect(historySeries([trial(1, "Completed", NaN), trial(2, "Completed", Infinity)], "minimize").x).toEqual([]);
  });
  it("allows a log scale only for positive values", () => {
    expect(canUseLogScale([1, 2])).toBe(true);
    expect(canUseLogScale([0, 2])).toBe(false);
    expect(canUseLogScale([])).toBe(false);
  });
});
