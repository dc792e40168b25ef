import type { Executor } from '@helpline/db';
import type { AuditEntry } from '@helpline/shared';
import type { Clock } from '../../clock';
import type { AuditFilter, AuditRecord, AuditRepo } from './audit.repo';

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
  | 'staff.password-changed'
  | 'session.confirmed'
  | 'staff.totp-reset'
  | 'session.revoked'
  | 'hours.updated'
  | 'tags.updated'
  | 'clinic.created'
  | 'clinic.updated'
  | 'canned-response.created'
  | 'canned-response.updated'
  | 'canned-response.deleted'
  | 'retention.updated'
  | 'care.updated'
  | 'retention.shredded'
  | 'transcript.read'
  | 'conversation.transferred'
  | 'conversation.urgency-changed'
  | 'help.requested'
  | 'debrief.requested'
  | 'whisper.sent';

export type Actor = { id: string; username: string } | null;

/** Who did what to which record, when. Callers pass ids and field names, never content or addresses. */
export const createAuditService = ({ repo, clock }: { repo: AuditRepo; clock: Clock }) => ({
  /** Written in `tx` when given, so the row commits (or not) with the change it records. */
  record: (
    actor: Actor,
    action: AuditAction,
    target?: { type: string; id: string },
    details?: Record<string, unknown>,
    tx?: Executor,
  ) => {
    const record: AuditRecord = {
      actorId: actor?.id ?? null,
      actorUsername: actor?.username ?? null,
      action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      details: details ?? null,
    };
    return repo.insert(clock.now(), record, tx);
  },
  /** A failed login names the account tried; an unknown username is not kept (null, a keyed hash in `details`). */
  recordFailedLogin: (username: string | null, reason: string, staffId?: string, details?: Record<string, unknown>) =>
    repo.insert(clock.now(), {
      actorId: staffId ?? null,
      actorUsername: username,
      action: 'login.failure',
      details: { reason, ...details },
    }),
  lastAt: (action: AuditAction) => repo.lastAt(action),
  /** A page of entries (1-based) and the total matching the filter. */
  list: async (filter: AuditFilter, page = 1, pageSize = 5000): Promise<{ entries: AuditEntry[]; total: number }> => {
    const { rows, total } = await repo.list(filter, { limit: pageSize, offset: (page - 1) * pageSize });
    const entries = rows.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorId: row.actorId,
      actorUsername: row.actorUsername,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      details: row.details,
    }));
    return { entries, total };
  },
});

export type AuditService = ReturnType<typeof createAuditService>;
