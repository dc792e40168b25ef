import { missedContacts } from '@helpline/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';

// Monday 03:00 in Amsterdam: both programmes closed.
const clock = createManualClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t.close());

/** The form on a closed chat page as a browser posts it without JavaScript: our pages send no referrer, so Origin is null. */
const post = (fields: Record<string, string>, site = 'same-origin') =>
  fetch(`${t.url}/api/chat/closed-attempt`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null', 'sec-fetch-site': site },
    body: new URLSearchParams(fields).toString(),
  });

const outsideHours = async (programme: 'helpwanted' | 'stopitnow') =>
  (await t.db.db.select().from(missedContacts).where(eq(missedContacts.programmeId, programme))).filter(
    (row) => row.kind === 'outside-hours',
  );

describe('a closed chat page’s button, without JavaScript', () => {
  it('counts the attempt once per form, anonymously, and answers with the closed page', async () => {
    const attempt = crypto.randomUUID();
    const res = await post({ programme: 'stopitnow', lang: 'nl', from: 'chat', attempt });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/chat/stopitnow/closed');
    const [row, ...more] = await outsideHours('stopitnow');
    expect(more).toEqual([]);
    expect(row).toMatchObject({ visitorId: null, conversationId: null, day: '2026-11-23' });

    // The same form again (a double click, Back and press again): nothing more.
    expect((await post({ programme: 'stopitnow', lang: 'nl', from: 'chat', attempt })).status).toBe(303);
    expect(await outsideHours('stopitnow')).toHaveLength(1);

    // Another view of the page is another attempt; the English embed answers with its own page.
    const embed = await post({ programme: 'stopitnow', lang: 'en', from: 'embed', attempt: crypto.randomUUID() });
    expect(embed.headers.get('location')).toBe('/en/embed/stopitnow/closed');
    expect(await outsideHours('stopitnow')).toHaveLength(2);
  });

  it('refuses a post from another site, and bad fields, without counting', async () => {
    const before = (await outsideHours('helpwanted')).length;
    expect((await post({ programme: 'helpwanted' }, 'cross-site')).status).toBe(403);
    expect((await post({ programme: 'nope' })).status).toBe(400);
    expect((await post({ programme: 'helpwanted', from: 'https://evil.example' })).status).toBe(400);
    expect(await outsideHours('helpwanted')).toHaveLength(before);
  });

  it('when the chat is open after all, goes back to the chat page and counts nothing', async () => {
    clock.set(new Date('2026-11-23T09:00:00Z'));
    const before = (await outsideHours('helpwanted')).length;
    const res = await post({ programme: 'helpwanted', attempt: crypto.randomUUID() });
    expect(res.headers.get('location')).toBe('/chat/helpwanted');
    expect(await outsideHours('helpwanted')).toHaveLength(before);
  });
});
