import { z } from 'zod';

export const ReferralStatus = z.enum(['planned', 'called', 'no-show', 'cancelled']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;
export const IntendsTreatment = z.enum(['yes', 'no', 'unknown']);
export type IntendsTreatment = z.infer<typeof IntendsTreatment>;
export const ClinicId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a clinic id like de-waag');
export type ClinicId = z.infer<typeof ClinicId>;
export const DEFAULT_CLINIC: ClinicId = 'de-waag';

export const MissedKind = z.enum(['outside-hours', 'abandoned', 'timed-out']);
export type MissedKind = z.infer<typeof MissedKind>;

export const Role = z.enum(['counsellor', 'supervisor']);
export type Role = z.infer<typeof Role>;
