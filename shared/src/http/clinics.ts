import { z } from 'zod';
import { plainText } from '../domain/plain-text';
import { ClinicId } from '../domain/referral';

export const Clinic = z.object({ id: ClinicId, name: z.string(), isDefault: z.boolean(), isActive: z.boolean() });
export type Clinic = z.infer<typeof Clinic>;
/** Counsellors get the active clinics; supervisors every clinic. The default comes first. */
export const ClinicList = z.array(Clinic);
export type ClinicList = z.infer<typeof ClinicList>;

const ClinicName = plainText(2, 120);

export const ClinicCreate = z.strictObject({
  id: ClinicId.max(60),
  name: ClinicName,
  isDefault: z.boolean().optional(),
});
export type ClinicCreate = z.infer<typeof ClinicCreate>;

/** `isDefault: true` moves the default here; the default clinic cannot be deactivated. */
export const ClinicPatch = z
  .strictObject({
    name: ClinicName.optional(),
    isDefault: z.literal(true).optional(),
    isActive: z.boolean().optional(),
  })
  // An empty change names its first field, as every refusal names one.
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'change name, isDefault or isActive',
    path: ['name'],
  });
export type ClinicPatch = z.infer<typeof ClinicPatch>;
