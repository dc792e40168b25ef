import type { RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import { authorize, type Need, type StaffPrincipal } from '../modules/access/authorize';
import type { SessionService } from '../modules/auth/session.service';
import { isOriginAllowed } from './origin-check';
import type { SessionCookie } from './session-cookie';

type Locals = { staff?: StaffPrincipal; sessionId?: string; isConfirmed?: boolean };

/** The logged-in staff member of a request that went through requireStaff. */
export const staffOf = (res: Response): StaffPrincipal => {
  const { staff } = res.locals as Locals;
  authorize(staff);
  return staff;
};
export const sessionIdOf = (res: Response) => (res.locals as Locals).sessionId;

/**
 * Sensitive administration (roles, programmes, disabling, resets, retention) needs the password or a code entered in
 * this session within the last 5 minutes (a login counts): a session left open is not enough.
 */
export const requireConfirmation = (res: Response) => {
  if (!(res.locals as Locals).isConfirmed)
    throw new AppError('CONFIRMATION_REQUIRED', 'Enter your password or a code of your authenticator app first');
};

/**
 * Every staff route goes through this: only from the server's own origin (HELPLINE_ALLOWED_ORIGINS may frame the
 * embed and open visitor sockets, never send staff requests), a valid session (401), a password of one's own (403
 * PASSWORD_CHANGE_REQUIRED), the right role (403). A session still waiting for its second factor may only reach the
 * routes that finish it (`allowIncomplete`); one whose password someone else set only the password change
 * (`allowPasswordChange`).
 */
export const createRequireStaff =
  ({ sessions, cookie }: { sessions: SessionService; cookie: SessionCookie }) =>
  (need: Need & { allowIncomplete?: boolean; allowPasswordChange?: boolean } = {}): RequestHandler =>
  async (req, res, next) => {
    if (!isOriginAllowed(req, [])) throw new AppError('FORBIDDEN', 'Staff requests only come from this site');
    const live = await sessions.validate(cookie.read(req));
    if (live?.passwordChangeRequired && !need.allowPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose your own password first');
    }
    if (live && !live.isComplete && !need.allowIncomplete) {
      throw new AppError('UNAUTHENTICATED', 'Set up your second factor first', { field: 'totp' });
    }
    authorize(live?.staff, need);
    Object.assign(res.locals, {
      staff: live?.staff,
      sessionId: live?.sessionId,
      isConfirmed: live?.isConfirmed,
    } satisfies Locals);
    next();
  };

export type RequireStaff = ReturnType<typeof createRequireStaff>;
