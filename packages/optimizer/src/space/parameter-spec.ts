/** The user-facing description of a search space, as in the design's ask/tell API. */
export const SCALINGS = ["auto", "linear", "log", "reverse-log"] as const;
export type Scaling = (typeof SCALINGS)[number];
export const PARAMETER_TYPES = ["continuous", "integer", "categorical"] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export interface ContinuousParameterSpec {
  type: "continuous";
  min: number;
  max: number;
  scaling?: Scaling;
  /** Points per axis when the grid strategy enumerates this parameter (default 5). */
  gridPoints?: number;
}
export interface IntegerParameterSpec {
  type: "integer";
  min: number;
  max: number;
  scaling?: Scaling;
}
export type CategoricalValue = string | number | boolean;
export interface CategoricalParameterSpec {
  type: "categorical";
  values: readonly CategoricalValue[];
}
export type ParameterSpec = ContinuousParameterSpec | IntegerParameterSpec | CategoricalParameterSpec;
export type SpaceSpec = Readonly<Record<string, ParameterSpec>>;
export type ParamValue = number | CategoricalValue;
export type Params = Record<string, ParamValue>;

/** Scalings as applied, after `auto` is resolved. */
export type ResolvedScaling = Exclude<Scaling, "auto">;
