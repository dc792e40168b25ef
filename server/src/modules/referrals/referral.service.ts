import {
  parsePeriod,
  type Referral,
  type ReferralCreate,
  type ReferralListQuery,
  type ReferralPatch,
} from '@helpline/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { authorize, type StaffPrincipal } from '../access/authorize';
import { visibleProgrammes } from '../access/visible-programmes';
import type { CaseService } from '../cases/case.service';
import type { ClinicService } from '../clinics/clinic.service';
import type { ContactService } from '../contacts/contact.service';
import type { ReferralRepo, ReferralRow } from './referral.repo';

type Deps = {
  repo: ReferralRepo;
  cases: Pick<CaseService, 'open'>;
  contacts: Pick<ContactService, 'open'>;
  clinics: Pick<ClinicService, 'requireActive'>;
  clock: Clock;
};

export const toReferral = (row: ReferralRow): Referral => ({
  id: row.id,
  kind: row.kind,
  conversationId: row.conversationId,
  contactId: row.contactId,
  programme: row.programmeId,
  clinic: row.clinicId,
  appointmentAt: (row.appointmentAt ?? row.createdAt).toISOString(),
  status: row.status,
  intendsTreatment: row.intendsTreatment,
  createdAt: row.createdAt.toISOString(),
});

const invalid = (field: string, message: string) => new AppError('INVALID_INPUT', `${field}: ${message}`, { field });

/** Referrals to a forensic clinic: plan a call, follow it up (called / no-show / cancelled, intends treatment). */
export const createReferralService = ({ repo, cases, contacts, clinics, clock }: Deps) => {
  /** The chat or logged contact the referral belongs to, opened with the asker's rights. */
  const sourceOf = async (me: StaffPrincipal, input: ReferralCreate) => {
    if (input.conversationId) {
      const { conversation, programme } = await cases.open(me, input.conversationId);
      return { conversationId: conversation.id, programmeId: programme };
    }
    if (input.contactId) {
      const contact = await contacts.open(me, input.contactId);
      return { contactId: contact.id, programmeId: contact.programmeId };
    }
    throw invalid('conversationId', 'give a conversationId or a contactId');
  };

  return {
    create: async (me: StaffPrincipal, input: ReferralCreate): Promise<Referral> => {
      const source = await sourceOf(me, input);
      await clinics.requireActive(input.clinic);
      const now = clock.now();
      const created = await repo.insert({
        ...source,
        clinicId: input.clinic,
        kind: input.kind,
        appointmentAt: input.kind === 'call-appointment' && input.appointmentAt ? new Date(input.appointmentAt) : now,
        status: 'planned',
        createdBy: me.id,
        createdAt: now,
        updatedAt: now,
      });
      return toReferral(created);
    },

    /** Any counsellor of the programme may follow a referral up; `intendsTreatment` only once the call happened. */
    update: async (me: StaffPrincipal, id: string, patch: ReferralPatch): Promise<Referral> => {
      const row = await repo.findById(id);
      if (!row) throw new AppError('NOT_FOUND', 'No such referral');
      authorize(me, { programme: row.programmeId });
      if (row.kind !== 'call-appointment') {
        throw new AppError('CONFLICT', 'Giving another clinic’s details has nothing to follow up');
      }
      const status = patch.status ?? row.status;
      if (patch.intendsTreatment !== undefined && status !== 'called') {
        throw invalid('intendsTreatment', 'only once the call happened (status called)');
      }
      if (patch.appointmentAt !== undefined && status !== 'planned') {
        throw invalid('appointmentAt', 'only a planned appointment can be moved');
      }
      const updated = await repo.update(id, row.status, {
        status,
        intendsTreatment: status === 'called' ? (patch.intendsTreatment ?? row.intendsTreatment) : null,
        ...(patch.appointmentAt ? { appointmentAt: new Date(patch.appointmentAt) } : {}),
        updatedAt: clock.now(),
      });
      if (!updated) throw new AppError('CONFLICT', 'Someone changed this referral meanwhile; reload it');
      return toReferral(updated);
    },

    list: async (me: StaffPrincipal, query: ReferralListQuery): Promise<Referral[]> => {
      const now = clock.now();
      const period = query.due && !query.from && !query.to ? {} : parsePeriod(query, now);
      const rows = await repo.list({
        programmes: visibleProgrammes(me, query.programme),
        ...(query.status ? { status: query.status } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.due ? { due: { when: query.due, now } } : {}),
        ...period,
      });
      return rows.map(toReferral);
    },
  };
};

export type ReferralService = ReturnType<typeof createReferralService>;
