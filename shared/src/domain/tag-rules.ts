import type { z } from 'zod';
import type { ProgrammeId } from './programme';
import { type Dimension, dimensionsOf, type Tags, tagsSchemaFor } from './taxonomy';

type TagValues = Record<string, unknown>;

const hasValue = (value: unknown) => (Array.isArray(value) ? value.length > 0 : typeof value === 'string');

/** A dependent dimension (`when`) applies only while the dimension it hangs on holds that value. */
export const dimensionApplies = (dimension: Dimension, tags: TagValues): boolean => {
  if (!dimension.when) return true;
  const other = tags[dimension.when.dimension];
  return Array.isArray(other) ? other.includes(dimension.when.value) : other === dimension.when.value;
};

/** The dimensions a counsellor fills in for this programme (the system sets `channel`). */
export const formDimensionsOf = (programme: ProgrammeId): Dimension[] =>
  dimensionsOf(programme).filter((d) => !d.setBySystem);

/**
 * What still has to be filled in before a finished contact leaves the counsellor's list, in form order: every
 * dimension that applies needs a value (`unknown` counts as one; a many-dimension needs at least one value).
 */
export const missingTags = (programme: ProgrammeId, tags: TagValues): string[] =>
  formDimensionsOf(programme)
    .filter((d) => dimensionApplies(d, tags) && !hasValue(tags[d.id]))
    .map((d) => d.id);

export const tagsComplete = (programme: ProgrammeId, tags: TagValues): boolean =>
  missingTags(programme, tags).length === 0;

/**
 * The tags body of one programme with the dependent dimensions checked: `sextortionType` only with
 * `threatened-blackmailed`, `relation` only with `worried-about-other`. Fails naming the dimension.
 */
export const caseTagsSchemaFor = (programme: ProgrammeId): z.ZodType<Tags> =>
  tagsSchemaFor(programme).superRefine((tags, ctx) => {
    for (const d of formDimensionsOf(programme)) {
      if (d.when && hasValue((tags as TagValues)[d.id]) && !dimensionApplies(d, tags)) {
        ctx.addIssue({
          code: 'custom',
          path: [d.id],
          message: `only when ${d.when.dimension} is ${d.when.value}`,
        });
      }
    }
  });

/** The same tags, with every dimension that applies required (a contact logged after the fact is complete). */
export const completeCaseTagsSchemaFor = (programme: ProgrammeId): z.ZodType<Tags> =>
  caseTagsSchemaFor(programme).superRefine((tags, ctx) => {
    for (const id of missingTags(programme, tags)) ctx.addIssue({ code: 'custom', path: [id], message: 'is required' });
  });
