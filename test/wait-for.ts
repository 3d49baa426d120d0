/**
 * The one way a test waits: polls an observable condition until it holds, and fails after a deadline with a
 * message naming what was awaited. Never a fixed sleep standing in for an event.
 *
 * `probe` returns the awaited value, or `undefined`, `null` or `false` while not there yet; a probe that throws
 * counts as not yet (a server still starting), and its last error is in the failure message.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 20_000, intervalMs = 10, detail }: { timeoutMs?: number; intervalMs?: number; detail?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const because = lastError ? `; last error: ${String(lastError)}` : '';
  const more = detail ? `\n${detail()}` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${because}${more}`);
}
