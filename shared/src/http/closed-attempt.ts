import { z } from 'zod';
import { ProgrammeId } from '../domain/programme';

/** The form on a closed programme's chat page, posted without JavaScript (or as JSON by a script). */
export const ClosedAttemptForm = z.object({
  programme: ProgrammeId,
  lang: z.enum(['nl', 'en']).default('nl'),
  /** Which page the form was on: the chat page or the embed frame; the answer page is beside it. */
  from: z.enum(['chat', 'embed']).default('chat'),
  attempt: z.uuid().optional(),
});
export type ClosedAttemptForm = z.infer<typeof ClosedAttemptForm>;
