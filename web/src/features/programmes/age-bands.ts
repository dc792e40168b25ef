import { dimensionsOf, type ProgrammeId, valuesOf } from '@helpline/shared/domain';
import type { Locale } from 'next-intl';

export type AgeBandOption = { value: string; label: string };

/** The programme's age bands as an intake offers them; "rather not say" is the empty choice, not `unknown`. */
export const ageBandsOf = (programme: ProgrammeId, lang: Locale): AgeBandOption[] => {
  const dimension = dimensionsOf(programme).find((d) => d.id === 'ageBand');
  if (!dimension) return [];
  return Object.entries(valuesOf(dimension))
    .filter(([value]) => value !== 'unknown')
    .map(([value, label]) => ({ value, label: label[lang] }));
};
