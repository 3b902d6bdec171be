/** Zero mean, unit standard deviation; a constant series maps to zeros. */
export function standardize(values: readonly number[]): Float64Array {
  const n = values.length;
  let mean = 0;
  for (const v of values) mean += v / n;
  let variance = 0;
  for (const v of values) variance += (v - mean) ** 2 / n;
  const std = Math.sqrt(variance) || 1;
  return Float64Array.from(values, (v) => (v - mean) / std);
}
