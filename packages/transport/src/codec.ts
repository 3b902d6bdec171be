import { v1, WireErrorCode } from "@hyperfleet/proto";
import type {
  ControlCommand,
  HyperparameterValue,
  MetricPoint,
  ResourceRequest,
  TrialOffer,
  TrainingRuntime,
  TrialOutcome,
  TransportEvent,
  WorkerAnnouncement,
} from "./domain.js";
import { TRAINING_RUNTIMES } from "./domain.js";
import { TransportError, TransportErrorCode } from "./errors.js";

// Thin adapters between the hyperfleet/v1 wire types and the domain types (Katib's pattern). Decoders
// validate what the domain relies on and throw TransportError(MALFORMED_MESSAGE) otherwise; callers
// count and drop such messages.

const Runtime = v1.TrainingSpec.Runtime;
const Status = v1.TrialResult.Status;

export function encodeOffer(t: TrialOffer): Uint8Array {
  return v1.TrialAssignment.encode({
    jobId: t.jobId,
    trialId: t.trialId,
    attempt: t.attempt,
    hyperparameters: Object.fromEntries(Object.entries(t.hyperparameters).map(([k, v]) => [k, encodeValue(v)])),
    staticHyperparameters: { ...t.staticHyperparameters },
    training: {
      runtime: t.training.runtime === "docker" ? Runtime.RUNTIME_DOCKER : Runtime.RUNTIME_PROCESS,
      command: [...t.training.command],
      image: t.training.image ?? "",
      environment: { ...(t.training.environment ?? {}) },
      metricDefinitions: (t.training.metricDefinitions ?? []).map((m) => ({ ...m })),
      objectiveMetric: t.training.objectiveMetric ?? "",
      dataChannels: { ...(t.training.dataChannels ?? {}) },
    },
    resources: { cpus: t.resources.cpus, memoryMib: t.resources.memoryMiB, gpus: t.resources.gpus, gpuModel: t.resources.gpuModel ?? "", labels: { ...(t.resources.labels ?? {}) } },
    deadlineUnixMs: t.deadlineUnixMs,
    offeredUnixMs: t.offeredUnixMs,
  }).finish();
}

export function decodeOffer(bytes: Uint8Array): TrialOffer {
  const m = decode(() => v1.TrialAssignment.decode(bytes));
  requireKey(m.jobId, Number(m.trialId), m.attempt);
  if (!m.training || !m.resources) throw malformed("trial assignment without training or resources");
  const runtime = m.training.runtime === Runtime.RUNTIME_DOCKER ? "docker" : m.training.runtime === Runtime.RUNTIME_PROCESS ? "process" : undefined;
  if (runtime === undefined) throw malformed(`unknown runtime ${m.training.runtime}`);
  return {
    jobId: m.jobId,
    trialId: Number(m.trialId),
    attempt: m.attempt,
    hyperparameters: Object.fromEntries(Object.entries(m.hyperparameters).map(([k, v]) => [k, decodeValue(k, v)])),
    staticHyperparameters: { ...m.staticHyperparameters },
    training: {
      runtime,
      command: [...(m.training.command ?? [])],
      ...(m.training.image ? { image: m.training.image } : {}),
      environment: { ...(m.training.environment ?? {}) },
      metricDefinitions: (m.training.metricDefinitions ?? []).map((d) => ({ name: d.name ?? "", regex: d.regex ?? "" })),
      ...(m.training.objectiveMetric ? { objectiveMetric: m.training.objectiveMetric } : {}),
      ...(m.training.dataChannels && Object.keys(m.training.dataChannels).length > 0 ? { dataChannels: { ...m.training.dataChannels } } : {}),
    },
    resources: decodeResources(m.resources),
    deadlineUnixMs: Number(m.deadlineUnixMs ?? 0),
    offeredUnixMs: Number(m.offeredUnixMs ?? 0),
  };
}

function decodeResources(r: v1.TrialAssignment["resources"] & object): ResourceRequest {
  return {
    cpus: r.cpus ?? 0,
    memoryMiB: Number(r.memoryMib ?? 0),
    gpus: r.gpus ?? 0,
    ...(r.gpuModel ? { gpuModel: r.gpuModel } : {}),
    labels: { ...(r.labels ?? {}) },
  };
}

function encodeValue(v: HyperparameterValue): { number?: number; integer?: number; text?: string; flag?: boolean } {
  if (typeof v === "boolean") return { flag: v };
  if (typeof v === "string") return { text: v };
  return Number.isSafeInteger(v) ? { integer: v } : { number: v };
}

function decodeValue(name: string, v: { kind?: string; number?: number | null; integer?: unknown; text?: string | null; flag?: boolean | null }): HyperparameterValue {
  switch (v.kind) {
    case "number":
      return v.number!;
    case "integer":
      return Number(v.integer);
    case "text":
      return v.text!;
    case "flag":
      return v.flag!;
    default:
      throw malformed(`hyperparameter ${name} has no value`);
  }
}

function encodePoints(points: readonly MetricPoint[]) {
  return points.map((p) => ({ name: p.name, value: p.value, step: p.step, timestampUnixMs: p.timestampUnixMs }));
}

function decodePoints(points: readonly { name?: string | null; value?: number | null; step?: unknown; timestampUnixMs?: unknown }[]): MetricPoint[] {
  return points.map((p) => {
    if (!p.name || typeof p.value !== "number") throw malformed("metric point without a name or value");
    return { name: p.name, value: p.value, step: Number(p.step ?? 0), timestampUnixMs: Number(p.timestampUnixMs ?? 0) };
  });
}

export function encodeEvent(e: TransportEvent): Uint8Array {
  switch (e.type) {
    case "claim":
      return v1.Event.encode({ claim: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, workerId: e.workerId, claimedUnixMs: e.claimedUnixMs, delivery: e.delivery } }).finish();
    case "heartbeat":
      return v1.Event.encode({ heartbeat: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, workerId: e.workerId, sentUnixMs: e.sentUnixMs, delivery: e.delivery } }).finish();
    case "metrics":
      return v1.Event.encode({ metrics: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, workerId: e.workerId, points: encodePoints(e.points), delivery: e.delivery } }).finish();
    case "result": {
      const o = e.outcome;
      const status = o.status === "completed" ? Status.STATUS_COMPLETED : o.status === "failed" ? Status.STATUS_FAILED : Status.STATUS_STOPPED;
      return v1.Event.encode({
        result: {
          jobId: e.jobId,
          trialId: e.trialId,
          attempt: e.attempt,
          workerId: e.workerId,
          status,
          ...(o.status === "failed" ? { error: { ...o.error } } : {}),
          finalMetrics: encodePoints(o.finalMetrics),
          finishedUnixMs: e.finishedUnixMs,
          logTail: [...(o.logTail ?? [])],
          delivery: e.delivery,
          ...(o.artifacts ? { artifactsHost: o.artifacts.host, artifactsPath: o.artifacts.path } : {}),
        },
      }).finish();
    }
    case "logs":
      return v1.Event.encode({ logs: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, workerId: e.workerId, delivery: e.delivery, lines: [...e.lines], dropped: e.dropped } }).finish();
    case "released":
      return v1.Event.encode({ released: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, workerId: e.workerId, delivery: e.delivery, reason: e.reason, lost: e.lost ?? 0, requeue: e.requeue ?? false } }).finish();
    case "unschedulable":
      return v1.Event.encode({ unschedulable: { jobId: e.jobId, trialId: e.trialId, attempt: e.attempt, resourceClass: e.resourceClass, reason: e.reason } }).finish();
    case "worker":
      return encodeAnnouncementEvent(e.announcement);
  }
}

// Announcements travel in their own message type on the workers subject, wrapped here as an event.
function encodeAnnouncementEvent(a: WorkerAnnouncement): Uint8Array {
  const body = v1.WorkerAnnouncement.encode({
    workerId: a.workerId,
    host: a.host,
    capabilities: {
      cpus: a.capabilities.cpus,
      memoryMib: a.capabilities.memoryMiB,
      gpus: a.capabilities.gpus.map((g) => ({ index: g.index, model: g.model, memoryMib: g.memoryMiB })),
      labels: { ...a.capabilities.labels },
      runtimes: [...a.capabilities.runtimes],
    },
    slots: a.slots,
    freeSlots: a.freeSlots,
    resourceClasses: [...a.resourceClasses],
    sentUnixMs: a.sentUnixMs,
    leaving: a.leaving,
  }).finish();
  // A leading 0xff byte is never the start of a valid Event (field 31, wire type 7 is invalid), so
  // the two shapes cannot be confused on a shared stream.
  const out = new Uint8Array(body.length + 1);
  out[0] = ANNOUNCEMENT_TAG;
  out.set(body, 1);
  return out;
}
const ANNOUNCEMENT_TAG = 0xff;

export function decodeEvent(bytes: Uint8Array): TransportEvent {
  if (bytes[0] === ANNOUNCEMENT_TAG) return { type: "worker", announcement: decodeAnnouncement(bytes.subarray(1)) };
  const e = decode(() => v1.Event.decode(bytes));
  if (e.claim) {
    const c = e.claim;
    requireKey(c.jobId, Number(c.trialId), c.attempt);
    return { type: "claim", jobId: c.jobId!, trialId: Number(c.trialId), attempt: c.attempt!, workerId: c.workerId ?? "", claimedUnixMs: Number(c.claimedUnixMs ?? 0), delivery: c.delivery ?? 1 };
  }
  if (e.heartbeat) {
    const h = e.heartbeat;
    requireKey(h.jobId, Number(h.trialId), h.attempt);
    return { type: "heartbeat", jobId: h.jobId!, trialId: Number(h.trialId), attempt: h.attempt!, workerId: h.workerId ?? "", sentUnixMs: Number(h.sentUnixMs ?? 0), delivery: h.delivery ?? 0 };
  }
  if (e.metrics) {
    const m = e.metrics;
    requireKey(m.jobId, Number(m.trialId), m.attempt);
    return { type: "metrics", jobId: m.jobId!, trialId: Number(m.trialId), attempt: m.attempt!, workerId: m.workerId ?? "", points: decodePoints(m.points ?? []), delivery: m.delivery ?? 0 };
  }
  if (e.result) {
    const r = e.result;
    requireKey(r.jobId, Number(r.trialId), r.attempt);
    const finalMetrics = decodePoints(r.finalMetrics ?? []);
    const logTail = {
      ...(r.logTail && r.logTail.length > 0 ? { logTail: [...r.logTail] } : {}),
      ...(r.artifactsPath ? { artifacts: { host: r.artifactsHost ?? "", path: r.artifactsPath } } : {}),
    };
    let outcome: TrialOutcome;
    if (r.status === Status.STATUS_COMPLETED) outcome = { status: "completed", finalMetrics, ...logTail };
    else if (r.status === Status.STATUS_STOPPED) outcome = { status: "stopped", finalMetrics, ...logTail };
    else if (r.status === Status.STATUS_FAILED) {
      const error = { code: r.error?.code || WireErrorCode.Unknown, message: r.error?.message ?? "", retryable: r.error?.retryable ?? false };
      outcome = { status: "failed", error, finalMetrics, ...logTail };
    } else throw malformed(`unknown result status ${r.status}`);
    return { type: "result", jobId: r.jobId!, trialId: Number(r.trialId), attempt: r.attempt!, workerId: r.workerId ?? "", outcome, finishedUnixMs: Number(r.finishedUnixMs ?? 0), delivery: r.delivery ?? 0 };
  }
  if (e.logs) {
    const l = e.logs;
    requireKey(l.jobId, Number(l.trialId), l.attempt);
    return { type: "logs", jobId: l.jobId!, trialId: Number(l.trialId), attempt: l.attempt!, workerId: l.workerId ?? "", lines: [...(l.lines ?? [])], dropped: l.dropped ?? 0, delivery: l.delivery ?? 0 };
  }
  if (e.released) {
    const r = e.released;
    requireKey(r.jobId, Number(r.trialId), r.attempt);
    return { type: "released", jobId: r.jobId!, trialId: Number(r.trialId), attempt: r.attempt!, workerId: r.workerId ?? "", delivery: r.delivery ?? 0, reason: r.reason ?? "", ...(r.lost ? { lost: r.lost } : {}), ...(r.requeue ? { requeue: true } : {}) };
  }
  if (e.unschedulable) {
    const u = e.unschedulable;
    requireKey(u.jobId, Number(u.trialId), u.attempt);
    return { type: "unschedulable", jobId: u.jobId!, trialId: Number(u.trialId), attempt: u.attempt!, resourceClass: u.resourceClass ?? "", reason: u.reason ?? "" };
  }
  throw malformed("event with no kind");
}

function decodeAnnouncement(bytes: Uint8Array): WorkerAnnouncement {
  const a = decode(() => v1.WorkerAnnouncement.decode(bytes));
  if (!a.workerId || !a.capabilities) throw malformed("worker announcement without an id or capabilities");
  return {
    workerId: a.workerId,
    host: a.host ?? "",
    capabilities: {
      cpus: a.capabilities.cpus ?? 0,
      memoryMiB: Number(a.capabilities.memoryMib ?? 0),
      gpus: (a.capabilities.gpus ?? []).map((g) => ({ index: g.index ?? 0, model: g.model ?? "", memoryMiB: Number(g.memoryMib ?? 0) })),
      labels: { ...(a.capabilities.labels ?? {}) },
      runtimes: decodeRuntimes(a.capabilities.runtimes ?? []),
    },
    slots: a.slots ?? 0,
    freeSlots: a.freeSlots ?? 0,
    resourceClasses: [...(a.resourceClasses ?? [])],
    sentUnixMs: Number(a.sentUnixMs ?? 0),
    leaving: a.leaving ?? false,
  };
}

/** An announcement that names no runtime (an older worker, or one that does not say) serves both. */
function decodeRuntimes(names: readonly string[]): TrainingRuntime[] {
  if (names.length === 0) return [...TRAINING_RUNTIMES];
  return TRAINING_RUNTIMES.filter((r) => names.includes(r));
}

export function encodeControl(c: ControlCommand): Uint8Array {
  if (c.type === "drain") return v1.Control.encode({ drain: { graceSeconds: c.graceSeconds } }).finish();
  if (c.type === "drop-artifacts") return v1.Control.encode({ dropArtifacts: { jobId: c.jobId, trialId: c.trialId, attempt: c.attempt, path: c.path } }).finish();
  return v1.Control.encode({ stopTrial: { jobId: c.jobId, trialId: c.trialId, attempt: c.attempt, reason: c.reason } }).finish();
}

export function decodeControl(bytes: Uint8Array): ControlCommand {
  const c = decode(() => v1.Control.decode(bytes));
  if (c.drain) return { type: "drain", graceSeconds: c.drain.graceSeconds ?? 0 };
  if (c.stopTrial) {
    const s = c.stopTrial;
    requireKey(s.jobId, Number(s.trialId), s.attempt);
    return { type: "stop-trial", jobId: s.jobId!, trialId: Number(s.trialId), attempt: s.attempt!, reason: s.reason ?? "" };
  }
  if (c.dropArtifacts) {
    const d = c.dropArtifacts;
    requireKey(d.jobId, Number(d.trialId), d.attempt);
    return { type: "drop-artifacts", jobId: d.jobId!, trialId: Number(d.trialId), attempt: d.attempt!, path: d.path ?? "" };
  }
  throw malformed("control with no command");
}

function decode<T>(f: () => T): T {
  try {
    return f();
  } catch (cause) {
    throw new TransportError(TransportErrorCode.Malformed, `undecodable message: ${(cause as Error).message}`, { cause });
  }
}

function requireKey(jobId: string | null | undefined, trialId: number, attempt: number | null | undefined): void {
  if (!jobId || !Number.isSafeInteger(trialId) || !attempt) throw malformed("missing job id, trial id or attempt");
}

function malformed(message: string): TransportError {
  return new TransportError(TransportErrorCode.Malformed, message);
}
