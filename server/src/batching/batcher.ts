/** What one item of a batch came to: its own value or its own error, whatever the others came to. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export const succeeded = <O>(value: O): Outcome<O> => ({ ok: true, value });
export const failed = <O>(error: unknown): Outcome<O> => ({ ok: false, error });

/**
 * Runs `work` over items in batches, one batch at a time, in arrival order. With nothing running an item goes at once,
 * alone, so batching adds no delay; items arriving while a batch runs wait and go together in the next one (up to
 * `maxBatch`), so under load the fixed cost of a batch (round trips, a commit) is shared by all of them.
 */
export const createBatcher = <I, O>(work: (items: I[]) => Promise<Outcome<O>[]>, { maxBatch = 200 } = {}) => {
  const waiting: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  let running = false;
  const runNext = async () => {
    if (running || waiting.length === 0) return;
    running = true;
    const batch = waiting.splice(0, maxBatch);
    try {
      const outcomes = await work(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const outcome = outcomes[i] ?? failed(new Error('the batch gave this item no outcome'));
        if (outcome.ok) w.resolve(outcome.value);
        else w.reject(outcome.error);
      });
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      running = false;
      // The next batch after a turn of the event loop: sockets are read meanwhile, even when the database answers
      // without ever yielding (PGlite), and what they bring joins that batch.
      setImmediate(runNext);
    }
  };
  return (item: I) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      void runNext();
    });
};
