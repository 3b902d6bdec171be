import type { TrialOffer } from "@hyperfleet/transport";
import { describe, expect, it } from "vitest";
import { globMatches, refusal } from "./allow-list.js";

const offer = (training: Partial<TrialOffer["training"]>): TrialOffer =>
  ({ jobId: "j", trialId: 0, attempt: 1, hyperparameters: {}, staticHyperparameters: {}, resources: { cpus: 1, memoryMiB: 1, gpus: 0 }, deadlineUnixMs: 0, offeredUnixMs: 0, training: { runtime: "process", command: [], environment: {}, metricDefinitions: [], objectiveMetric: "loss", ...training } }) as TrialOffer;

describe("allow-lists", () => {
  it("globs: * matches any run, the rest literally (a dot is a dot, not any character)", () => {
    expect(globMatches("registry.local/team/*:*", "registry.local/team/mlp:1.2")).toBe(true);
    expect(globMatches("registry.local/team/*", "registryXlocal/team/mlp")).toBe(false);
    expect(globMatches("python3 /opt/train/*.py", "python3 /opt/train/a/b.py")).toBe(true);
    expect(globMatches("python3 /opt/train/*.py", "python3 /opt/train/a.py; rm -rf /")).toBe(false);
    expect(globMatches("node", "node ")).toBe(false);
  });

  it("refuses, non-retryably, an image or a command outside the lists; no list lets everything run", () => {
    const allow = { images: ["hyperfleet/*"], commands: ["python3 /opt/train/*"] };
    expect(refusal(offer({ runtime: "docker", image: "hyperfleet/digits:1", command: [] }), allow)).toBeUndefined();
    expect(refusal(offer({ runtime: "docker", image: "evil/miner:latest", command: [] }), allow)).toMatchObject({ code: "NOT_ALLOWED", retryable: false });
    expect(refusal(offer({ command: ["python3", "/opt/train/fit.py"] }), allow)).toBeUndefined();
    expect(refusal(offer({ command: ["sh", "-c", "id"] }), allow)).toMatchObject({ code: "NOT_ALLOWED", message: expect.stringContaining('"sh -c id"') });
    expect(refusal(offer({ command: ["sh", "-c", "id"] }), undefined)).toBeUndefined();
    expect(refusal(offer({ command: ["sh", "-c", "id"] }), { images: ["x"] })).toBeUndefined();
  });
});
