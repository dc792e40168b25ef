import { z } from 'zod';
import { isStorableInstant, PeriodBound, STORABLE_MESSAGE } from '../domain/period';
import { ProgrammeId } from '../domain/programme';

export const Id = z.uuid({ message: 'must be an id' });
export const IsoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time' })
  .refine(isStorableInstant, { message: STORABLE_MESSAGE });
export const NullableIsoDateTime = IsoDateTime.nullable();

export const PeriodQuery = z.object({
  programme: ProgrammeId.optional(),
  from: PeriodBound.optional(),
  to: PeriodBound.optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuery>;

export const HealthAnswer = z.object({ ok: z.boolean(), db: z.string() });
export type HealthAnswer = z.infer<typeof HealthAnswer>;

export const ProgrammeState = z.object({
  id: ProgrammeId,
  name: z.string(),
  open: z.boolean(),
  opensAt: NullableIsoDateTime,
  closesAt: NullableIsoDateTime,
  waiting: z.number().int().min(0),
  estimatedWaitSeconds: z.number().int().min(0),
  /** Counsellors of the programme who are available now; 0: nobody can answer, so no wait time is promised. */
  counsellorsAvailable: z.number().int().min(0),
  selfHelpUrl: z.url(),
});
export type ProgrammeState = z.infer<typeof ProgrammeState>;
export const ProgrammesAnswer = z.array(ProgrammeState);
export type ProgrammesAnswer = z.infer<typeof ProgrammesAnswer>;

/** Public settings the pages need. */
export const SiteConfig = z.object({ exitUrl: z.url() });
export type SiteConfig = z.infer<typeof SiteConfig>;
