import { notes, staff } from '@helpline/db';
import { defaultHours } from '@helpline/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { toAppError } from '../src/errors';
import { startTestApp, type TestApp } from './harness';
import { call, createStaff, loginAs, PASSWORD } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

const failureOf = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse');
};

describe('bad input and constraint violations', () => {
  it('finding 13: two hours exceptions with the same date give 400 INVALID_INPUT naming exceptions', async () => {
    const cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const hours = {
      ...defaultHours('helpwanted'),
      exceptions: [
        { date: '2026-12-25', closed: true },
        { date: '2026-12-25', opens: '10:00', closes: '12:00' },
      ],
    };
    const res = await call(t, 'PUT', '/api/programmes/helpwanted/hours', { cookie, body: hours });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; field: string } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.field).toMatch(/^exceptions\b/);
  });

  it('finding 13: a unique violation (parallel creates of one username) is a 409, never a 500', async () => {
    const cookie = await loginAs(t, await createStaff(t, { role: 'supervisor', totp: true }));
    const body = {
      username: 'twin',
      alias: 'Twin',
      role: 'counsellor',
      programmes: ['helpwanted'],
      password: PASSWORD,
    };
    const statuses = await Promise.all(
      Array.from({ length: 6 }, async () => (await call(t, 'POST', '/api/staff', { cookie, body })).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
  });

  it('finding 13: the one mapping turns unique and foreign-key violations of the real database into typed errors', async () => {
    const duplicate = await failureOf(() =>
      t.db.db.insert(staff).values({
        username: 'twin',
        alias: 'x',
        role: 'counsellor',
        programmes: ['helpwanted'],
        passwordHash: 'x',
      }),
    );
    expect(toAppError(duplicate)?.toBody()).toMatchObject({ code: 'CONFLICT', field: 'staff_username_unique' });
    const dangling = await failureOf(() =>
      t.db.db.insert(notes).values({
        conversationId: '00000000-0000-4000-8000-000000000000',
        seq: 1,
        authorId: '00000000-0000-4000-8000-000000000000',
        ciphertext: new Uint8Array([1]),
        nonce: new Uint8Array(24),
      }),
    );
    expect(toAppError(dangling)?.toBody()).toMatchObject({ code: 'INVALID_INPUT' });
    expect(toAppError(new Error('anything else'))).toBeNull();
  });
});
