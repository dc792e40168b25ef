import { z } from 'zod';
import { ProgrammeId } from './programme';
import { dimensionsOf, type Tags } from './taxonomy';
import { NOT_URGENT, urgencyOf } from './urgency';

/** Why the server suggests a break: a long stretch of chats, or a chat about something heavy just closed. */
export const BreakReason = z.enum(['stretch', 'heavy']);
export type BreakReason = z.infer<typeof BreakReason>;

/** This long without any active chat (away, on a break, or simply no chat) ends a stretch of chat time. */
export const BREAK_GAP_MINUTES = 10;
/** A snoozed suggestion comes back after this long. */
export const BREAK_SNOOZE_MINUTES = 15;
export const STRETCH_MINUTES = { min: 30, max: 480, default: 120 } as const;

/**
 * The tag values (per dimension) that make a closed chat heavy for its counsellor; `urgency` is the intake's answer
 * (or a counsellor's correction). A chat with any one of them is heavy.
 */
export type HeavyTags = Record<string, string[]>;

/**
 * Defaults from TAXONOMY.md, for a programme whose supervisors have not chosen: at Helpwanted sextortion (of a minor
 * or anyone), concern about abuse material, a child under 12, and a visitor thinking of self-harm; at Stop it Now
 * someone who has offended, a child at risk now, and self-harm.
 */
export const defaultHeavyTags: Record<ProgrammeId, HeavyTags> = {
  helpwanted: {
    urgency: ['self-harm'],
    subjects: ['threatened-blackmailed', 'csam-concern'],
    ageBand: ['0-11'],
  },
  stopitnow: { urgency: ['self-harm', 'child-at-risk'], concerns: ['offender'] },
};

/** What a heavy-tags setting may name for a programme: its urgent values and every value a counsellor can tag. */
export const heavyCandidatesOf = (programme: ProgrammeId): { dimension: string; values: string[] }[] => [
  { dimension: 'urgency', values: urgencyOf(programme).filter((v) => v !== NOT_URGENT) },
  ...dimensionsOf(programme)
    .filter((d) => !d.setBySystem)
    .map((d) => ({ dimension: d.id, values: Object.keys(d.values).filter((v) => v !== 'unknown') })),
];

/** Whether a chat with these tags and this urgency is heavy under the programme's setting. */
export const isHeavy = (heavy: HeavyTags, tags: Tags, urgency: string | null) =>
  Object.entries(heavy).some(([dimension, values]) => {
    const chosen = dimension === 'urgency' ? urgency : tags[dimension];
    const list = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
    return list.some((value) => values.includes(value));
  });

const stretchMinutes = z.number().int().min(STRETCH_MINUTES.min).max(STRETCH_MINUTES.max);

/** The care settings of one programme as stored and answered. */
export const CareSettings = z.object({
  programme: ProgrammeId,
  /** Minutes of chat time without a break before the server suggests one. */
  stretchMinutes,
  heavyTags: z.record(z.string(), z.array(z.string())),
});
export type CareSettings = z.infer<typeof CareSettings>;

/** A change of one programme's care settings; `careUpdateSchemaFor` checks the tag values against its taxonomy. */
export const CareUpdate = z.strictObject({
  stretchMinutes,
  heavyTags: z.record(z.string(), z.array(z.string()).max(40)),
});
export type CareUpdate = z.infer<typeof CareUpdate>;

/** The change checked for one programme: every dimension and value must be one it can be heavy by, none twice. */
export const careUpdateSchemaFor = (programme: ProgrammeId) =>
  z.strictObject({
    stretchMinutes,
    heavyTags: z.strictObject(
      Object.fromEntries(
        heavyCandidatesOf(programme).map(({ dimension, values }) => [
          dimension,
          z
            .array(z.string().refine((v) => values.includes(v), { message: `must be one of: ${values.join(', ')}` }))
            .refine((list) => new Set(list).size === list.length, { message: 'has a value twice' })
            .optional(),
        ]),
      ),
    ),
  });
