import { InvalidArgumentError } from "../errors.js";
import type { CategoricalValue, ParamValue, Params, ResolvedScaling, SpaceSpec } from "./parameter-spec.js";
import { fromAxis, resolveScaling, toAxis } from "./scaling.js";
import { validateSpace } from "./validate-space.js";

/**
 * One parameter as laid out in the unit cube. Continuous and integer parameters take one coordinate;
 * a categorical parameter takes `values.length` coordinates holding a one-hot vector.
 * Integers own the interval [v - 0.5, v + 0.5] on their axis, so every integer gets an equal share of
 * the cube (in the scaled axis) and decode(encode(v)) === v exactly.
 */
export type EncodedParameter =
  | { kind: "continuous"; name: string; offset: number; scaling: ResolvedScaling; min: number; max: number; lo: number; hi: number; gridPoints: number }
  | { kind: "integer"; name: string; offset: number; scaling: ResolvedScaling; min: number; max: number; lo: number; hi: number }
  | { kind: "categorical"; name: string; offset: number; values: readonly CategoricalValue[] };

export class SearchSpace {
  readonly parameters: readonly EncodedParameter[];
  /** Number of coordinates of an encoded point. */
  readonly dims: number;

  constructor(spec: unknown) {
    validateSpace(spec);
    const params: EncodedParameter[] = [];
    let offset = 0;
    for (const [name, p] of Object.entries(spec as SpaceSpec)) {
      if (p.type === "categorical") {
        params.push({ kind: "categorical", name, offset, values: [...p.values] });
        offset += p.values.length;
        continue;
      }
      const scaling = resolveScaling(p.scaling ?? "auto", p.type, p.min, p.max);
      const pad = p.type === "integer" ? 0.5 : 0;
      const lo = toAxis(scaling, p.min - pad);
      const hi = toAxis(scaling, p.max + pad);
      if (p.type === "integer") params.push({ kind: "integer", name, offset, scaling, min: p.min, max: p.max, lo, hi });
      else params.push({ kind: "continuous", name, offset, scaling, min: p.min, max: p.max, lo, hi, gridPoints: p.gridPoints ?? 5 });
      offset += 1;
    }
    this.parameters = params;
    this.dims = offset;
  }

  /** Maps parameter values to a point of the unit cube; throws naming the parameter on a bad value. */
  encode(params: Params): Float64Array {
    const x = new Float64Array(this.dims);
    for (const p of this.parameters) {
      const v = params[p.name];
      if (p.kind === "categorical") {
        const i = p.values.indexOf(v as CategoricalValue);
        if (i < 0) throw new InvalidArgumentError(`params.${p.name}`, `one of ${JSON.stringify(p.values)}`, v);
        x[p.offset + i] = 1;
        continue;
      }
      if (typeof v !== "number" || !Number.isFinite(v) || v < p.min || v > p.max || (p.kind === "integer" && !Number.isInteger(v))) {
        throw new InvalidArgumentError(`params.${p.name}`, `${p.kind === "integer" ? "an integer" : "a number"} in [${p.min}, ${p.max}]`, v);
      }
      x[p.offset] = (toAxis(p.scaling, v) - p.lo) / (p.hi - p.lo);
    }
    return x;
  }

  /** Maps any point of the cube (coordinates clamped to [0, 1]) back to parameter values. */
  decode(x: ArrayLike<number>): Params {
    const out: Params = {};
    for (const p of this.parameters) out[p.name] = this.decodeOne(p, x);
    return out;
  }

  /** Projects a point onto the encodings of real values: integers to their bin, categoricals to one-hot. */
  snap(x: ArrayLike<number>): Float64Array {
    return this.encode(this.decode(x));
  }

  /**
   * Builds a valid encoded point from one coordinate in [0, 1) per parameter: continuous values pass
   * through, integers land on the centre of their bin, a categorical picks value floor(u * k).
   * Quasi-random designs and candidate sets are drawn this way, so every point is a real configuration.
   */
  fromParameterUnits(u: ArrayLike<number>): Float64Array {
    const x = new Float64Array(this.dims);
    this.parameters.forEach((p, i) => {
      const ui = Math.min(Math.max(u[i]!, 0), 1 - 1e-12);
      if (p.kind === "categorical") x[p.offset + Math.floor(ui * p.values.length)] = 1;
      else if (p.kind === "continuous") x[p.offset] = ui;
      else x[p.offset] = this.integerCoordinate(p, this.decodeOne({ ...p, offset: 0 }, [ui]) as number);
    });
    return x;
  }

  /** The cube coordinate of an integer value: the centre of its bin on the scaled axis. */
  integerCoordinate(p: Extract<EncodedParameter, { kind: "integer" }>, v: number): number {
    return (toAxis(p.scaling, v) - p.lo) / (p.hi - p.lo);
  }

  private decodeOne(p: EncodedParameter, x: ArrayLike<number>): ParamValue {
    if (p.kind === "categorical") {
      let best = 0;
      for (let i = 1; i < p.values.length; i++) if (x[p.offset + i]! > x[p.offset + best]!) best = i;
      return p.values[best]!;
    }
    const u = Math.min(1, Math.max(0, x[p.offset]!));
    const v = fromAxis(p.scaling, p.lo + u * (p.hi - p.lo));
    const value = p.kind === "integer" ? Math.round(v) : v;
    return Math.min(p.max, Math.max(p.min, value));
  }
}
