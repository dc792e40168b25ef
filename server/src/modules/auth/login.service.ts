import type { LoginBody, StaffPublic } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../http/app-error';
import type { AuditService } from '../audit/audit.service';
import { verifyAgainstNothing, verifyPassword } from '../staff/password';
import type { StaffRepo, StaffRow } from '../staff/staff.repo';
import type { createLoginThrottle } from './login-throttle';
import type { SessionService } from './session.service';
import { totpStep } from './totp';

type Deps = {
  staff: Pick<StaffRepo, 'findByUsername' | 'acceptTotpStep'>;
  sessions: SessionService;
  audit: AuditService;
  throttle: ReturnType<typeof createLoginThrottle>;
  clock: Clock;
  requireTotp: boolean;
};

export const toPublic = (row: StaffRow | StaffPublic): StaffPublic => ({
  id: row.id,
  username: row.username,
  alias: row.alias,
  role: row.role,
  programmes: row.programmes as StaffPublic['programmes'],
});

const WRONG = 'Username or password is wrong';

export const createLoginService = ({ staff, sessions, audit, throttle, clock, requireTotp }: Deps) => {
  /** A code is good once: its time step must be later than the last accepted one. */
  const checkTotp = async (row: StaffRow, secret: string, code: string) => {
    const step = totpStep(secret, code, clock.now());
    return step !== null && (await staff.acceptTotpStep(row.id, step));
  };

  return {
    checkTotp,
    /**
     * Password, then (if enrolled) the second factor. Always a new session (rotation); the one presented is ended.
     * A supervisor without a second factor while it is required gets a session that may only enrol.
     */
    login: async (body: LoginBody, presentedSessionId?: string) => {
      const username = body.username.trim().toLowerCase();
      await throttle.check(username);
      const row = await staff.findByUsername(username);
      const passwordOk = row
        ? await verifyPassword(row.passwordHash, body.password)
        : await verifyAgainstNothing(body.password);
      if (!row || !passwordOk || row.disabledAt) {
        await audit.recordFailedLogin(
          username,
          !row ? 'unknown-user' : row.disabledAt ? 'disabled' : 'password',
          row?.id,
        );
        throw new AppError('UNAUTHENTICATED', WRONG);
      }
      if (row.totpSecret) {
        if (!body.totp)
          throw new AppError('UNAUTHENTICATED', 'Enter the 6-digit code of your authenticator app', { field: 'totp' });
        if (!(await checkTotp(row, row.totpSecret, body.totp))) {
          await audit.recordFailedLogin(username, 'totp', row.id);
          throw new AppError('UNAUTHENTICATED', 'The code is wrong or already used', { field: 'totp' });
        }
      }
      const totpEnrolmentRequired = !row.totpSecret && row.role === 'supervisor' && requireTotp;
      if (presentedSessionId) await sessions.revoke(presentedSessionId);
      const { token, sessionId } = await sessions.create(row.id, !totpEnrolmentRequired);
      await audit.record({ id: row.id, username }, 'login.success', { type: 'session', id: sessionId });
      return { token, staff: toPublic(row), ...(totpEnrolmentRequired ? { totpEnrolmentRequired: true } : {}) };
    },
  };
};

export type LoginService = ReturnType<typeof createLoginService>;
