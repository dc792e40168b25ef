import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import { ABSOLUTE_TIMEOUT_MS } from '../modules/auth/session.service';

/** HttpOnly, SameSite=Strict, Path=/; over HTTPS also Secure with the __Host- prefix (no Domain, cannot be shadowed). */
export const createSessionCookie = ({ secure }: { secure: boolean }) => {
  const name = secure ? '__Host-helpline_session' : 'helpline_session';
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    name,
    read: (req: IncomingMessage): string | undefined => {
      for (const part of (req.headers.cookie ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) return decodeURIComponent(value.join('='));
      }
      return undefined;
    },
    set: (res: Response, token: string) => res.cookie(name, token, { ...options, maxAge: ABSOLUTE_TIMEOUT_MS }),
    clear: (res: Response) => res.clearCookie(name, options),
  };
};

export type SessionCookie = ReturnType<typeof createSessionCookie>;
