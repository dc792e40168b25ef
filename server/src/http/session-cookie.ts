import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';

/**
 * HttpOnly, SameSite=Strict, Path=/; over HTTPS also Secure with the __Host- prefix (no Domain, cannot be shadowed).
 * A browser-session cookie (no Max-Age or Expires): closing the browser forgets it; the server's idle and absolute
 * limits end the session itself.
 */
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
    set: (res: Response, token: string) => res.cookie(name, token, options),
    clear: (res: Response) => res.clearCookie(name, options),
  };
};

export type SessionCookie = ReturnType<typeof createSessionCookie>;
