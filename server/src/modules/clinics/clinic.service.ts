import type { Clinic, ClinicCreate, ClinicPatch } from '@helpline/shared';
import { AppError } from '../../errors';
import type { StaffPrincipal } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import type { ClinicRepo, ClinicRow } from './clinic.repo';

const toClinic = (row: ClinicRow): Clinic => ({
  id: row.id,
  name: row.name,
  isDefault: row.isDefault,
  isActive: row.isActive,
});

/** The clinics referrals go to: De Waag by default; supervisors add, rename, deactivate and choose the default. */
export const createClinicService = ({ repo, audit }: { repo: ClinicRepo; audit: Pick<AuditService, 'record'> }) => ({
  list: async (me: StaffPrincipal) => (await repo.list(me.role !== 'supervisor')).map(toClinic),

  /** A clinic a new referral may name: it exists and is active, else INVALID_INPUT on `clinic`. */
  requireActive: async (id: string) => {
    const row = await repo.findById(id);
    if (!row?.isActive) {
      throw new AppError('INVALID_INPUT', `clinic: no active clinic ${id}`, { field: 'clinic' });
    }
    return row;
  },

  create: async (me: StaffPrincipal, input: ClinicCreate) => {
    const created = await repo.insert({ ...input, isDefault: input.isDefault ?? false, isActive: true });
    if (!created) throw new AppError('CONFLICT', `A clinic ${input.id} already exists`, { field: 'id' });
    await audit.record(me, 'clinic.created', { type: 'clinic', id: created.id });
    return toClinic(created);
  },

  update: async (me: StaffPrincipal, id: string, patch: ClinicPatch) => {
    const current = await repo.findById(id);
    if (!current) throw new AppError('NOT_FOUND', 'No such clinic');
    const staysDefault = patch.isDefault ?? current.isDefault;
    if (patch.isActive === false && staysDefault) {
      throw new AppError('CONFLICT', 'Make another clinic the default before deactivating this one', {
        field: 'isActive',
      });
    }
    if (patch.isDefault && patch.isActive !== true && !current.isActive) {
      throw new AppError('CONFLICT', 'An inactive clinic cannot be the default', { field: 'isDefault' });
    }
    const updated = await repo.update(id, patch);
    if (!updated) throw new AppError('NOT_FOUND', 'No such clinic');
    await audit.record(me, 'clinic.updated', { type: 'clinic', id }, { fields: Object.keys(patch) });
    return toClinic(updated);
  },
});

export type ClinicService = ReturnType<typeof createClinicService>;
