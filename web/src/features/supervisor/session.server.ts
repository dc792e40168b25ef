import { MeAnswer, type StaffPublic } from '@helpline/shared/http';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { type Lang, localPath } from '../../i18n';
import { staffHome } from '../../lib/staff-home';

/**
 * The pages run in the API's own process: ask it on the loopback interface (never on the Host header a client chose).
 * PORT and HOST are the server's own settings, read here because Next.js renders inside that process.
 */
const apiOrigin = () => {
  const host = process.env.HOST ?? '127.0.0.1';
  const loopback = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${process.env.PORT ?? '3000'}`;
};

/** Checked on the server before anything renders: no session goes to login, a counsellor to their workspace. */
export const requireSupervisor = async (lang: Lang): Promise<StaffPublic> => {
  const cookie = (await headers()).get('cookie') ?? '';
  const answer = await fetch(`${apiOrigin()}/api/auth/me`, { headers: { cookie }, cache: 'no-store' })
    .then(async (res) => (res.ok ? MeAnswer.safeParse(await res.json()) : null))
    .catch(() => null);
  if (!answer?.success) redirect(localPath(lang, '/login'));
  if (answer.data.totpEnrolmentRequired) redirect(localPath(lang, '/login/totp'));
  if (answer.data.staff.role !== 'supervisor') redirect(staffHome(lang, answer.data.staff));
  return answer.data.staff;
};
