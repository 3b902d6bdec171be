import { describe, expect, it } from "vitest";
import { logExpectedImprovement, logExpectedImprovementWithGradient } from "./log-ei.js";

describe("log expected improvement", () => {
  it("equals log of the closed form where EI is representable", () => {
    // EI = (best - mu) Phi(z) + sigma phi(z); mu = 0.2, sigma = 0.5, best = 0: z = -0.4.
    // Phi(-0.4) = 0.3445782583896758, phi(-0.4) = 0.3682701403033233 (standard normal tables, scipy).
    const ei = -0.2 * 0.3445782583896758 + 0.5 * 0.3682701403033233;
    expect(logExpectedImprovement({ mean: 0.2, variance: 0.25 }, 0)).toBeCloseTo(Math.log(ei), 12);
  });

  it("stays finite and ordered when EI underflows", () => {
    const far = logExpectedImprovement({ mean: 100, variance: 1e-6 }, 0);
    const farther = logExpectedImprovement({ mean: 200, variance: 1e-6 }, 0);
    expect(Number.isFinite(far)).toBe(true);
    expect(Number.isFinite(farther)).toBe(true);
    expect(farther).toBeLessThan(far);
  });

  it("has gradients in mean and variance that match finite differences, even deep in the tail", () => {
    for (const [mean, variance] of [[0.3, 0.2], [-1, 0.5], [8, 0.01], [50, 0.04]] as const) {
      const out = new Float64Array(2);
      logExpectedImprovementWithGradient({ mean, variance }, 0, Float64Array.of(1, 0), Float64Array.of(0, 1), out);
      const h = 1e-6;
      const dm = (logExpectedImprovement({ mean: mean + h, variance }, 0) - logExpectedImprovement({ mean: mean - h, variance }, 0)) / (2 * h);
      const dv = (logExpectedImprovement({ mean, variance: variance + h * variance }, 0) - logExpectedImprovement({ mean, variance: variance - h * variance }, 0)) / (2 * h * variance);
      expect(out[0]).toBeCloseTo(dm, 4);
      expect(Math.abs(out[1]! - dv) / Math.abs(dv)).toBeLessThan(1e-5);
    }
  });
});
