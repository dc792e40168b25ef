import type { IncomingMessage } from 'node:http';
import { restRoutes } from '@helpline/shared';
import { AppError } from '../errors';
import type { ClientKeys } from '../limits/client-key';
import { toPublic } from '../modules/access/staff-views';
import type { AuditService } from '../modules/audit/audit.service';
import type { LoginService } from '../modules/auth/login.service';
import type { SessionService } from '../modules/auth/session.service';
import type { OwnAccountService } from '../modules/staff/own-account.service';
import type { TotpEnrolmentService } from '../modules/staff/totp-enrolment.service';
import type { RequireStaff } from './require-staff';
import { sessionIdOf, staffOf } from './require-staff';
import type { SessionCookie } from './session-cookie';
import { typedRouter } from './typed-router';

type Deps = {
  login: LoginService;
  sessions: SessionService;
  totpEnrolment: TotpEnrolmentService;
  ownAccount: OwnAccountService;
  audit: AuditService;
  cookie: SessionCookie;
  clientKeys: ClientKeys;
  /** The keyed hash of a request's address that stored login counts use (never the address). */
  loginClientOf: (req: IncomingMessage) => string;
  requireStaff: RequireStaff;
};

export const authRoutes = ({
  login,
  sessions,
  totpEnrolment,
  ownAccount,
  audit,
  cookie,
  clientKeys,
  loginClientOf,
  requireStaff,
}: Deps) => {
  const { router, route } = typedRouter(requireStaff);
  route(restRoutes.login, async ({ body }, req, res) => {
    const presented = await sessions.validate(cookie.read(req), { touch: false });
    const result = await login.login(body, {
      clientKey: clientKeys(req),
      client: loginClientOf(req),
      presentedSessionId: presented?.sessionId,
    });
    cookie.set(res, result.token);
    const { token: _token, ...answer } = result;
    res.json(answer);
  });
  route(restRoutes.logout, async (_input, _req, res) => {
    const me = staffOf(res);
    const sessionId = sessionIdOf(res);
    if (sessionId) await sessions.revoke(sessionId);
    await audit.record(
      { id: me.id, username: me.username },
      'logout',
      sessionId ? { type: 'session', id: sessionId } : undefined,
    );
    cookie.clear(res);
    res.status(204).end();
  });
  route(restRoutes.me, async (_input, req, res) => {
    const live = await sessions.validate(cookie.read(req));
    if (!live) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Log in first' } });
      return;
    }
    res.json({
      staff: toPublic(live.staff),
      ...(live.isComplete ? {} : { totpEnrolmentRequired: true }),
      ...(live.passwordChangeRequired ? { passwordChangeRequired: true } : {}),
    });
  });
  route(restRoutes.passwordChange, async ({ body: change }, req, res) => {
    const from = { staffId: staffOf(res).id, sessionId: sessionIdOf(res), client: loginClientOf(req) };
    res.json({ staff: toPublic(await ownAccount.changePassword(from, change)) });
  });
  route(restRoutes.confirm, async ({ body: proof }, req, res) => {
    const sessionId = sessionIdOf(res);
    if (!sessionId) throw new AppError('UNAUTHENTICATED', 'Log in first');
    res.json(await ownAccount.confirm({ staffId: staffOf(res).id, sessionId, client: loginClientOf(req) }, proof));
  });
  route(restRoutes.totpEnrol, async ({ body: proof }, req, res) => {
    res.json(await totpEnrolment.start(staffOf(res).id, proof ?? {}, loginClientOf(req)));
  });
  route(restRoutes.totpConfirm, async ({ body: { code } }, _req, res) => {
    const sessionId = sessionIdOf(res);
    const row = await totpEnrolment.confirm(staffOf(res).id, sessionId, code);
    if (sessionId) await sessions.complete(sessionId);
    res.json({ staff: toPublic(row) });
  });
  return router;
};
