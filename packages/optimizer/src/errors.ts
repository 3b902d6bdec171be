/**
 * Typed errors of the optimizer package. Branch on `code`, never on the message text.
 * `retryable` tells a caller across the wire whether the same call may succeed later.
 */
export const ErrorCode = {
  InvalidSpace: "INVALID_SPACE",
  InvalidArgument: "INVALID_ARGUMENT",
  UnknownTrial: "UNKNOWN_TRIAL",
  TrialAlreadyFinished: "TRIAL_ALREADY_FINISHED",
  NumericalFailure: "NUMERICAL_FAILURE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The one base class of every Hyperfleet package's errors. It takes any string code so that other
 * packages (which this one may not import) keep their own code lists; `C` narrows it per subclass,
 * and the codes that cross the wire are listed once in @hyperfleet/proto's WireErrorCode.
 */
export class HyperfleetError<C extends string = string> extends Error {
  readonly code: C;
  readonly retryable: boolean;
  constructor(code: C, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
  /** The `{code, message, retryable}` shape errors travel in (WireError, HTTP answers). */
  toWire(): { code: C; message: string; retryable: boolean } {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }
}

/** A search space that breaks a rule; `parameter` and `rule` say which and why. */
export class InvalidSpaceError extends HyperfleetError<ErrorCode> {
  readonly parameter: string;
  readonly rule: string;
  constructor(parameter: string, rule: string, detail: string) {
    super(ErrorCode.InvalidSpace, `parameter "${parameter}": ${detail} (rule: ${rule})`);
    this.parameter = parameter;
    this.rule = rule;
  }
}

/** A bad argument to an optimizer call; `field` names it, `allowed` says what would be accepted. */
export class InvalidArgumentError extends HyperfleetError<ErrorCode> {
  readonly field: string;
  readonly allowed: string;
  constructor(field: string, allowed: string, got: unknown) {
    super(ErrorCode.InvalidArgument, `${field}: expected ${allowed}, got ${describe(got)}`);
    this.field = field;
    this.allowed = allowed;
  }
}

export class UnknownTrialError extends HyperfleetError<ErrorCode> {
  readonly trialId: number;
  constructor(trialId: number) {
    super(ErrorCode.UnknownTrial, `trial ${trialId} was never asked for`);
    this.trialId = trialId;
  }
}

export class TrialAlreadyFinishedError extends HyperfleetError<ErrorCode> {
  readonly trialId: number;
  readonly state: string;
  constructor(trialId: number, state: string) {
    super(ErrorCode.TrialAlreadyFinished, `trial ${trialId} is already ${state}`);
    this.trialId = trialId;
    this.state = state;
  }
}

/** The GP could not be factorized even with the largest jitter; retrying with more data may help. */
export class NumericalFailureError extends HyperfleetError<ErrorCode> {
  constructor(message: string) {
    super(ErrorCode.NumericalFailure, message, { retryable: true });
  }
}

export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
