/**
 * Hyperparameters of the Matérn-5/2 ARD kernel plus observation noise:
 *   k(x, x') = scale * m(r) + noise * [x == x'],  r^2 = sum_d isl_d (x_d - x'_d)^2
 * isl_d is the inverse squared lengthscale of dimension d (isl = 1 / lengthscale^2).
 * The optimizer works on unconstrained raw values: log isl, log scale, log(noise - MIN_NOISE).
 */
export interface KernelParams {
  readonly isl: Float64Array;
  readonly scale: number;
  readonly noise: number;
}

/** Floor on the noise variance (outputs are standardized), which keeps K well conditioned. */
export const MIN_NOISE = 1e-6;

export function toRaw(p: KernelParams): Float64Array {
  const d = p.isl.length;
  const raw = new Float64Array(d + 2);
  for (let i = 0; i < d; i++) raw[i] = Math.log(p.isl[i]!);
  raw[d] = Math.log(p.scale);
  raw[d + 1] = Math.log(Math.max(p.noise - MIN_NOISE, 1e-12));
  return raw;
}

export function fromRaw(raw: ArrayLike<number>): KernelParams {
  const d = raw.length - 2;
  const isl = new Float64Array(d);
  for (let i = 0; i < d; i++) isl[i] = Math.exp(raw[i]!);
  return { isl, scale: Math.exp(raw[d]!), noise: MIN_NOISE + Math.exp(raw[d + 1]!) };
}

export function defaultKernelParams(dims: number): KernelParams {
  return { isl: new Float64Array(dims).fill(1), scale: 1, noise: 1e-2 };
}
