import { z } from 'zod';
import { type ProgrammeId, programmeIds } from './programme';
import type { Label } from './taxonomy-data';

const v = (nl: string, en: string): Label => ({ nl, en });
const selfHarm = v('ik denk erover mezelf iets aan te doen', 'I am thinking of harming myself');
const none = v('geen van beide', 'neither');

/**
 * The intake's urgency answers per programme (TAXONOMY.md `urgency`), most urgent first: the queue serves them in
 * this order, then by queue time. `none` is always last and is not urgent.
 */
export const urgencyValues: Record<ProgrammeId, Record<string, Label>> = {
  helpwanted: {
    'self-harm': selfHarm,
    deadline: v(
      'iemand dreigt beelden te delen of heeft me een deadline gegeven',
      'someone threatens to share images or gave me a deadline',
    ),
    none,
  },
  stopitnow: {
    'self-harm': selfHarm,
    'child-at-risk': v(
      'ik ben bang dat ik binnenkort een kind iets aandoe, of dat een kind nu gevaar loopt',
      'I fear I will harm a child soon, or a child is in danger now',
    ),
    none,
  },
};

/** The urgency value that is not urgent. */
export const NOT_URGENT = 'none';

/** A programme's urgency values, most urgent first, `none` last. */
export const urgencyOf = (programme: ProgrammeId): string[] => Object.keys(urgencyValues[programme]);

/** Every programme's urgency values: what a stored intake may hold. */
export const allUrgencies: string[] = [...new Set(programmeIds.flatMap(urgencyOf))];

/** Whether a value counts as urgent (served first, counted in `urgentWaiting` and `chats.urgent`). */
export const isUrgent = (urgency: string | null | undefined): urgency is string =>
  urgency !== null && urgency !== undefined && urgency !== NOT_URGENT;

/** An urgency of some programme, never free text; `QueueJoin` and `conversation:urgency` narrow it to the chat's. */
export const Urgency = z.string().refine((v) => allUrgencies.includes(v), {
  message: `must be one of: ${allUrgencies.join(', ')}`,
});
export type Urgency = z.infer<typeof Urgency>;
