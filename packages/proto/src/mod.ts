// @hyperfleet/proto: the hyperfleet/v1 wire types, generated from proto/hyperfleet/v1/*.proto by
// scripts/generate.mjs (protobufjs static code). Depends on nothing of ours.
import protobuf from "protobufjs/minimal.js";
import { hyperfleet } from "../generated/hyperfleet.js";

// 64-bit integers (trial ids, unix milliseconds) decode as plain numbers rather than Long objects:
// every value we send fits in 2^53, and numbers are what the rest of the code speaks.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export const v1 = hyperfleet.v1;
// eslint-disable-next-line @typescript-eslint/no-namespace
export namespace v1 {
  export type TrialAssignment = hyperfleet.v1.TrialAssignment;
  export type Event = hyperfleet.v1.Event;
  export type Control = hyperfleet.v1.Control;
  export type WorkerAnnouncement = hyperfleet.v1.WorkerAnnouncement;
}

export { WireErrorCode } from "./error-codes.js";
