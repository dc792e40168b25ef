import type { LoginBody } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { type StaffRow, toPublic } from '../access/staff-views';
import type { AuditService } from '../audit/audit.service';
import type { SecretSealer } from '../crypto/secret-seal';
import type { LoginThrottle } from './login-throttle';
import { verifyAgainstNothing, verifyPassword } from './password';
import type { SessionService } from './session.service';
import type { ThrottleKeys } from './throttle-keys';
import { totpStep } from './totp';

/** The stored accounts a login reads (the staff repo): a member by username, and a TOTP step accepted once. */
type Accounts = {
  findByUsername: (username: string) => Promise<StaffRow | null>;
  acceptTotpStep: (id: string, step: number) => Promise<boolean>;
};

type Deps = {
  staff: Accounts;
  sessions: SessionService;
  audit: AuditService;
  throttle: LoginThrottle;
  keys: ThrottleKeys;
  secrets: SecretSealer;
  clock: Clock;
  requireTotp: boolean;
};

const WRONG = 'Username or password is wrong';
const WRONG_CODE = 'The code is wrong or already used';

export const createLoginService = ({ staff, sessions, audit, throttle, keys, secrets, clock, requireTotp }: Deps) => {
  /**
   * The password of an account (or of nobody, at the same cost), counted by the throttle (per account and client
   * `client`, a keyed hash of the address) before it is checked. Null when wrong, unknown or disabled; the failure is
   * audited, an unknown username only as a keyed hash (it may be a password typed into the wrong field).
   */
  const checkPassword = async (username: string, password: string, client: string): Promise<StaffRow | null> => {
    const attempt = await throttle.account(keys.account('password', username), client);
    const row = await staff.findByUsername(username);
    const passwordOk = row ? await verifyPassword(row.passwordHash, password) : await verifyAgainstNothing(password);
    if (!row) {
      await audit.recordFailedLogin(null, 'unknown-user', undefined, { usernameKey: keys.unknownUsername(username) });
      return null;
    }
    if (!passwordOk || row.disabledAt) {
      await audit.recordFailedLogin(username, row.disabledAt ? 'disabled' : 'password', row.id);
      return null;
    }
    await attempt.succeeded();
    return row;
  };

  /** A code of a sealed secret, throttled per account; good once (its time step must beat the last accepted one). */
  const checkCode = async (row: StaffRow, sealedSecret: string, code: string, client: string) => {
    const attempt = await throttle.account(keys.account('totp', row.id), client);
    const step = totpStep(secrets.open(sealedSecret), code, clock.now());
    if (step === null || !(await staff.acceptTotpStep(row.id, step))) {
      await audit.recordFailedLogin(row.username, 'totp', row.id);
      return false;
    }
    await attempt.succeeded();
    return true;
  };

  /** The password, then (if enrolled) the second factor: the account, or UNAUTHENTICATED. */
  const checkBoth = async (username: string, body: LoginBody, client: string) => {
    const row = await checkPassword(username, body.password, client);
    if (!row) throw new AppError('UNAUTHENTICATED', WRONG);
    if (row.totpSecret) {
      if (!body.totp)
        throw new AppError('UNAUTHENTICATED', 'Enter the 6-digit code of your authenticator app', { field: 'totp' });
      if (!(await checkCode(row, row.totpSecret, body.totp, client)))
        throw new AppError('UNAUTHENTICATED', WRONG_CODE, { field: 'totp' });
    }
    return row;
  };

  return {
    checkPassword,
    checkCode,
    /**
     * Password, then (if enrolled) the second factor. Always a new session (rotation); the one presented is ended.
     * A supervisor without a second factor while it is required gets a session that may only enrol. `clientKey` is the
     * in-memory key of the address (all accounts), `client` its keyed hash for the stored per-account counts.
     */
    login: async (
      body: LoginBody,
      from: { clientKey: string; client: string; presentedSessionId?: string | undefined },
    ) => {
      const username = body.username.trim().toLowerCase();
      const fromClient = await throttle.client(from.clientKey);
      const row = await checkBoth(username, body, from.client).catch(async (error: unknown) => {
        // Refused by an account's bound: nothing was evaluated, so it does not use up this client's allowance either.
        if (error instanceof AppError && error.code === 'RATE_LIMITED') await fromClient.succeeded();
        throw error;
      });
      await fromClient.succeeded();
      const totpEnrolmentRequired = !row.totpSecret && row.role === 'supervisor' && requireTotp;
      if (from.presentedSessionId) await sessions.revoke(from.presentedSessionId);
      const { token, sessionId } = await sessions.create(row.id, !totpEnrolmentRequired);
      await audit.record({ id: row.id, username }, 'login.success', { type: 'session', id: sessionId });
      return {
        token,
        staff: toPublic(row),
        ...(totpEnrolmentRequired ? { totpEnrolmentRequired: true } : {}),
        ...(row.passwordChangeRequired ? { passwordChangeRequired: true } : {}),
      };
    },
  };
};

export type LoginService = ReturnType<typeof createLoginService>;
