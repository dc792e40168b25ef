import type { Confirmation, PasswordChange } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { LoginService } from '../auth/login.service';
import { hashPassword, passwordProblem } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import type { StaffRepo } from './staff.repo';

type Deps = {
  repo: Pick<StaffRepo, 'findById' | 'update'>;
  login: Pick<LoginService, 'checkPassword' | 'checkCode'>;
  sessions: Pick<SessionService, 'revokeOthersOf' | 'confirm'>;
  audit: AuditService;
  clock: Clock;
};

/** `session` is the one in use; `client` the keyed hash of the address, for the login throttle. */
type From = { staffId: string; sessionId: string | undefined; client: string };

/**
 * What every staff member does for their own account: choose their own password (required after someone else set
 * it), and confirm a session for sensitive administration with the password or a current code. Both are counted by
 * the login throttle, so neither can be used to guess.
 */
export const createOwnAccountService = ({ repo, login, sessions, audit, clock }: Deps) => {
  const mustFind = async (id: string) => {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
    return row;
  };

  return {
    /** The current password, then a new one (different, not common): other sessions end, this one is confirmed. */
    changePassword: async (from: From, change: PasswordChange) => {
      const row = await mustFind(from.staffId);
      if (!(await login.checkPassword(row.username, change.current, from.client)))
        throw new AppError('UNAUTHENTICATED', 'The current password is wrong', { field: 'current' });
      const problem =
        change.next === change.current
          ? 'must differ from the current one'
          : passwordProblem(change.next, row.username);
      if (problem) throw new AppError('INVALID_INPUT', `next: password ${problem}`, { field: 'next' });
      const changed = await repo.update(row.id, {
        passwordHash: await hashPassword(change.next),
        passwordChangeRequired: false,
        updatedAt: clock.now(),
      });
      await sessions.revokeOthersOf(row.id, from.sessionId);
      if (from.sessionId) await sessions.confirm(from.sessionId);
      await audit.record({ id: row.id, username: row.username }, 'staff.password-changed', {
        type: 'staff',
        id: row.id,
      });
      return changed ?? row;
    },

    /** The password or a current code (once: a used code is refused) confirms this session for 5 minutes. */
    confirm: async (from: From & { sessionId: string }, proof: Confirmation) => {
      const row = await mustFind(from.staffId);
      if (proof.password !== undefined) {
        if (!(await login.checkPassword(row.username, proof.password, from.client)))
          throw new AppError('UNAUTHENTICATED', 'The password is wrong', { field: 'password' });
      } else {
        if (!row.totpSecret || proof.code === undefined)
          throw new AppError('INVALID_INPUT', 'You have no second factor: enter your password', { field: 'code' });
        if (!(await login.checkCode(row, row.totpSecret, proof.code, from.client)))
          throw new AppError('UNAUTHENTICATED', 'The code is wrong or already used', { field: 'code' });
      }
      const confirmedUntil = await sessions.confirm(from.sessionId);
      await audit.record({ id: row.id, username: row.username }, 'session.confirmed', {
        type: 'session',
        id: from.sessionId,
      });
      return { confirmedUntil: confirmedUntil.toISOString() };
    },
  };
};

export type OwnAccountService = ReturnType<typeof createOwnAccountService>;
