import type { ProgrammeId } from '@helpline/shared';
import type { StaffSocket } from '@helpline/shared/client';
import type { ManualClock } from '../../src/clock';
import { startTestApp, type TestApp } from '../harness';
import { ask, visitorSocket } from './sockets';
import { call, createStaff, loginAs, staffSocket } from './staff';

export type Member = Awaited<ReturnType<typeof createStaff>> & { cookie: string; socket: StaffSocket };

/** A logged-in staff member with an open /staff socket (presence stays offline: chats come by accepting). */
export const member = async (t: TestApp, opts: Parameters<typeof createStaff>[1]): Promise<Member> => {
  const created = await createStaff(t, opts);
  const cookie = await loginAs(t, created);
  return { ...created, cookie, socket: await staffSocket(t, cookie) };
};

const ROLES = {
  helpwanted: { programmes: ['helpwanted'] },
  stopitnow: { programmes: ['stopitnow'] },
  supervisor: { role: 'supervisor', programmes: ['helpwanted', 'stopitnow'], totp: true },
} as const satisfies Record<string, Parameters<typeof createStaff>[1]>;

export type Role = keyof typeof ROLES;

/** One app and the named staff of a case-file test, each logged in with a socket; `stop` closes them and the app. */
export const startTeam = async <Name extends string>(clock: ManualClock | undefined, roles: Record<Name, Role>) => {
  const t = await startTestApp(clock ? { clock } : {});
  const team = {} as Record<Name, Member>;
  for (const [name, role] of Object.entries(roles) as [Name, Role][]) {
    team[name] = await member(t, { ...ROLES[role], programmes: [...ROLES[role].programmes] });
  }
  const stop = async () => {
    for (const m of Object.values<Member>(team)) m.socket.close();
    await t.close();
  };
  return { t, team, stop };
};

/**
 * A visitor joins the queue (with a return code when given), `by` accepts, and the chat ends unless `keepOpen`.
 * Returns the conversation id and the visitor's socket (closed when the chat ended).
 */
export const chat = async (
  t: TestApp,
  by: Member,
  programme: ProgrammeId,
  opts: { returnCode?: string; keepOpen?: boolean; token?: string } = {},
) => {
  const visitor = await visitorSocket(t, opts.token);
  const joined = await ask(visitor.socket, 'queue:join', {
    programme,
    intake: opts.returnCode ? { returnCode: opts.returnCode } : {},
  });
  if (!joined.ok) throw new Error(`join failed: ${JSON.stringify(joined)}`);
  const conversationId = String(joined.conversationId);
  const accepted = await ask(by.socket, 'conversation:accept', { conversationId });
  if (!accepted.ok) throw new Error(`accept failed: ${JSON.stringify(accepted)}`);
  if (!opts.keepOpen) {
    await ask(by.socket, 'conversation:end', { conversationId });
    visitor.socket.close();
  }
  return { conversationId, visitor };
};

/** A JSON call as `who`, answering status and parsed body. */
export const api = async (
  t: TestApp,
  who: { cookie?: string } | null,
  method: string,
  path: string,
  body?: unknown,
) => {
  const res = await call(t, method, path, { ...(who?.cookie ? { cookie: who.cookie } : {}), body });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: test answers are asserted field by field
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
};
