import { describe, expect, it } from 'vitest';
import { createBatcher, failed, succeeded } from './batcher';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('batcher', () => {
  it('runs the first item alone at once and gathers the ones arriving meanwhile into the next batch', async () => {
    const batches: number[][] = [];
    const run = createBatcher(async (items: number[]) => {
      batches.push(items);
      await tick();
      return items.map((n) => succeeded(n * 2));
    });
    const answers = await Promise.all([1, 2, 3, 4].map((n) => run(n)));
    expect(answers).toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it("gives each item its own outcome: one item's error fails only that item", async () => {
    const run = createBatcher(async (items: number[]) =>
      items.map((n) => (n === 2 ? failed<number>(new Error('two')) : succeeded(n))),
    );
    const answers = await Promise.allSettled([1, 2, 3].map((n) => run(n)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('fails every item of a batch whose work throws, and carries on with the next batch', async () => {
    let calls = 0;
    const run = createBatcher(async (items: number[]) => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return items.map((n) => succeeded(n));
    });
    await expect(run(1)).rejects.toThrow('down');
    await expect(run(2)).resolves.toBe(2);
  });

  it('flush waits until every item taken so far is answered, refused ones included', async () => {
    const stored: number[] = [];
    const run = createBatcher(async (items: number[]) => {
      await tick();
      stored.push(...items);
      return items.map((n) => (n === 2 ? failed<number>(new Error('two')) : succeeded(n)));
    });
    const answers = [1, 2, 3].map((n) => run(n).catch(() => 'refused'));
    await run.flush();
    expect(stored).toEqual([1, 2, 3]);
    const later = run(4);
    await run.flush();
    expect(stored).toContain(4);
    expect(await Promise.all([...answers, later])).toEqual([1, 'refused', 3, 4]);
    await run.flush();
  });

  it('never puts more than maxBatch items in one batch', async () => {
    const sizes: number[] = [];
    const run = createBatcher(
      async (items: number[]) => {
        sizes.push(items.length);
        await tick();
        return items.map((n) => succeeded(n));
      },
      { maxBatch: 3 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, n) => run(n)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });

  it('answers an item not done within the deadline, drops waiting ones unrun, and keeps the lane until the batch ends', async () => {
    const batches: number[][] = [];
    let release = () => {};
    const hung = new Promise<void>((resolve) => {
      release = resolve;
    });
    const run = createBatcher(
      async (items: number[]) => {
        batches.push(items);
        if (items.includes(1)) await hung;
        return items.map((n) => succeeded(n));
      },
      { deadline: { ms: 50, expired: () => new Error('late') } },
    );
    const answers = Promise.allSettled([1, 2, 3].map((n) => run(n)));
    expect((await answers).map((a) => (a.status === 'rejected' ? String(a.reason) : a.value))).toEqual([
      'Error: late',
      'Error: late',
      'Error: late',
    ]);
    // Still running: nothing else starts until it ends, and what expired while waiting never runs.
    const after = run(4);
    await tick();
    expect(batches).toEqual([[1]]);
    release();
    await expect(after).resolves.toBe(4);
    expect(batches).toEqual([[1], [4]]);
  });
});
