import { LoginBody, TotpEnrolConfirm, TotpEnrolProof } from '@helpline/shared';
import { Router } from 'express';
import { parseInput } from '../errors';
import { toPublic } from '../modules/staff/staff-views';
import type { HttpContext } from './context';
import { sessionIdOf, staffOf } from './require-staff';

export const authRoutes = ({ login, sessions, totpEnrolment, audit, cookie, clientKeys, requireStaff }: HttpContext) =>
  Router()
    .post('/api/auth/login', async (req, res) => {
      const body = parseInput(LoginBody, req.body);
      const presented = await sessions.validate(cookie.read(req), { touch: false });
      const result = await login.login(body, { clientKey: clientKeys(req), presentedSessionId: presented?.sessionId });
      cookie.set(res, result.token);
      const { token: _token, ...answer } = result;
      res.json(answer);
    })
    .post('/api/auth/logout', requireStaff({ allowIncomplete: true }), async (_req, res) => {
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
      res.json({ staff: toPublic(live.staff), ...(live.isComplete ? {} : { totpEnrolmentRequired: true }) });
    })
    .post('/api/auth/totp/enrol', requireStaff({ allowIncomplete: true }), async (req, res) => {
      res.json(await totpEnrolment.start(staffOf(res).id, parseInput(TotpEnrolProof, req.body ?? {})));
    })
    .post('/api/auth/totp/confirm', requireStaff({ allowIncomplete: true }), async (req, res) => {
      const { code } = parseInput(TotpEnrolConfirm, req.body);
      const sessionId = sessionIdOf(res);
      const row = await totpEnrolment.confirm(staffOf(res).id, sessionId, code);
      if (sessionId) await sessions.complete(sessionId);
      res.json({ staff: toPublic(row) });
    });
