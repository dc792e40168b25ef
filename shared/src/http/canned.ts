import { z } from 'zod';
import { plainText } from '../domain/plain-text';
import { ProgrammeId } from '../domain/programme';
import { Id } from './common';

export const CannedLanguage = z.enum(['nl', 'en']);
export type CannedLanguage = z.infer<typeof CannedLanguage>;

/** A ready answer a counsellor can put in the composer, per programme and language. */
export const CannedResponse = z.object({
  id: Id,
  programme: ProgrammeId,
  language: CannedLanguage,
  title: z.string(),
  body: z.string(),
  position: z.number().int(),
});
export type CannedResponse = z.infer<typeof CannedResponse>;
export const CannedResponseList = z.array(CannedResponse);
export type CannedResponseList = z.infer<typeof CannedResponseList>;

/** Without `programme`: every programme the asker may see. */
export const CannedResponseQuery = z.object({ programme: ProgrammeId.optional(), language: CannedLanguage.optional() });
export type CannedResponseQuery = z.infer<typeof CannedResponseQuery>;

const Title = plainText(1, 80);
const Body = plainText(1, 4000);
const Position = z.number().int().min(0).max(10_000);

export const CannedResponseCreate = z.strictObject({
  programme: ProgrammeId,
  language: CannedLanguage,
  title: Title,
  body: Body,
  position: Position.optional(),
});
export type CannedResponseCreate = z.infer<typeof CannedResponseCreate>;

export const CannedResponsePatch = z
  .strictObject({
    language: CannedLanguage.optional(),
    title: Title.optional(),
    body: Body.optional(),
    position: Position.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'change language, title, body or position',
    // An empty change names its first field, as every refusal names one.
    path: ['language'],
  });
export type CannedResponsePatch = z.infer<typeof CannedResponsePatch>;
