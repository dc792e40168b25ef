import { z } from 'zod';
import { type ProgrammeId, programmeIds } from './programme';
import { type Dimension, type Label, taxonomy } from './taxonomy-data';

export { type Dimension, type Label, taxonomy };

const UNKNOWN: Label = { nl: 'onbekend', en: 'unknown' };

/** Every dimension a counsellor fills in allows `unknown` (TAXONOMY.md): a visitor is never required to tell anything. */
export const valuesOf = (dimension: Dimension): Record<string, Label> =>
  dimension.setBySystem ? dimension.values : { ...dimension.values, unknown: UNKNOWN };

export const dimensionsOf = (programme: ProgrammeId): Dimension[] => taxonomy[programme];

const dimensionSchema = (dimension: Dimension) => {
  const ids = Object.keys(valuesOf(dimension));
  const value = z.string().refine((v) => ids.includes(v), { message: `must be one of: ${ids.join(', ')}` });
  if (!dimension.many) return value.optional();
  return z
    .array(value)
    .refine((list) => new Set(list).size === list.length, { message: 'has a value twice' })
    .optional();
};

/** The tags body of one programme: dimensions optional, unknown dimensions and values rejected naming the dimension. */
const tagsSchema = (programme: ProgrammeId) =>
  z.strictObject(
    Object.fromEntries(
      taxonomy[programme].filter((d) => !d.setBySystem).map((d) => [d.id, dimensionSchema(d)]),
    ) as Record<string, ReturnType<typeof dimensionSchema>>,
  );

export const HelpwantedTags = tagsSchema('helpwanted');
export type HelpwantedTags = z.infer<typeof HelpwantedTags>;
export const StopitnowTags = tagsSchema('stopitnow');
export type StopitnowTags = z.infer<typeof StopitnowTags>;
export type Tags = Record<string, string | string[] | undefined>;

const tagSchemas = { helpwanted: HelpwantedTags, stopitnow: StopitnowTags } as const;
export const tagsSchemaFor = (programme: ProgrammeId) => tagSchemas[programme];

/** A programme's age bands as the intake offers them (TAXONOMY.md), `unknown` included. */
export const ageBandsOf = (programme: ProgrammeId): string[] => {
  const dimension = taxonomy[programme].find((d) => d.id === 'ageBand');
  return dimension ? Object.keys(valuesOf(dimension)) : ['unknown'];
};

/** Every programme's age bands: what a stored intake may hold. */
export const allAgeBands: string[] = [...new Set(programmeIds.flatMap(ageBandsOf))];
