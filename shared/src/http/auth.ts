import { z } from 'zod';
import { PeriodBound } from '../domain/period';
import { plainText } from '../domain/plain-text';
import { ProgrammeId } from '../domain/programme';
import { Role } from '../domain/referral';
import { Id } from './common';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'must be 2-40 letters, digits, dots, dashes or underscores');
/** 12 to 128 characters, no composition rules (the server also refuses the most common passwords). */
export const Password = z.string().min(12, 'must be at least 12 characters').max(128, 'must be at most 128 characters');
export const TotpCode = z.string().regex(/^\d{6}$/, 'must be 6 digits');

export const LoginBody = z.object({
  username: plainText(1, 64),
  password: z.string().min(1).max(256),
  totp: TotpCode.optional(),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const StaffPublic = z.object({
  id: Id,
  username: z.string(),
  alias: z.string(),
  role: Role,
  programmes: z.array(ProgrammeId),
});
export type StaffPublic = z.infer<typeof StaffPublic>;

/** `passwordChangeRequired`: someone else set the password; until `POST /api/auth/password` only that and logout work. */
export const LoginAnswer = z.object({
  staff: StaffPublic,
  totpEnrolmentRequired: z.boolean().optional(),
  passwordChangeRequired: z.boolean().optional(),
});
export type LoginAnswer = z.infer<typeof LoginAnswer>;
export const MeAnswer = LoginAnswer;
export type MeAnswer = LoginAnswer;

export const TotpEnrolStart = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
export type TotpEnrolStart = z.infer<typeof TotpEnrolStart>;
/** Replacing an enrolled second factor needs the password and a current code; a first enrolment needs neither. */
export const TotpEnrolProof = z.object({ password: z.string().min(1).max(256).optional(), code: TotpCode.optional() });
export type TotpEnrolProof = z.infer<typeof TotpEnrolProof>;
export const TotpEnrolConfirm = z.object({ code: TotpCode });
export type TotpEnrolConfirm = z.infer<typeof TotpEnrolConfirm>;

/** A member chooses their own password: the current one and the next (which must differ). */
export const PasswordChange = z.strictObject({ current: z.string().min(1).max(256), next: Password });
export type PasswordChange = z.infer<typeof PasswordChange>;
/** Confirms a session for sensitive administration for 5 minutes: the password or a current second-factor code. */
export const Confirmation = z
  .strictObject({ password: z.string().min(1).max(256).optional(), code: TotpCode.optional() })
  .refine((c) => (c.password === undefined) !== (c.code === undefined), {
    message: 'give either your password or a code',
    path: ['password'],
  });
export type Confirmation = z.infer<typeof Confirmation>;
export const ConfirmationAnswer = z.object({ confirmedUntil: z.string() });
export type ConfirmationAnswer = z.infer<typeof ConfirmationAnswer>;

const Alias = plainText(1, 40);
const StaffProgrammes = z.array(ProgrammeId).min(1, 'must name at least one programme');
const Capacity = z.number().int().min(1).max(10);

export const StaffMember = StaffPublic.extend({ capacity: z.number().int(), disabled: z.boolean() });
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffList = z.array(StaffMember);
export type StaffList = z.infer<typeof StaffList>;
export const StaffCreate = z.object({
  username: Username,
  alias: Alias,
  role: Role,
  programmes: StaffProgrammes,
  capacity: Capacity.optional(),
  password: Password,
});
export type StaffCreate = z.infer<typeof StaffCreate>;
export const StaffPatch = z.strictObject({
  alias: Alias.optional(),
  role: Role.optional(),
  programmes: StaffProgrammes.optional(),
  capacity: Capacity.optional(),
  disabled: z.boolean().optional(),
});
export type StaffPatch = z.infer<typeof StaffPatch>;
/** A supervisor sets a member's new password (their sessions end). */
export const StaffPasswordReset = z.object({ password: Password });
export type StaffPasswordReset = z.infer<typeof StaffPasswordReset>;

export const AuditQuery = z.object({
  from: PeriodBound.optional(),
  to: PeriodBound.optional(),
  staffId: Id.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: Id.nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
