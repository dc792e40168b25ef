import type { AuditEntry } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { AuditRecord, AuditRepo } from './audit.repo';

export type AuditAction =
  | 'login.success'
  | 'login.failure'
  | 'logout'
  | 'totp.enrolled'
  | 'staff.created'
  | 'staff.updated'
  | 'staff.disabled'
  | 'staff.enabled'
  | 'staff.password-reset'
  | 'staff.totp-reset'
  | 'session.revoked'
  | 'hours.updated'
  | 'transcript.read';

export type Actor = { id: string; username: string } | null;

/** Who did what to which record, when. Callers pass ids and field names, never content or addresses. */
export const createAuditService = ({ repo, clock }: { repo: AuditRepo; clock: Clock }) => ({
  record: (
    actor: Actor,
    action: AuditAction,
    target?: { type: string; id: string },
    details?: Record<string, unknown>,
  ) => {
    const record: AuditRecord = {
      actorId: actor?.id ?? null,
      actorUsername: actor?.username ?? null,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      details: details ?? null,
    };
    return repo.insert(clock.now(), record);
  },
  /** A failed login names the username tried (it may not exist) but no account id. */
  recordFailedLogin: (username: string, reason: string, staffId?: string) =>
    repo.insert(clock.now(), {
      actorId: staffId ?? null,
      actorUsername: username,
      action: 'login.failure',
      details: { reason },
    }),
  list: async (filter: { from: Date; to: Date; staffId?: string }): Promise<AuditEntry[]> =>
    (await repo.list(filter)).map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorUsername: row.actorUsername,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      details: row.details,
    })),
});

export type AuditService = ReturnType<typeof createAuditService>;
