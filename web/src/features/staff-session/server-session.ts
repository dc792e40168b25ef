import { MeAnswer } from '@helpline/shared/http';
import { headers } from 'next/headers';
import { apiOrigin } from '~/lib/server-env';

/** The staff session behind this request, checked by the API on the server; null without a valid one. */
export const serverSession = async (): Promise<MeAnswer | null> => {
  const cookie = (await headers()).get('cookie');
  if (!cookie) return null;
  const res = await fetch(`${apiOrigin()}/api/auth/me`, { headers: { cookie }, cache: 'no-store' }).catch(() => null);
  if (!res?.ok) return null;
  const parsed = MeAnswer.safeParse(await res.json());
  return parsed.success ? parsed.data : null;
};
