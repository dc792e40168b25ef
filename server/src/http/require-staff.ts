import type { RequestHandler, Response } from 'express';
import { AppError } from '../errors';
import { authorize, type Need, type StaffPrincipal } from '../modules/auth/authorize';
import type { SessionService } from '../modules/auth/session.service';
import type { SessionCookie } from './session-cookie';

type Locals = { staff?: StaffPrincipal; sessionId?: string };

/** The logged-in staff member of a request that went through requireStaff. */
export const staffOf = (res: Response): StaffPrincipal => {
  const { staff } = res.locals as Locals;
  authorize(staff);
  return staff;
};
export const sessionIdOf = (res: Response) => (res.locals as Locals).sessionId;

/**
 * Every staff route goes through this: a valid session (401), the right role (403). A session still waiting for
 * its second factor may only reach the routes that finish it (`allowIncomplete`).
 */
export const createRequireStaff =
  ({ sessions, cookie }: { sessions: SessionService; cookie: SessionCookie }) =>
  (need: Need & { allowIncomplete?: boolean } = {}): RequestHandler =>
  async (req, res, next) => {
    const live = await sessions.validate(cookie.read(req));
    if (live && !live.isComplete && !need.allowIncomplete) {
      throw new AppError('UNAUTHENTICATED', 'Set up your second factor first', { field: 'totp' });
    }
    authorize(live?.staff, need);
    Object.assign(res.locals, { staff: live?.staff, sessionId: live?.sessionId } satisfies Locals);
    next();
  };

export type RequireStaff = ReturnType<typeof createRequireStaff>;
