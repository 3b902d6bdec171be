/**
 * Until the coordinator at `api` answers /readyz (its journal replayed), asking every `intervalMs`;
 * resolves with the time it first answered, so a test can measure from there.
 */
export async function waitReady(api: string, intervalMs = 100, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(`${api}/readyz`).then((r) => r.ok, () => false)) return Date.now();
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`the coordinator at ${api} never became ready`);
}
