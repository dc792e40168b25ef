import { conversations, openPostgres } from '@helpline/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { ask, visitorSocket } from './helpers/sockets';
import { createStaff, loginAs, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
const clock = createManualClock(new Date('2026-11-23T09:00:00Z'));
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

type Query = (query: string, params?: unknown[], options?: unknown) => Promise<unknown>;

/**
 * Runs `move` exactly between the app's read of the conversation and its update. On PostgreSQL the move holds the
 * row's lock from another connection until the app's update waits for it, then commits: the update finds the moved
 * row. On PGlite (one connection, queries in turn) it runs as soon as the app's read of the row has its answer.
 */
const betweenReadAndUpdate = async <R>(
  conversationId: string,
  move: (db: TestApp['db']['db']) => Promise<unknown>,
  act: () => Promise<R>,
) => {
  if (t.db.url) {
    const other = openPostgres(t.db.url, 1);
    let commit = () => {};
    const committed = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let locked = false;
    const moving = other.db.transaction(async (tx) => {
      await move(tx as unknown as TestApp['db']['db']);
      locked = true;
      await committed;
    });
    await waitFor(() => locked);
    const acting = act();
    await waitFor(async () => {
      const [row] = await t.db.query<{ n: number }>(
        sql`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`,
      );
      return (row?.n ?? 0) > 0;
    });
    commit();
    await moving;
    await other.close();
    return acting;
  }
  const client = (t.db.db as unknown as { $client: { query: Query } }).$client;
  const query = client.query.bind(client);
  let armed = true;
  client.query = async (text, params, options) => {
    const answer = await query(text, params, options);
    if (
      armed &&
      /^select .* from "conversations" where "conversations"."id" = \$1$/.test(text) &&
      params?.[0] === conversationId
    ) {
      armed = false;
      await move(t.db.db);
    }
    return answer;
  };
  try {
    return await act();
  } finally {
    client.query = query;
  }
};

describe('finding 11: an accept holds only for what it checked', () => {
  it('a chat moved to a programme the counsellor does not serve, between the check and the update, is not theirs', async () => {
    const anna = await createStaff(t, { programmes: ['helpwanted'] });
    const socket = await staffSocket(t, await loginAs(t, anna));
    const { socket: visitor } = await visitorSocket(t);
    const conversationId = String((await ask(visitor, 'queue:join', { programme: 'helpwanted' })).conversationId);

    // E.g. a colleague took it and handed it to Stop it Now's queue meanwhile.
    const answer = await betweenReadAndUpdate(
      conversationId,
      (db) => db.update(conversations).set({ programmeId: 'stopitnow' }).where(eq(conversations.id, conversationId)),
      () => ask(socket, 'conversation:accept', { conversationId }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const [row] = await t.db.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(row).toMatchObject({ programmeId: 'stopitnow', status: 'queued', counsellorId: null });
    for (const s of [socket, visitor]) s.close();
  });
});
