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
