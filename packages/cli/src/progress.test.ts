import type { JobRunner, JobSpec, JobTrial, TrialStatus } from "@hyperfleet/coordinator";
import { describe, expect, it } from "vitest";
import { fit, ProgressView } from "./progress.js";

/** A job as the view reads it: status counts, the budget, the best trial; `counts` changes as a test goes. */
function fakeJob(counts: Partial<Record<TrialStatus, number>>, best?: Partial<JobTrial>) {
  const spec = { objective: { metric: "validation:accuracy", type: "maximize" }, training: {} } as unknown as JobSpec;
  return {
    counts,
    job: {
      spec,
      reason: "",
      limits: { maxTrials: 20, maxParallelTrials: 2 },
      count: (test: (s: TrialStatus) => boolean) => Object.entries(counts).reduce((n, [s, c]) => n + (test(s as TrialStatus) ? c : 0), 0),
      get best() {
        return best as JobTrial | undefined;
      },
    } as unknown as JobRunner,
  };
}

/** What the view writes before redrawing a line: carriage return, erase the line. */
const CLEAR = "\r\u001b[2K";

/** A terminal of `columns` columns that keeps what is written. */
function terminal(columns: number) {
  const written: string[] = [];
  return { written, out: { isTTY: true, columns, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

const BEST = { trialId: 1, objective: 0.9443, params: { learning_rate: 0.45366, hidden_units: 32, l2: 6.634e-6, batch_size: 14, momentum: 0.32633 } };

describe("the progress line of tune", () => {
  it("fits an 80-column terminal: every line drawn is at most 79 characters, so none wraps", async () => {
    const { job } = fakeJob({ Completed: 4, Running: 2 }, BEST);
    const t = terminal(80);
    const view = new ProgressView(job, { out: t.out, slots: 2 });
    view.trialEnded({ trialId: 5, status: "Completed", objective: 0.91, metrics: {}, params: BEST.params, attempt: 1, createdUnixMs: 0 } as JobTrial);
    await view.stop();
    // Each write starts by clearing the line; what follows up to a newline is one screen line.
    const lines = t.written.join("").split(CLEAR).join("\n").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(79);
    expect(lines).toContain("trial 5 validation:accuracy=0.91");
    // The counts and the best value survive the cut; the parameters give way.
    expect(lines.at(-1)).toMatch(/^\[4\/20 done, 2 running\] best 0\.9443 \(trial 1: learning_rate=0\.45\d*…\) {2}\d+s elapsed/);
    // With more room, whole name=value pairs.
    expect(new ProgressView(job, { slots: 2 }).summary(99)).toMatch(/^\[4\/20 done, 2 running\] best 0\.9443 \(trial 1: learning_rate=0\.45366 hidden_units=32 …\) {2}0s elapsed$/);
    const narrow = new ProgressView(job, { out: terminal(40).out, slots: 2 }).summary(39);
    expect(narrow.length).toBeLessThanOrEqual(39);
    expect(narrow).toMatch(/^\[4\/20 done, 2 running\] best 0\.9443/);
  });

  it("counts the successor of a finished trial: the line waits until the coordinator has started it", async () => {
    const { job, counts } = fakeJob({ Completed: 1, Running: 1 }, BEST);
    const t = terminal(200);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const settled = () => gate;
    const view = new ProgressView(job, { out: t.out, slots: 2, settled });
    view.trialEnded({ trialId: 0, status: "Completed", objective: 0.5, metrics: {}, params: {}, attempt: 1, createdUnixMs: 0 } as JobTrial);
    // Later (the journal is written), the job offers the next trial, which the worker is about to claim.
    await new Promise((r) => setTimeout(r, 20));
    counts.Pending = 1;
    release();
    await view.stop();
    expect(t.written.join("")).toContain(`trial 0 validation:accuracy=0.5\n${CLEAR}[1/20 done, 2 running]`);
  });

  it("counts trials beyond the worker's slots as queued, not running", () => {
    const { job } = fakeJob({ Completed: 2, Running: 2, Pending: 3 });
    expect(new ProgressView(job, { slots: 2 }).summary()).toMatch(/^\[2\/20 done, 2 running, 3 queued\] no result yet/);
  });

  it("prints an early-stopped trial's reason, off a terminal the whole line", async () => {
    const { job } = fakeJob({ Completed: 3, Stopped: 1 }, BEST);
    const written: string[] = [];
    const out = { isTTY: false, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const view = new ProgressView(job, { out, slots: 2 });
    const metrics = { "validation:accuracy": [1, 2, 3].map((step) => ({ step, value: 0.1 * step, timestampUnixMs: 0 })) };
    view.trialEnded({ trialId: 5, status: "Stopped", earlyStopped: true, metrics, params: {}, attempt: 1, createdUnixMs: 0 } as JobTrial);
    await view.stop();
    expect(written.join("")).toMatch(/^trial 5 stopped early by the median rule at step 3 \(validation:accuracy=0\.3\): .* \[4\/20 done, 0 running\] best 0\.9443/);
  });

  it("cuts text with an ellipsis", () => {
    expect(fit("abcdef", 6)).toBe("abcdef");
    expect(fit("abcdefg", 6)).toBe("abcde…");
  });
});
