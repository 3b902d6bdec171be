import { ErrorCode, HyperfleetError } from "@hyperfleet/optimizer";
import { WireErrorCode } from "@hyperfleet/proto";
import { describe, expect, it } from "vitest";
import { decodeEvent, encodeEvent } from "./codec.js";
import { TransportError, TransportErrorCode } from "./errors.js";

const wireCodes = new Set<string>(Object.values(WireErrorCode));

describe("errors", () => {
  it("a TransportError is a HyperfleetError with its code, name, retryable, cause and wire shape", () => {
    const cause = new Error("ECONNREFUSED");
    const e = new TransportError(TransportErrorCode.Unavailable, "publish failed", { retryable: true, cause });
    expect(e).toBeInstanceOf(HyperfleetError);
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.retryable, e.cause]).toEqual(["TransportError", "BROKER_UNAVAILABLE", true, cause]);
    expect(e.toWire()).toEqual({ code: "BROKER_UNAVAILABLE", message: "publish failed", retryable: true });
  });

  it("every code the packages raise is in the one wire list (the optimizer may not import it)", () => {
    for (const code of [...Object.values(TransportErrorCode), ...Object.values(ErrorCode)]) expect(wireCodes).toContain(code);
  });

  it("a code from a newer or another-language worker still decodes, as it was sent", () => {
    const sent = { status: "failed", error: { code: "OOM_KILLED", message: "out of memory", retryable: true }, finalMetrics: [] } as const;
    const back = decodeEvent(encodeEvent({ type: "result", jobId: "j", trialId: 1, attempt: 1, workerId: "w", outcome: sent, finishedUnixMs: 1, delivery: 1 }));
    expect(back.type === "result" && back.outcome).toMatchObject({ error: sent.error });
    const noCode = decodeEvent(encodeEvent({ type: "result", jobId: "j", trialId: 1, attempt: 1, workerId: "w", outcome: { ...sent, error: { ...sent.error, code: "" } }, finishedUnixMs: 1, delivery: 1 }));
    expect(noCode.type === "result" && noCode.outcome.status === "failed" && noCode.outcome.error.code).toBe(WireErrorCode.Unknown);
  });
});
