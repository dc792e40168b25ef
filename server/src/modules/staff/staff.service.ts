import type { StaffCreate, StaffMember, StaffPatch } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../http/app-error';
import type { Actor, AuditService } from '../audit/audit.service';
import type { SessionService } from '../auth/session.service';
import { newTotpSecret, otpauthUrl, qrSvg, totpStep } from '../auth/totp';
import { hashPassword, passwordProblem } from './password';
import type { StaffRepo, StaffRow } from './staff.repo';

type Deps = { repo: StaffRepo; sessions: SessionService; audit: AuditService; clock: Clock };

export const toMember = (row: StaffRow): StaffMember => ({
  id: row.id,
  username: row.username,
  alias: row.alias,
  role: row.role,
  programmes: row.programmes as StaffMember['programmes'],
  capacity: row.capacity,
  disabled: row.disabledAt !== null,
});

const checkPassword = (password: string, username: string) => {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('INVALID_INPUT', `password ${problem}`, { field: 'password' });
};

/** Staff administration: the REST API for supervisors and the CLI both go through here, and both are audited. */
export const createStaffService = ({ repo, sessions, audit, clock }: Deps) => {
  const mustFind = async (id: string) => {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
    return row;
  };
  const mustFindByUsername = async (username: string) => {
    const row = await repo.findByUsername(username);
    if (!row) throw new AppError('NOT_FOUND', `No staff member ${username}`);
    return row;
  };

  return {
    list: async () => (await repo.list()).map(toMember),
    findByUsername: mustFindByUsername,

    create: async (actor: Actor, input: StaffCreate & { withTotp?: boolean }) => {
      checkPassword(input.password, input.username);
      if (await repo.findByUsername(input.username))
        throw new AppError('CONFLICT', 'That username is taken', { field: 'username' });
      const totpSecret = input.withTotp ? newTotpSecret() : null;
      const row = await repo.insert({
        username: input.username.toLowerCase(),
        alias: input.alias,
        role: input.role,
        programmes: input.programmes,
        capacity: input.capacity ?? 2,
        passwordHash: await hashPassword(input.password),
        totpSecret,
      });
      await audit.record(
        actor,
        'staff.created',
        { type: 'staff', id: row.id },
        { role: row.role, programmes: row.programmes },
      );
      return {
        member: toMember(row),
        totp: totpSecret ? { secret: totpSecret, otpauthUrl: otpauthUrl(totpSecret, row.username) } : null,
      };
    },

    /** Disabling ends every session of that person and so disconnects their sockets. */
    update: async (actor: Actor, id: string, patch: StaffPatch) => {
      const before = await mustFind(id);
      const { disabled, ...fields } = patch;
      const disabledAt = disabled === undefined ? undefined : disabled ? (before.disabledAt ?? clock.now()) : null;
      const row = await repo.update(id, {
        ...fields,
        ...(disabledAt !== undefined ? { disabledAt } : {}),
        updatedAt: clock.now(),
      });
      if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
      if (Object.keys(fields).length > 0)
        await audit.record(actor, 'staff.updated', { type: 'staff', id }, { fields: Object.keys(fields) });
      if (disabled === true && !before.disabledAt) {
        await sessions.revokeAllOf(id);
        await audit.record(actor, 'staff.disabled', { type: 'staff', id });
      }
      if (disabled === false && before.disabledAt) await audit.record(actor, 'staff.enabled', { type: 'staff', id });
      return toMember(row);
    },

    revokeSessions: async (actor: Actor, id: string) => {
      await mustFind(id);
      const count = await sessions.revokeAllOf(id);
      await audit.record(actor, 'session.revoked', { type: 'staff', id }, { count });
      return count;
    },

    resetPassword: async (actor: Actor, username: string, password: string) => {
      const row = await mustFindByUsername(username);
      checkPassword(password, row.username);
      await repo.update(row.id, { passwordHash: await hashPassword(password), updatedAt: clock.now() });
      await sessions.revokeAllOf(row.id);
      await audit.record(actor, 'staff.password-reset', { type: 'staff', id: row.id });
    },

    /** Removes the second factor: the person enrols again at their next login. */
    resetTotp: async (actor: Actor, username: string) => {
      const row = await mustFindByUsername(username);
      await repo.update(row.id, { totpSecret: null, totpPendingSecret: null, totpLastStep: 0, updatedAt: clock.now() });
      await sessions.revokeAllOf(row.id);
      await audit.record(actor, 'staff.totp-reset', { type: 'staff', id: row.id });
    },

    /** Starts enrolment: a pending secret, shown as text and as a QR code made on this server. */
    startTotpEnrolment: async (staffId: string) => {
      const row = await mustFind(staffId);
      const secret = newTotpSecret();
      await repo.update(staffId, { totpPendingSecret: secret });
      const url = otpauthUrl(secret, row.username);
      return { secret, otpauthUrl: url, qrSvg: await qrSvg(url) };
    },

    /** The first good code activates the pending secret; that code is then used up. */
    confirmTotpEnrolment: async (staffId: string, code: string) => {
      const row = await mustFind(staffId);
      const secret = row.totpPendingSecret;
      const step = secret ? totpStep(secret, code, clock.now()) : null;
      if (!secret || step === null)
        throw new AppError('INVALID_INPUT', 'The code is wrong: try the next one', { field: 'code' });
      await repo.update(staffId, {
        totpSecret: secret,
        totpPendingSecret: null,
        totpLastStep: step,
        updatedAt: clock.now(),
      });
      await audit.record({ id: row.id, username: row.username }, 'totp.enrolled', { type: 'staff', id: row.id });
      return row;
    },
  };
};

export type StaffService = ReturnType<typeof createStaffService>;
