import {
  type Dimension,
  dimensionApplies,
  formDimensionsOf,
  type ProgrammeId,
  type Tags,
} from '@helpline/shared/domain';

export type TagValues = Record<string, string | string[] | undefined>;

export const valuesIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** The dimensions the form shows for these answers: dependent ones only while their condition holds. */
export const applicableDimensions = (programme: ProgrammeId, tags: TagValues): Dimension[] =>
  formDimensionsOf(programme).filter((d) => dimensionApplies(d, tags));

/** The body to store: applicable dimensions with a value, nothing left over from a condition that no longer holds. */
export const tagsToStore = (programme: ProgrammeId, tags: TagValues): Tags =>
  Object.fromEntries(
    applicableDimensions(programme, tags)
      .map((d) => [d.id, d.many ? valuesIn(tags[d.id]) : valuesIn(tags[d.id])[0]] as const)
      .filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== undefined)),
  );

/** `unknown` excludes the other values of a many-valued dimension, and the other way round. */
export const toggleMany = (current: unknown, value: string): string[] => {
  const list = valuesIn(current);
  if (list.includes(value)) return list.filter((v) => v !== value);
  return value === 'unknown' ? ['unknown'] : [...list.filter((v) => v !== 'unknown'), value];
};
