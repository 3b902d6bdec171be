/** Polls until the condition holds (it may ask a page, async); throws with `describe()`'s text once `timeoutMs` has passed. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000, describe: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms ${describe()}`.trim());
    await new Promise((r) => setTimeout(r, 50));
  }
}
