/** `p`'s value if it settles within `ms`, else `late`: a wait with a bound, whose timer never outlives it. */
export function within<T>(p: Promise<T>, ms: number, late: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((r) => (timer = setTimeout(() => r(late), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
