import type { StaffCreate, StaffPatch } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { toMember } from '../access/staff-views';
import type { Actor, AuditService } from '../audit/audit.service';
import { hashPassword, passwordProblem } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import { newTotpSecret, otpauthUrl } from '../auth/totp';
import type { RequeueService } from '../conversations/requeue.service';
import type { SecretSealer } from '../crypto/secret-seal';
import type { StaffRepo } from './staff.repo';

type Deps = {
  repo: StaffRepo;
  sessions: SessionService;
  audit: AuditService;
  secrets: SecretSealer;
  clock: Clock;
  requeue: Pick<RequeueService, 'withoutRightsOf'>;
};
/** The CLI names a member by username, the API by id. */
export type StaffTarget = { id: string } | { username: string };

const checkPassword = (password: string, username: string) => {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('INVALID_INPUT', `password ${problem}`, { field: 'password' });
};

/** Staff administration: the REST API for supervisors and the CLI both go through here, and both are audited. */
export const createStaffService = ({ repo, sessions, audit, secrets, clock, requeue }: Deps) => {
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
  const mustFindTarget = (target: StaffTarget) =>
    'id' in target ? mustFind(target.id) : mustFindByUsername(target.username);

  return {
    list: async () => (await repo.list()).map(toMember),
    findByUsername: mustFindByUsername,

    /** `temporary`: someone else chose the password (a supervisor, the CLI with --temporary): it must be changed. */
    create: async (actor: Actor, input: StaffCreate & { withTotp?: boolean; temporary?: boolean }) => {
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
        passwordChangeRequired: input.temporary ?? false,
        totpSecret: totpSecret && secrets.seal(totpSecret),
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

    /**
     * Disabling, and any change of role or programmes, ends every session of that person and so disconnects their
     * sockets on every process: a promoted member logs in again (with a second factor), a demoted one keeps nothing,
     * not even a chat: their active chats in programmes they lost go back to the queue, first in line.
     * One enabled supervisor always remains (CONFLICT).
     */
    update: async (actor: Actor, id: string, patch: StaffPatch) => {
      const before = await mustFind(id);
      const { disabled, ...fields } = patch;
      const disabledAt = disabled === undefined ? undefined : disabled ? (before.disabledAt ?? clock.now()) : null;
      const changes = { ...fields, ...(disabledAt !== undefined ? { disabledAt } : {}), updatedAt: clock.now() };
      const mayRemoveASupervisor = (fields.role !== undefined && fields.role !== 'supervisor') || disabled === true;
      const row = mayRemoveASupervisor
        ? await repo.updateKeepingASupervisor(id, changes)
        : await repo.update(id, changes);
      if (!row) throw new AppError('NOT_FOUND', 'No such staff member');
      if (Object.keys(fields).length > 0)
        await audit.record(actor, 'staff.updated', { type: 'staff', id }, { fields: Object.keys(fields) });
      const authorityChanged =
        (fields.role !== undefined && fields.role !== before.role) ||
        (fields.programmes !== undefined &&
          [...fields.programmes].sort().join() !== [...before.programmes].sort().join());
      if (authorityChanged || (disabled === true && !before.disabledAt)) {
        await sessions.revokeAllOf(id);
        await requeue.withoutRightsOf(id);
      }
      if (disabled === true && !before.disabledAt) await audit.record(actor, 'staff.disabled', { type: 'staff', id });
      if (disabled === false && before.disabledAt) await audit.record(actor, 'staff.enabled', { type: 'staff', id });
      return toMember(row);
    },

    revokeSessions: async (actor: Actor, id: string) => {
      await mustFind(id);
      const count = await sessions.revokeAllOf(id);
      await audit.record(actor, 'session.revoked', { type: 'staff', id }, { count });
      return count;
    },

    /** `temporary`: the member must choose their own at the next login (a supervisor's reset, the CLI's --temporary). */
    resetPassword: async (actor: Actor, target: StaffTarget, password: string, opts: { temporary: boolean }) => {
      const row = await mustFindTarget(target);
      checkPassword(password, row.username);
      await repo.update(row.id, {
        passwordHash: await hashPassword(password),
        passwordChangeRequired: opts.temporary,
        updatedAt: clock.now(),
      });
      await sessions.revokeAllOf(row.id);
      await audit.record(actor, 'staff.password-reset', { type: 'staff', id: row.id });
    },

    /** Removes the second factor: the person enrols again at their next login. */
    resetTotp: async (actor: Actor, target: StaffTarget) => {
      const row = await mustFindTarget(target);
      await repo.update(row.id, { totpSecret: null, totpPendingSecret: null, totpLastStep: 0, updatedAt: clock.now() });
      await sessions.revokeAllOf(row.id);
      await audit.record(actor, 'staff.totp-reset', { type: 'staff', id: row.id });
    },
  };
};

export type StaffService = ReturnType<typeof createStaffService>;
