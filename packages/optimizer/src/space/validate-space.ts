import { InvalidSpaceError } from "../errors.js";
import { PARAMETER_TYPES, SCALINGS, type ParameterSpec, type SpaceSpec } from "./parameter-spec.js";

const FIELDS: Record<ParameterSpec["type"], readonly string[]> = {
  continuous: ["type", "min", "max", "scaling", "gridPoints"],
  integer: ["type", "min", "max", "scaling"],
  categorical: ["type", "values"],
};

/** Checks a space spec from untrusted input; throws InvalidSpaceError naming the parameter and rule. */
export function validateSpace(spec: unknown): asserts spec is SpaceSpec {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new InvalidSpaceError("(space)", "object", "the space must be an object of named parameters");
  }
  const names = Object.keys(spec);
  if (names.length === 0) throw new InvalidSpaceError("(space)", "non-empty", "the space has no parameters");
  for (const name of names) validateParameter(name, (spec as Record<string, unknown>)[name]);
}

function validateParameter(name: string, raw: unknown): void {
  if (name.trim() === "") throw new InvalidSpaceError(name, "name", "parameter names must be non-empty");
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new InvalidSpaceError(name, "object", "each parameter must be an object with a type");
  }
  const p = raw as Record<string, unknown>;
  if (!PARAMETER_TYPES.includes(p.type as never)) {
    throw new InvalidSpaceError(name, "type", `type must be one of ${PARAMETER_TYPES.join(" | ")}, got ${JSON.stringify(p.type)}`);
  }
  const type = p.type as ParameterSpec["type"];
  for (const field of Object.keys(p)) {
    if (!FIELDS[type].includes(field)) {
      throw new InvalidSpaceError(name, "unknown-field", `unknown field "${field}" for a ${type} parameter; allowed: ${FIELDS[type].join(", ")}`);
    }
  }
  if (type === "categorical") return validateCategorical(name, p.values);
  validateRange(name, type, p);
}

function validateRange(name: string, type: "continuous" | "integer", p: Record<string, unknown>): void {
  const { min, max } = p;
  for (const [field, v] of [["min", min], ["max", max]] as const) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidSpaceError(name, field, `${field} must be a finite number, got ${JSON.stringify(v)}`);
    if (type === "integer" && !Number.isInteger(v)) throw new InvalidSpaceError(name, field, `${field} of an integer parameter must be an integer, got ${v}`);
  }
  const lo = min as number;
  const hi = max as number;
  if (lo >= hi) throw new InvalidSpaceError(name, "min<max", `min (${lo}) must be less than max (${hi})`);
  const scaling = p.scaling ?? "auto";
  if (!SCALINGS.includes(scaling as never)) {
    throw new InvalidSpaceError(name, "scaling", `scaling must be one of ${SCALINGS.join(" | ")}, got ${JSON.stringify(scaling)}`);
  }
  if (scaling === "log" && lo <= 0) throw new InvalidSpaceError(name, "log-needs-positive-min", `log scaling needs min > 0, got min = ${lo}`);
  if (scaling === "reverse-log") {
    if (type === "integer") throw new InvalidSpaceError(name, "reverse-log-continuous-only", "reverse-log scaling applies to continuous parameters only");
    if (lo < 0 || hi >= 1) throw new InvalidSpaceError(name, "reverse-log-range", `reverse-log scaling needs 0 <= min < max < 1, got [${lo}, ${hi}]`);
  }
  if (p.gridPoints !== undefined && (!Number.isInteger(p.gridPoints) || (p.gridPoints as number) < 2)) {
    throw new InvalidSpaceError(name, "gridPoints", `gridPoints must be an integer >= 2, got ${JSON.stringify(p.gridPoints)}`);
  }
}

function validateCategorical(name: string, values: unknown): void {
  if (!Array.isArray(values)) throw new InvalidSpaceError(name, "values", "values must be an array");
  if (values.length === 0) throw new InvalidSpaceError(name, "non-empty-values", "a categorical parameter needs at least one value");
  const seen = new Set<unknown>();
  for (const v of values) {
    if (!["string", "number", "boolean"].includes(typeof v) || (typeof v === "number" && !Number.isFinite(v))) {
      throw new InvalidSpaceError(name, "values", `categorical values must be strings, finite numbers or booleans, got ${JSON.stringify(v)}`);
    }
    if (seen.has(v)) throw new InvalidSpaceError(name, "unique-values", `duplicate value ${JSON.stringify(v)}`);
    seen.add(v);
  }
}
