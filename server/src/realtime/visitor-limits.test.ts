import { describe, expect, it } from 'vitest';
import { createVisitorLimits } from './visitor-limits';

const limits = { newVisitorsPerClient: 2, joinsPerClient: 3, newVisitorsPerProcess: 3, joinsPerProcess: 100 } as const;
const refused = { code: 'RATE_LIMITED' };

describe('visitor limits', () => {
  it('bounds new visitors per client and, across clients, per process', async () => {
    const l = createVisitorLimits(limits);
    await l.newVisitor('a');
    await l.newVisitor('a');
    await expect(l.newVisitor('a')).rejects.toMatchObject(refused);
    await l.newVisitor('b');
    await expect(l.newVisitor('c')).rejects.toMatchObject(refused);
  });

  it('counts joins apart from new visitors', async () => {
    const l = createVisitorLimits(limits);
    for (let i = 0; i < 3; i++) await l.join('a');
    await expect(l.join('a')).rejects.toMatchObject(refused);
    await l.join('b');
    await l.newVisitor('a');
  });
});

describe('finding 5: no few clients use up the process', () => {
  const fair = { newVisitorsPerClient: 30, joinsPerClient: 60, newVisitorsPerProcess: 100, joinsPerProcess: 200 };
  const taken = async (take: () => Promise<void>, times: number) => {
    let ok = 0;
    for (let i = 0; i < times; i++)
      ok += await take().then(
        () => 1,
        () => 0,
      );
    return ok;
  };

  it('from half the bound on, clients above their fair share are shed; a fresh client gets in until the bound', async () => {
    const l = createVisitorLimits(fair);
    // 30 of 100 for a; b takes the rest of the first half (20), then its fair share of it: 50 / 2 = 25 in all.
    expect(await taken(() => l.newVisitor('a'), 30)).toBe(30);
    expect(await taken(() => l.newVisitor('b'), 30)).toBe(25);
    expect(await taken(() => l.newVisitor('a'), 1)).toBe(0);
    // A fresh client gets its share too (50 / 3), and every other fresh client one at least, until the machine is full.
    expect(await taken(() => l.newVisitor('c'), 30)).toBe(17);
    for (let i = 0; i < 28; i++) await l.newVisitor(`fresh-${i}`);
    await expect(l.newVisitor('late')).rejects.toMatchObject(refused);
  });

  it('a window forgets what it counted; joins have their own', async () => {
    let now = 0;
    const l = createVisitorLimits(fair, () => now);
    for (let i = 0; i < 100; i++) await l.newVisitor(`client-${i}`);
    await expect(l.newVisitor('fresh')).rejects.toMatchObject(refused);
    await l.join('fresh');
    now += 10 * 60_000;
    await l.newVisitor('fresh');
  });
});
