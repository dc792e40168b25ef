import type { TotpEnrolProof } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { LoginService } from '../auth/login.service';
import type { SessionService } from '../auth/session.service';
import { newTotpSecret, otpauthUrl, qrSvg, totpStep } from '../auth/totp';
import type { SecretSealer } from '../crypto/secret-seal';
import type { StaffRepo } from './staff.repo';

type Deps = {
  repo: Pick<StaffRepo, 'findById' | 'update'>;
  login: Pick<LoginService, 'checkPassword' | 'checkCode'>;
  sessions: Pick<SessionService, 'revokeOthersOf'>;
  secrets: SecretSealer;
  audit: AuditService;
  clock: Clock;
};

/** Setting up the second factor; secrets are stored sealed with the server's key, never in plain text. */
export const createTotpEnrolmentService = ({ repo, login, sessions, secrets, audit, clock }: Deps) => {
  const mustFind = async (id: string) => {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
    return row;
  };

  return {
    /**
     * Starts enrolment: a pending secret, shown as text and as a QR code made on this server. Replacing a second
     * factor already set up needs proof that a session alone does not give: the password and a current code (counted
     * by the login throttle for `client`, the keyed hash of the address).
     */
    start: async (staffId: string, proof: TotpEnrolProof, client: string) => {
      const row = await mustFind(staffId);
      if (row.totpSecret) {
        if (!proof.password || !proof.code)
          throw new AppError('INVALID_INPUT', 'To replace your second factor, enter your password and a current code', {
            field: proof.password ? 'code' : 'password',
          });
        if (!(await login.checkPassword(row.username, proof.password, client)))
          throw new AppError('UNAUTHENTICATED', 'The password is wrong', { field: 'password' });
        if (!(await login.checkCode(row, row.totpSecret, proof.code, client)))
          throw new AppError('UNAUTHENTICATED', 'The code is wrong or already used', { field: 'code' });
      }
      const secret = newTotpSecret();
      await repo.update(staffId, { totpPendingSecret: secrets.seal(secret) });
      const url = otpauthUrl(secret, row.username);
      return { secret, otpauthUrl: url, qrSvg: await qrSvg(url) };
    },

    /** The first good code activates the pending secret (that code is then used up); other sessions end. */
    confirm: async (staffId: string, sessionId: string | undefined, code: string) => {
      const row = await mustFind(staffId);
      const secret = row.totpPendingSecret;
      const step = secret ? totpStep(secrets.open(secret), code, clock.now()) : null;
      if (!secret || step === null)
        throw new AppError('INVALID_INPUT', 'The code is wrong: try the next one', { field: 'code' });
      await repo.update(staffId, {
        totpSecret: secret,
        totpPendingSecret: null,
        totpLastStep: step,
        updatedAt: clock.now(),
      });
      await sessions.revokeOthersOf(staffId, sessionId);
      await audit.record({ id: row.id, username: row.username }, 'totp.enrolled', { type: 'staff', id: row.id });
      return row;
    },
  };
};

export type TotpEnrolmentService = ReturnType<typeof createTotpEnrolmentService>;
