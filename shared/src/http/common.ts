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

/** `GET /livez`: the process runs and answers. */
export const LivenessAnswer = z.object({ ok: z.literal(true) });
export type LivenessAnswer = z.infer<typeof LivenessAnswer>;

/** Where a server process is in its life: not yet able to serve, serving, or draining on its way out. */
export const ProcessState = z.enum(['starting', 'serving', 'draining']);
export type ProcessState = z.infer<typeof ProcessState>;

/**
 * `GET /readyz`: whether a proxy should send this process work (200) or not (503), and why, in words that name no host,
 * address, query or error text.
 */
export const ReadinessAnswer = z.object({
  ready: z.boolean(),
  state: ProcessState,
  checks: z.object({
    database: z.enum(['ok', 'unreachable']),
    /** `unknown` while the database is unreachable. */
    migrations: z.enum(['current', 'pending', 'unknown']),
    keys: z.enum(['loaded', 'not-loaded']),
  }),
  /** Committed migrations the database lacks (when `migrations` is `pending`): run `npm run migrate`. */
  pendingMigrations: z.number().int().min(1).optional(),
});
export type ReadinessAnswer = z.infer<typeof ReadinessAnswer>;

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
