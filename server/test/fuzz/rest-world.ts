import { createManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';
import { api, chat, type Member, member } from '../helpers/chats';
import { createStaff } from '../helpers/staff';
import type { Caller, RestIds, Route } from './rest-route';
import { brief } from './typed-errors';

export type RestWorld = {
  t: TestApp;
  ids: RestIds;
  cookies: Record<Caller, string | undefined>;
  close: () => Promise<void>;
};

/**
 * The app with real records for every route to act on: chats the counsellor held (one per programme), a logged
 * contact, a planned referral, a clinic, canned responses, a staff member to administer and one to log in as.
 */
export const startRestWorld = async (): Promise<RestWorld> => {
  const clock = createManualClock(new Date('2026-11-23T09:00:00Z')); // Monday 10:00 in Amsterdam: both open
  const t = await startTestApp({ clock });
  const counsellor = await member(t, { programmes: ['helpwanted', 'stopitnow'] });
  const supervisor = await member(t, { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true });
  // Enrols a second factor again and again: kept apart from the counsellor whose session the other routes use.
  const enroller = await member(t, {});
  const created = async (who: Member, path: string, body: unknown) => {
    const res = await api(t, who, 'POST', path, body);
    if (res.status !== 201) throw new Error(`setup: POST ${path}: ${res.status} ${brief(res.body)}`);
    return String(res.body.id);
  };
  const canned = { programme: 'helpwanted', language: 'nl', title: 'Welkom', body: 'Fijn dat je er bent.' };
  const conversation = (await chat(t, counsellor, 'helpwanted')).conversationId;
  const stopitnowConversation = (await chat(t, counsellor, 'stopitnow')).conversationId;
  const clinic = await created(supervisor, '/api/clinics', { id: 'fuzz-kliniek', name: 'Fuzz Kliniek' });
  const renamedClinic = await created(supervisor, '/api/clinics', { id: 'fuzz-kliniek-hernoemd', name: 'Hernoemd' });
  const login = await createStaff(t);
  const thread = async () => {
    const res = await api(t, null, 'POST', '/api/mailbox', { programme: 'helpwanted', body: 'Fuzz' });
    if (res.status !== 201) throw new Error(`setup: POST /api/mailbox: ${res.status} ${brief(res.body)}`);
    return res.body as { code: string; conversationId: string };
  };
  const mailbox = await thread();
  const doomedMailbox = await thread();
  await api(t, counsellor, 'POST', `/api/mailbox/${mailbox.conversationId}/claim`);
  const ids: RestIds = {
    conversation,
    stopitnowConversation,
    clinic,
    renamedClinic,
    contact: await created(counsellor, '/api/contacts', {
      programme: 'stopitnow',
      channel: 'email',
      occurredAt: '2026-11-23T08:00:00Z',
      tags: {
        gender: 'unknown',
        contactType: 'general-information',
        concerns: ['unknown'],
        ageBand: 'unknown',
        foundVia: 'unknown',
        actions: ['unknown'],
      },
    }),
    referral: await created(counsellor, '/api/referrals', {
      conversationId: stopitnowConversation,
      clinic,
      appointmentAt: '2026-11-24T10:00:00Z',
    }),
    canned: await created(supervisor, '/api/canned-responses', canned),
    doomedCanned: await created(supervisor, '/api/canned-responses', { ...canned, title: 'Weg' }),
    victim: (await createStaff(t)).id,
    mailboxThread: mailbox.conversationId,
    mailboxCode: mailbox.code,
    doomedMailboxCode: doomedMailbox.code,
    login: { username: login.username, password: login.password },
  };
  const staff = [counsellor, supervisor, enroller];
  return {
    t,
    ids,
    cookies: {
      anonymous: undefined,
      counsellor: counsellor.cookie,
      enroller: enroller.cookie,
      supervisor: supervisor.cookie,
    },
    close: async () => {
      for (const m of staff) m.socket.close();
      await t.close();
    },
  };
};

/** A request as a hostile client sends it: any path, any body text, any content type. Answers status and text. */
export const send = async (
  world: RestWorld,
  route: Route,
  path: string,
  opts: { body?: string; headers?: Record<string, string> } = {},
) => {
  const cookie = world.cookies[route.as];
  const res = await fetch(`${world.t.url}${path}`, {
    method: route.method,
    headers: { ...(cookie ? { cookie } : {}), ...opts.headers },
    body: opts.body,
  });
  return { status: res.status, text: await res.text() };
};
