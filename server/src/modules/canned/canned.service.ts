import type { CannedResponse, CannedResponseCreate, CannedResponsePatch, CannedResponseQuery } from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { visibleProgrammes } from '../access/visible-programmes';
import type { AuditService } from '../audit/audit.service';
import type { CannedRepo, CannedRow } from './canned.repo';

type Deps = { repo: CannedRepo; audit: Pick<AuditService, 'record'>; clock: Clock };

const toCanned = (row: CannedRow): CannedResponse => ({
  id: row.id,
  programme: row.programmeId,
  language: row.language,
  title: row.title,
  body: row.body,
  position: row.position,
});

/** Canned responses for the composer: counsellors read their programmes'; supervisors manage them. */
export const createCannedService = ({ repo, audit, clock }: Deps) => {
  const target = (id: string) => ({ type: 'canned-response', id });
  const existing = async (id: string) => {
    const row = await repo.findById(id);
    if (!row) throw new AppError('NOT_FOUND', 'No such canned response');
    return row;
  };

  return {
    list: async (me: StaffPrincipal, query: CannedResponseQuery) =>
      (
        await repo.list({
          programmes: visibleProgrammes(me, query.programme),
          ...(query.language ? { language: query.language } : {}),
        })
      ).map(toCanned),

    create: async (me: StaffPrincipal, input: CannedResponseCreate) => {
      authorize(me, { role: 'supervisor', programme: input.programme });
      const now = clock.now();
      const created = await repo.insert({
        programmeId: input.programme,
        language: input.language,
        title: input.title,
        body: input.body,
        position: input.position ?? 0,
        createdAt: now,
        updatedAt: now,
      });
      await audit.record(me, 'canned-response.created', target(created.id));
      return toCanned(created);
    },

    update: async (me: StaffPrincipal, id: string, patch: CannedResponsePatch) => {
      authorize(me, { role: 'supervisor', programme: (await existing(id)).programmeId });
      const updated = await repo.update(id, { ...patch, updatedAt: clock.now() });
      if (!updated) throw new AppError('NOT_FOUND', 'No such canned response');
      await audit.record(me, 'canned-response.updated', target(id), { fields: Object.keys(patch) });
      return toCanned(updated);
    },

    remove: async (me: StaffPrincipal, id: string) => {
      authorize(me, { role: 'supervisor', programme: (await existing(id)).programmeId });
      if (!(await repo.update(id, { deletedAt: clock.now() })))
        throw new AppError('NOT_FOUND', 'No such canned response');
      await audit.record(me, 'canned-response.deleted', target(id));
    },
  };
};

export type CannedService = ReturnType<typeof createCannedService>;
