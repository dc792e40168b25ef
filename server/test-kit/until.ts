/** Resolves with the predicate's first truthy value, checking every `everyMs`; rejects after `timeoutMs`. */
export const until = async <T>(
  predicate: () => T | Promise<T>,
  timeoutMs: number,
  what = 'a condition',
  everyMs = 50,
): Promise<NonNullable<T>> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(everyMs);
  }
};

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
