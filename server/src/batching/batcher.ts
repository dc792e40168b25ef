/** What one item of a batch came to: its own value or its own error, whatever the others came to. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export const succeeded = <O>(value: O): Outcome<O> => ({ ok: true, value });
export const failed = <O>(error: unknown): Outcome<O> => ({ ok: false, error });

export type BatcherOptions = {
  /** The most items one batch takes. */
  maxBatch?: number;
  /**
   * Each item is answered within this many ms of its arrival: one still waiting then is dropped, never run, and one
   * whose batch is still running gets no later outcome (the work may yet complete it). Both are rejected with
   * `expired()`. The lane itself is not given up: the next batch still starts only when this one has finished.
   */
  deadline?: { ms: number; expired: () => unknown };
};

type Waiting<I, O> = {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
  isAnswered: boolean;
};

/**
 * Runs `work` over items in batches, one batch at a time, in arrival order. With nothing running an item goes at once,
 * alone, so batching adds no delay; items arriving while a batch runs wait and go together in the next one (up to
 * `maxBatch`), so under load the fixed cost of a batch (round trips, a commit) is shared by all of them.
 */
export const createBatcher = <I, O>(
  work: (items: I[]) => Promise<Outcome<O>[]>,
  { maxBatch = 200, deadline }: BatcherOptions = {},
) => {
  const waiting: Waiting<I, O>[] = [];
  let running = false;
  const answer = (w: Waiting<I, O>, outcome: Outcome<O>) => {
    if (w.isAnswered) return;
    w.isAnswered = true;
    clearTimeout(w.timer);
    if (outcome.ok) w.resolve(outcome.value);
    else w.reject(outcome.error);
  };
  const runNext = async () => {
    if (running || waiting.length === 0) return;
    running = true;
    const batch = waiting.splice(0, maxBatch);
    try {
      const outcomes = await work(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        answer(w, outcomes[i] ?? failed(new Error('the batch gave this item no outcome')));
      });
    } catch (error) {
      for (const w of batch) answer(w, failed(error));
    } finally {
      running = false;
      // The next batch after a turn of the event loop: sockets are read meanwhile, even when the database answers
      // without ever yielding (PGlite), and what they bring joins that batch.
      setImmediate(runNext);
    }
  };
  const expire = (w: Waiting<I, O>) => {
    if (!deadline) return;
    const at = waiting.indexOf(w);
    if (at >= 0) waiting.splice(at, 1);
    answer(w, failed(deadline.expired()));
  };
  /** Items not yet answered, so `flush` can wait for those taken so far. */
  const unanswered = new Set<Promise<unknown>>();
  const submit = (item: I) => {
    const answered = new Promise<O>((resolve, reject) => {
      const w: Waiting<I, O> = { item, resolve, reject, isAnswered: false };
      if (deadline) w.timer = setTimeout(() => expire(w), deadline.ms);
      waiting.push(w);
      void runNext();
    });
    const settled: Promise<unknown> = answered.then(
      () => unanswered.delete(settled),
      () => unanswered.delete(settled),
    );
    unanswered.add(settled);
    return answered;
  };
  /** Resolves once every item taken so far is answered (stored or refused): what a drain waits for. */
  const flush = async () => {
    await Promise.all([...unanswered]);
  };
  return Object.assign(submit, { flush });
};
