import type { IncomingMessage } from 'node:http';
import { Confirmation, LoginBody, PasswordChange, TotpEnrolConfirm, TotpEnrolProof } from '@helpline/shared';
import { Router } from 'express';
import { AppError, parseInput } from '../errors';
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
}: Deps) =>
  Router()
    .post('/api/auth/login', async (req, res) => {
      const body = parseInput(LoginBody, req.body);
      const presented = await sessions.validate(cookie.read(req), { touch: false });
      const result = await login.login(body, {
        clientKey: clientKeys(req),
        client: loginClientOf(req),
        presentedSessionId: presented?.sessionId,
      });
      cookie.set(res, result.token);
      const { token: _token, ...answer } = result;
      res.json(answer);
    })
    .post('/api/auth/logout', requireStaff({ allowIncomplete: true, allowPasswordChange: true }), async (_req, res) => {
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
    })
    .get('/api/auth/me', async (req, res) => {
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
    })
    .post(
      '/api/auth/password',
      requireStaff({ allowIncomplete: true, allowPasswordChange: true }),
      async (req, res) => {
        const change = parseInput(PasswordChange, req.body);
        const from = { staffId: staffOf(res).id, sessionId: sessionIdOf(res), client: loginClientOf(req) };
        res.json({ staff: toPublic(await ownAccount.changePassword(from, change)) });
      },
    )
    .post('/api/auth/confirm', requireStaff(), async (req, res) => {
      const proof = parseInput(Confirmation, req.body);
      const sessionId = sessionIdOf(res);
      if (!sessionId) throw new AppError('UNAUTHENTICATED', 'Log in first');
      res.json(await ownAccount.confirm({ staffId: staffOf(res).id, sessionId, client: loginClientOf(req) }, proof));
    })
    .post('/api/auth/totp/enrol', requireStaff({ allowIncomplete: true }), async (req, res) => {
      const proof = parseInput(TotpEnrolProof, req.body ?? {});
      res.json(await totpEnrolment.start(staffOf(res).id, proof, loginClientOf(req)));
    })
    .post('/api/auth/totp/confirm', requireStaff({ allowIncomplete: true }), async (req, res) => {
      const { code } = parseInput(TotpEnrolConfirm, req.body);
      const sessionId = sessionIdOf(res);
      const row = await totpEnrolment.confirm(staffOf(res).id, sessionId, code);
      if (sessionId) await sessions.complete(sessionId);
      res.json({ staff: toPublic(row) });
    });
