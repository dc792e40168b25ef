import { careEvents } from '@helpline/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock';
import { startTestApp, type TestApp } from './harness';
import { api, chat, type Member, member } from './helpers/chats';
import { ask, next, record } from './helpers/sockets';
import { breakTab, staffSocket, waitFor } from './helpers/staff';

let t: TestApp;
// Monday 08:00 in Amsterdam: Helpwanted is open all day, so hours of chat fit in it.
const clock = createManualClock(new Date('2026-11-23T07:00:00Z'));
let boss: Member;
beforeAll(async () => {
  t = await startTestApp({ clock });
  boss = await member(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
  inUse.push(boss);
});
afterAll(async () => {
  boss.socket.close();
  await t.close();
});

const MINUTE = 60_000;
/** Everyone logged in here: as time passes they keep using their sessions (idle ones end after 30 minutes). */
const inUse: Member[] = [];
/** Time passes as it does for a running server: the periodic step every five minutes, the staff at work. */
const pass = async (minutes: number) => {
  for (let done = 0; done < minutes; done += 5) {
    clock.advance(Math.min(5, minutes - done) * MINUTE);
    for (const m of inUse) await api(t, m, 'GET', '/api/colleagues');
    await t.app.jobs.runOnce();
  }
};
const counsellor = async () => {
  const m = await member(t, { programmes: ['helpwanted'] });
  inUse.push(m);
  return m;
};
const newTab = (who: Member) => breakTab(t, who.cookie);
const tag = (who: Member, conversationId: string, tags: Record<string, unknown>) =>
  api(t, who, 'PUT', `/api/conversations/${conversationId}/tags`, tags);
const HEAVY = { subjects: ['threatened-blackmailed'], sextortionType: 'financial' };
const LIGHT = { subjects: ['unsolicited-nude-received'] };

describe('a break after a stretch of chat time', () => {
  it("comes after the programme's stretch length of holding chats, in every tab, once per stretch", async () => {
    const setting = { stretchMinutes: 60, heavyTags: { subjects: ['threatened-blackmailed'] } };
    expect((await api(t, boss, 'PUT', '/api/programmes/helpwanted/care', setting)).status).toBe(200);
    const anna = await counsellor();
    const secondTab = await staffSocket(t, anna.cookie);
    const heard = record(anna.socket, 'break:suggested');
    const { visitor } = await chat(t, anna, 'helpwanted', { keepOpen: true });
    await t.app.jobs.runOnce();
    await pass(55);
    expect(heard).toEqual([]);

    const inSecondTab = next(secondTab, 'break:suggested');
    await pass(5);
    expect(await inSecondTab).toMatchObject({ reason: 'stretch', stretchMinutes: 60 });
    expect(await waitFor(() => heard.length > 0 && heard)).toMatchObject([{ reason: 'stretch', stretchMinutes: 60 }]);
    // A tab opened now shows it too; more steps bring no second one within the next stretch.
    const laterTab = await newTab(anna);
    expect(laterTab.heard).toMatchObject([{ reason: 'stretch' }]);
    await pass(20);
    expect(heard).toHaveLength(1);
    for (const s of [anna.socket, secondTab, laterTab.socket, visitor.socket]) s.close();
  });

  it('ten minutes without a chat is a break: the stretch starts over, and an open suggestion goes', async () => {
    const bea = await counsellor();
    const heard = record(bea.socket, 'break:suggested');
    const first = await chat(t, bea, 'helpwanted', { keepOpen: true });
    await t.app.jobs.runOnce();
    await pass(50);
    await ask(bea.socket, 'conversation:end', { conversationId: first.conversationId });
    await pass(10);
    const second = await chat(t, bea, 'helpwanted', { keepOpen: true });
    await t.app.jobs.runOnce();
    await pass(55);
    expect(heard).toEqual([]);
    await pass(5);
    expect(await waitFor(() => heard.length > 0 && heard)).toMatchObject([{ reason: 'stretch', stretchMinutes: 60 }]);

    const cleared = next(bea.socket, 'break:cleared');
    await ask(bea.socket, 'conversation:end', { conversationId: second.conversationId });
    await pass(10);
    expect(await cleared).toEqual({ snoozedUntil: null });
    const laterTab = await newTab(bea);
    expect(laterTab.heard).toEqual([]);
    for (const s of [bea.socket, laterTab.socket, first.visitor.socket, second.visitor.socket]) s.close();
  });
});

describe('a break after a heavy chat', () => {
  it('comes when a chat tagged with a heavy subject closes, once per chat, and not for a light one', async () => {
    const cas = await counsellor();
    const heard = record(cas.socket, 'break:suggested');
    const light = await chat(t, cas, 'helpwanted', { keepOpen: true });
    await tag(cas, light.conversationId, LIGHT);
    await ask(cas.socket, 'conversation:end', { conversationId: light.conversationId });

    const heavy = await chat(t, cas, 'helpwanted', { keepOpen: true });
    expect((await tag(cas, heavy.conversationId, HEAVY)).status).toBe(200);
    expect(heard).toEqual([]);
    const suggested = next(cas.socket, 'break:suggested');
    await ask(cas.socket, 'conversation:end', { conversationId: heavy.conversationId });
    expect(await suggested).toEqual({ reason: 'heavy', at: clock.now().toISOString() });
    await tag(cas, heavy.conversationId, { ...HEAVY, gender: 'female' });
    await t.app.jobs.runOnce();
    expect(heard).toHaveLength(1);
    for (const s of [cas.socket, light.visitor.socket, heavy.visitor.socket]) s.close();
  });

  it("comes when its counsellor tags a chat heavy after it ended, and by the programme's own setting", async () => {
    const dirk = await counsellor();
    const { conversationId } = await chat(t, dirk, 'helpwanted');
    const suggested = next(dirk.socket, 'break:suggested');
    await tag(dirk, conversationId, HEAVY);
    expect(await suggested).toMatchObject({ reason: 'heavy' });

    // Supervisors choose what is heavy: with only `image-online`, sextortion no longer is, and a picture online is.
    const saved = await api(t, boss, 'PUT', '/api/programmes/helpwanted/care', {
      stretchMinutes: 60,
      heavyTags: { subjects: ['image-online'] },
    });
    expect(saved.body).toEqual({
      programme: 'helpwanted',
      stretchMinutes: 60,
      heavyTags: { subjects: ['image-online'] },
    });
    const eva = await counsellor();
    const heard = record(eva.socket, 'break:suggested');
    const blackmail = await chat(t, eva, 'helpwanted');
    await tag(eva, blackmail.conversationId, HEAVY);
    await t.app.jobs.runOnce();
    expect(heard).toEqual([]);
    const online = await chat(t, eva, 'helpwanted');
    const suggestedToEva = next(eva.socket, 'break:suggested');
    await tag(eva, online.conversationId, { subjects: ['image-online'] });
    expect(await suggestedToEva).toMatchObject({ reason: 'heavy' });
    await api(t, boss, 'PUT', '/api/programmes/helpwanted/care', {
      stretchMinutes: 120,
      heavyTags: { subjects: ['threatened-blackmailed'] },
    });
    for (const s of [dirk.socket, eva.socket]) s.close();
  });

  it('a snooze hides it in every tab and delays the next one; it comes back after 15 minutes; dismissed it stays gone', async () => {
    const fleur = await counsellor();
    const secondTab = await staffSocket(t, fleur.cookie);
    const first = await chat(t, fleur, 'helpwanted', { keepOpen: true });
    await tag(fleur, first.conversationId, HEAVY);
    const suggested = next(fleur.socket, 'break:suggested');
    await ask(fleur.socket, 'conversation:end', { conversationId: first.conversationId });
    await suggested;

    const clearedElsewhere = next(secondTab, 'break:cleared');
    const snoozed = await ask(fleur.socket, 'break:snooze', {});
    const until = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    expect(snoozed).toEqual({ ok: true, snoozedUntil: until });
    expect(await clearedElsewhere).toEqual({ snoozedUntil: until });
    const heard = record(secondTab, 'break:suggested');
    const snoozedTab = await newTab(fleur);

    // Another heavy chat closes during the snooze: it waits too.
    const second = await chat(t, fleur, 'helpwanted', { keepOpen: true });
    await tag(fleur, second.conversationId, HEAVY);
    await ask(fleur.socket, 'conversation:end', { conversationId: second.conversationId });
    await pass(10);
    expect(heard).toEqual([]);
    expect(snoozedTab.heard).toEqual([]);
    const back = next(secondTab, 'break:suggested');
    await pass(5);
    expect(await back).toMatchObject({ reason: 'heavy' });

    const dismissedElsewhere = next(secondTab, 'break:cleared');
    expect(await ask(fleur.socket, 'break:dismiss', {})).toEqual({ ok: true });
    expect(await dismissedElsewhere).toEqual({ snoozedUntil: null });
    const laterTab = await newTab(fleur);
    await pass(20);
    expect(laterTab.heard).toEqual([]);
    for (const s of [
      fleur.socket,
      secondTab,
      snoozedTab.socket,
      laterTab.socket,
      first.visitor.socket,
      second.visitor.socket,
    ])
      s.close();
  });
});

describe('care settings', () => {
  it("supervisors read both programmes' settings, with the taxonomy's defaults until they choose", async () => {
    const { status, body } = await api(t, boss, 'GET', '/api/care');
    expect(status).toBe(200);
    expect(body).toContainEqual({
      programme: 'stopitnow',
      stretchMinutes: 120,
      heavyTags: { urgency: ['self-harm', 'child-at-risk'], concerns: ['offender'] },
    });
    const anna = await counsellor();
    expect((await api(t, anna, 'GET', '/api/care')).status).toBe(403);
    expect(
      (await api(t, anna, 'PUT', '/api/programmes/helpwanted/care', { stretchMinutes: 90, heavyTags: {} })).status,
    ).toBe(403);
    anna.socket.close();
  });

  it.each([
    [{ stretchMinutes: 5, heavyTags: {} }, 'stretchMinutes'],
    [{ stretchMinutes: 600, heavyTags: {} }, 'stretchMinutes'],
    [{ stretchMinutes: 90.5, heavyTags: {} }, 'stretchMinutes'],
    [{ stretchMinutes: 90 }, 'heavyTags'],
    [{ stretchMinutes: 90, heavyTags: { subjects: ['sadness'] } }, 'heavyTags.subjects.0'],
    [{ stretchMinutes: 90, heavyTags: { concerns: ['offender'] } }, 'heavyTags'],
    [{ stretchMinutes: 90, heavyTags: { urgency: ['none'] } }, 'heavyTags.urgency.0'],
    [{ stretchMinutes: 90, heavyTags: { subjects: ['image-online', 'image-online'] } }, 'heavyTags.subjects'],
    [{ stretchMinutes: 90, heavyTags: {}, colour: 'red' }, 'colour'],
  ])('refuses %j naming %s, and keeps what was stored', async (body, field) => {
    const before = (await api(t, boss, 'GET', '/api/care')).body;
    const res = await api(t, boss, 'PUT', '/api/programmes/helpwanted/care', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(res.body.error.message).toContain(field);
    expect((await api(t, boss, 'GET', '/api/care')).body).toEqual(before);
  });

  it('a change is audited with what was chosen', async () => {
    const body = { stretchMinutes: 100, heavyTags: { urgency: ['child-at-risk'], concerns: ['offender', 'viewer'] } };
    expect((await api(t, boss, 'PUT', '/api/programmes/stopitnow/care', body)).status).toBe(200);
    const audit = await api(t, boss, 'GET', '/api/audit?action=care.updated');
    expect(audit.body).toContainEqual(
      expect.objectContaining({
        action: 'care.updated',
        actorId: boss.id,
        targetType: 'programme',
        targetId: 'stopitnow',
        details: body,
      }),
    );
  });
});

describe('care in the reports', () => {
  it('counts break suggestions and debriefs as totals, stored without who or which chat', async () => {
    const summary = async () => (await api(t, boss, 'GET', '/api/reports/summary?programme=helpwanted')).body.care;
    const before = await summary();
    const gijs = await counsellor();
    const heavy = await chat(t, gijs, 'helpwanted', { keepOpen: true });
    await tag(gijs, heavy.conversationId, HEAVY);
    const suggested = next(gijs.socket, 'break:suggested');
    await ask(gijs.socket, 'conversation:end', { conversationId: heavy.conversationId });
    await suggested;
    expect(await ask(gijs.socket, 'debrief:request', { conversationId: heavy.conversationId })).toMatchObject({
      ok: true,
    });
    expect(await summary()).toEqual({
      breakReminders: before.breakReminders + 1,
      breakRemindersByReason: {
        stretch: before.breakRemindersByReason.stretch,
        heavy: before.breakRemindersByReason.heavy + 1,
      },
      debriefsRequested: before.debriefsRequested + 1,
    });
    expect(before.breakRemindersByReason.stretch).toBeGreaterThanOrEqual(2);
    const stopitnow = (await api(t, boss, 'GET', '/api/reports/summary?programme=stopitnow')).body.care;
    expect(stopitnow).toEqual({
      breakReminders: 0,
      breakRemindersByReason: { stretch: 0, heavy: 0 },
      debriefsRequested: 0,
    });

    const rows = await t.db.db.select().from(careEvents);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['hour', 'id', 'kind', 'programmeId', 'reason']);
      expect(row.hour.getUTCMinutes() + row.hour.getUTCSeconds() + row.hour.getUTCMilliseconds()).toBe(0);
    }
    for (const s of [gijs.socket, heavy.visitor.socket]) s.close();
  });
});
