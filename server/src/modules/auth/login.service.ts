import type { LoginBody } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { SecretSealer } from '../crypto/secret-seal';
import { verifyAgainstNothing, verifyPassword } from '../staff/password';
import type { StaffRepo, StaffRow } from '../staff/staff.repo';
import { toPublic } from '../staff/staff-views';
import type { LoginThrottle } from './login-throttle';
import type { SessionService } from './session.service';
import { totpStep } from './totp';

type Deps = {
  staff: Pick<StaffRepo, 'findByUsername' | 'acceptTotpStep'>;
  sessions: SessionService;
  audit: AuditService;
  throttle: LoginThrottle;
  secrets: SecretSealer;
  clock: Clock;
  requireTotp: boolean;
};

const WRONG = 'Username or password is wrong';
const WRONG_CODE = 'The code is wrong or already used';

export const createLoginService = ({ staff, sessions, audit, throttle, secrets, clock, requireTotp }: Deps) => {
  /**
   * The password of an account (or of nobody, at the same cost), counted by the per-account throttle before it is
   * checked. Null when wrong, unknown or disabled; the failure is audited.
   */
  const checkPassword = async (username: string, password: string): Promise<StaffRow | null> => {
    const attempt = await throttle.account(`password:${username}`);
    const row = await staff.findByUsername(username);
    const passwordOk = row ? await verifyPassword(row.passwordHash, password) : await verifyAgainstNothing(password);
    if (!row || !passwordOk || row.disabledAt) {
      await audit.recordFailedLogin(
        username,
        !row ? 'unknown-user' : row.disabledAt ? 'disabled' : 'password',
        row?.id,
      );
      return null;
    }
    await attempt.succeeded();
    return row;
  };

  /** A code of a sealed secret, throttled per account; good once (its time step must beat the last accepted one). */
  const checkCode = async (row: StaffRow, sealedSecret: string, code: string) => {
    const attempt = await throttle.account(`totp:${row.id}`);
    const step = totpStep(secrets.open(sealedSecret), code, clock.now());
    if (step === null || !(await staff.acceptTotpStep(row.id, step))) {
      await audit.recordFailedLogin(row.username, 'totp', row.id);
      return false;
    }
    await attempt.succeeded();
    return true;
  };

  return {
    checkPassword,
    checkCode,
    /**
     * Password, then (if enrolled) the second factor. Always a new session (rotation); the one presented is ended.
     * A supervisor without a second factor while it is required gets a session that may only enrol.
     */
    login: async (body: LoginBody, from: { clientKey: string; presentedSessionId?: string | undefined }) => {
      const username = body.username.trim().toLowerCase();
      const fromClient = await throttle.client(from.clientKey);
      const row = await checkPassword(username, body.password);
      if (!row) throw new AppError('UNAUTHENTICATED', WRONG);
      if (row.totpSecret) {
        if (!body.totp)
          throw new AppError('UNAUTHENTICATED', 'Enter the 6-digit code of your authenticator app', { field: 'totp' });
        if (!(await checkCode(row, row.totpSecret, body.totp)))
          throw new AppError('UNAUTHENTICATED', WRONG_CODE, { field: 'totp' });
      }
      await fromClient.succeeded();
      const totpEnrolmentRequired = !row.totpSecret && row.role === 'supervisor' && requireTotp;
      if (from.presentedSessionId) await sessions.revoke(from.presentedSessionId);
      const { token, sessionId } = await sessions.create(row.id, !totpEnrolmentRequired);
      await audit.record({ id: row.id, username }, 'login.success', { type: 'session', id: sessionId });
      return { token, staff: toPublic(row), ...(totpEnrolmentRequired ? { totpEnrolmentRequired: true } : {}) };
    },
  };
};

export type LoginService = ReturnType<typeof createLoginService>;
