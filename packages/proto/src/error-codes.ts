/**
 * Every error code that travels: in `Error.code` of a `TrialResult` (worker or coordinator to the
 * coordinator's job state), and in the `{code, message}` answers of the HTTP API. Listed once, here,
 * so a worker or a client in another language can branch on them (docs/protocol.md has the table).
 * Whether to try again is never read from this list: it travels as `retryable` next to the code;
 * the comments say what the senders set. Adding a code is compatible; a reader that meets a code it
 * does not know treats it as an opaque failure (and still reads `retryable`).
 */
export const WireErrorCode = {
  // Trial results, from workers.
  /** Worker: the training exited with a non-zero code or a signal; the message has its last lines. Not retryable. */
  TrainingExitCode: "TRAINING_EXIT_CODE",
  /** Worker: the image or command is outside the worker's --allow-image / --allow-command lists; never started. Not retryable. */
  NotAllowed: "NOT_ALLOWED",
  /** Worker: it has no runtime of the kind the spec asks for (process, docker). Retryable: another worker may. */
  RuntimeUnavailable: "RUNTIME_UNAVAILABLE",
  /** Worker runtime: the training spec cannot run (empty command, no image for docker). Not retryable. */
  BadSpec: "BAD_SPEC",
  /** Worker, process runtime: the command could not be started (not found, not executable). Not retryable. */
  SpawnFailed: "SPAWN_FAILED",
  /** Worker: a data channel's folder does not exist on this worker. Not retryable. */
  DataChannelMissing: "DATA_CHANNEL_MISSING",
  /** Worker, docker runtime: the image is not present and cannot be pulled. Not retryable. */
  ImageUnavailable: "IMAGE_UNAVAILABLE",
  /** Worker, docker runtime: the container could not be created, started or waited for. Retryable. */
  ContainerFailed: "CONTAINER_FAILED",

  // Trial results, from the coordinator's side.
  /** Coordinator's transport: the attempt used up its deliveries (its workers kept dying). Retryable. */
  MaxDeliveries: "MAX_DELIVERIES",
  /** Coordinator: no connected worker can run the attempt's resource request. Not retryable. */
  Unschedulable: "UNSCHEDULABLE",
  /** Coordinator: the training completed but never reported the job's objective metric. Not retryable. */
  ObjectiveMissing: "OBJECTIVE_MISSING",
  /** Coordinator: the training's last objective value was NaN or infinite (it diverged). Not retryable; teaches the optimizer that the configuration fails. */
  ObjectiveNotFinite: "OBJECTIVE_NOT_FINITE",
  /**
   * Coordinator, suggestion service: a suggestion handed to an API client was not reported within its
   * lease (the attempt fails with it, retryable); HTTP 409 to a report on such a lease. Retryable.
   */
  LeaseExpired: "LEASE_EXPIRED",
  /** Coordinator, suggestion service: the API client reported that the training failed (its message). Not retryable (retryTrainingFailures decides). */
  ClientFailed: "CLIENT_FAILED",
  /** Coordinator's decoder: a failed result arrived without a code; `retryable` is the sender's. */
  Unknown: "UNKNOWN",

  // HTTP API answers, from the coordinator.
  /** HTTP 503: the coordinator is still replaying its journal. Retryable. */
  NotReady: "NOT_READY",
  /** HTTP 401: the bearer token is missing or wrong. Not retryable. */
  Unauthorized: "UNAUTHORIZED",
  /** HTTP 404: no such route. Not retryable. */
  NotFound: "NOT_FOUND",
  /** HTTP 404: no job with that id. Not retryable. */
  JobNotFound: "JOB_NOT_FOUND",
  /** HTTP 409: the job is still running (InProgress or Stopping); stop it before deleting it. Not retryable. */
  JobActive: "JOB_ACTIVE",
  /** HTTP 409: the job is Stopped, Failed or Stopping: its limits can no longer change. Not retryable. */
  JobEnded: "JOB_ENDED",
  /** HTTP 415: a request body that is not declared application/json. Not retryable. */
  UnsupportedMediaType: "UNSUPPORTED_MEDIA_TYPE",
  /** HTTP 404: no trial with that id in the job. Not retryable. */
  TrialNotFound: "TRIAL_NOT_FOUND",
  /** HTTP 405: the route exists but not with this method. Not retryable. */
  MethodNotAllowed: "METHOD_NOT_ALLOWED",
  /** HTTP 409: suggestions are asked for (or reported) on a job whose training does not run as `runtime: external`. Not retryable. */
  JobNotExternal: "JOB_NOT_EXTERNAL",
  /** HTTP 413: the request body is over 1 MiB. Not retryable. */
  TooLarge: "TOO_LARGE",
  /** HTTP 400: the request body is not JSON. Not retryable. */
  InvalidJson: "INVALID_JSON",
  /** HTTP 400: the job spec breaks its schema; `problems` lists every field. Not retryable. */
  InvalidJobSpec: "INVALID_JOB_SPEC",
  /** HTTP 503: the coordinator could not write its journal (a full disk, the broker's stream down); nothing changed. Retryable. */
  JournalUnavailable: "JOURNAL_UNAVAILABLE",
  /** HTTP 500: a bug in the coordinator; the message says what broke. Not retryable as such. */
  Internal: "INTERNAL",

  // Typed errors of the packages, as the HTTP API passes them on (400, or 503 when retryable).
  /** Optimizer, transport, HTTP API: an argument out of range; the error names the field. Not retryable. */
  InvalidArgument: "INVALID_ARGUMENT",
  /** Optimizer: the search space breaks a rule (names the parameter and the rule). Not retryable. */
  InvalidSpace: "INVALID_SPACE",
  /** Optimizer: a told trial was never asked for. Not retryable. */
  UnknownTrial: "UNKNOWN_TRIAL",
  /** Optimizer: a trial was told twice. Not retryable. */
  TrialAlreadyFinished: "TRIAL_ALREADY_FINISHED",
  /** Optimizer: the GP could not be factorized; more data may help. Retryable. */
  NumericalFailure: "NUMERICAL_FAILURE",
  /** Transport: the broker cannot be reached or refused a publish. Retryable. */
  BrokerUnavailable: "BROKER_UNAVAILABLE",
  /** Transport: used after close(). Not retryable. */
  TransportClosed: "TRANSPORT_CLOSED",
  /** Transport: a payload that does not decode. Never sent: counted and dropped where it is read. */
  MalformedMessage: "MALFORMED_MESSAGE",
} as const;
export type WireErrorCode = (typeof WireErrorCode)[keyof typeof WireErrorCode];
