import type { z } from "zod";
import { closestName } from "./closest-name.js";
import type { SpecProblem } from "./job-spec-error.js";

/**
 * Zod's issues in the words of a job file's author: a missing field is "required" (not "expected
 * string, received undefined"), a value outside a list says what it was and lists the allowed values
 * once (in `allowed`), an unknown field is reported one per name with the known field it most likely
 * misspells. `schema` and `input` are what was parsed: the known fields of an object are read from the
 * schema at the issue's path (for a parameter, the variant its `type` selects).
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, input: unknown): SpecProblem[] {
  return withoutExplainedMissing(issues.flatMap((issue) => problemsOf(issue, schema, input)));
}

/**
 * A misspelt field explains the missing one it was meant to be: `minResouce` (did you mean
 * minResource?) is one problem, not that and "minResource: required".
 */
export function withoutExplainedMissing(problems: readonly SpecProblem[]): SpecProblem[] {
  const meant = new Set(problems.flatMap((p) => (p.suggestion && p.message.startsWith("unknown field") ? [p.field.replace(/[^.]+$/, p.suggestion)] : [])));
  return problems.filter((p) => !(p.message.startsWith("required") && meant.has(p.field)));
}

function problemsOf(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown): SpecProblem[] {
  const path = issue.path.map(String);
  const field = fieldName(path);
  const value = valueAt(input, path);
  const missing = value === undefined && path.length > 0;
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownFields(schema, path, input);
      return issue.keys.map((key) => {
        const suggestion = closestName(key, known);
        return { field: fieldName([...path, key]), message: suggestion ? `unknown field; did you mean ${suggestion}?` : "unknown field", ...(suggestion ? { suggestion } : {}) };
      });
    }
    case "invalid_value":
      return [oneOf(field, value, missing, issue.values)];
    case "invalid_union": {
      // A discriminated union (a parameter's `type`) names its options; other unions say little.
      const options = (issue as { options?: readonly unknown[] }).options;
      if (options) return [oneOf(field, value, missing, options)];
      return [{ field, message: missing ? "required" : `${issue.message}, got ${valueText(value)}` }];
    }
    case "invalid_type":
      if (missing) return [{ field, message: "required" }];
      if (path.length === 0) return [{ field, message: value === undefined || value === null ? "the job spec is empty" : `a job spec is a mapping of fields, got ${valueText(value)}` }];
      return [{ field, message: `expected ${expected(issue.expected)}, got ${valueText(value)}` }];
    case "too_small":
    case "too_big":
      return [{ field, message: `${bound(issue)}, got ${valueText(value)}` }];
    default:
      return [{ field, message: issue.message }];
  }
}

function oneOf(field: string, value: unknown, missing: boolean, allowedValues: readonly unknown[]): SpecProblem {
  const allowed = allowedValues.map((v) => JSON.stringify(v)).join(" | ");
  if (missing) return { field, message: "required", allowed };
  const suggestion = typeof value === "string" ? closestName(value, allowedValues.filter((v): v is string => typeof v === "string")) : undefined;
  return {
    field,
    message: `${valueText(value)} is not allowed${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ""}`,
    allowed,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** A field's dotted path, as the docs write it: training.metricDefinitions.0.regex. */
export function fieldName(path: readonly string[]): string {
  return path.join(".") || "(spec)";
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A value as an error message shows it: its JSON, shortened, and what kind it is when that helps. */
export function valueText(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value);
  const short = json.length > 40 ? `${json.slice(0, 37)}...` : json;
  return typeof value === "string" ? short : `${typeof value} ${short}`;
}

function expected(kind: string): string {
  return (
    ({ string: "a string", number: "a number", int: "a whole number", boolean: "true or false", object: "a mapping of fields", record: "a mapping of names to values", array: "a list" } as Record<string, string>)[kind] ??
    kind
  );
}

function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === "too_small";
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  const n = Number(limit);
  if (issue.origin === "string") return small ? (n <= 1 ? "must not be empty" : `must be at least ${n} characters`) : `must be at most ${n} characters`;
  if (issue.origin === "array" || issue.origin === "set") return small ? `needs at least ${n} item${n === 1 ? "" : "s"}` : `takes at most ${n} items`;
  if (small) return inclusive ? `must be at least ${n}` : `must be greater than ${n}`;
  return inclusive ? `must be at most ${n}` : `must be less than ${n}`;
}

// The fields an object of the schema knows, for "did you mean". Zod's definitions are walked through
// their wrappers (optional, default, a transform's input); a discriminated union is followed into the
// variant the input selects.

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (s: z.ZodType): SchemaDef => (s as unknown as { def: SchemaDef }).def;

function unwrapped(schema: z.ZodType, input: unknown): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (let i = 0; s && i < 20; i++) {
    const d = defOf(s);
    if (d.innerType) s = d.innerType;
    else if (d.type === "pipe" && d.in) s = d.in;
    else if (d.type === "union" && d.discriminator && d.options) {
      const chosen = (input as Record<string, unknown> | null)?.[d.discriminator];
      s = d.options.find((o) => defOf(defOf(o).shape?.[d.discriminator!] ?? o).values?.includes(chosen));
    } else return s;
  }
  return s;
}

export function knownFields(schema: z.ZodType, path: readonly string[], input: unknown): string[] {
  let s = unwrapped(schema, input);
  let v = input;
  for (const key of path) {
    if (!s) return [];
    const d = defOf(s);
    const next = d.type === "object" ? d.shape?.[key] : d.type === "record" ? d.valueType : d.type === "array" ? d.element : undefined;
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
    s = next && unwrapped(next, v);
  }
  const d = s && defOf(s);
  return d?.type === "object" && d.shape ? Object.keys(d.shape) : [];
}
