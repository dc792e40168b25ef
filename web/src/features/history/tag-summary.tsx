import { formDimensionsOf, type ProgrammeId, valuesOf } from '@helpline/shared/domain';
import type { Locale } from 'next-intl';

/** Stored tags in words, dimension by dimension: "Gender: vrouw/meisje · Wie nam contact op: ouder". */
export function TagSummary({
  programme,
  tags,
  lang,
}: {
  programme: ProgrammeId;
  tags: Record<string, string | string[]>;
  lang: Locale;
}) {
  const parts = formDimensionsOf(programme)
    .filter((d) => tags[d.id] !== undefined)
    .map((d) => {
      const values = [tags[d.id]].flat().map((v) => valuesOf(d)[v ?? '']?.[lang] ?? v);
      return `${d.label[lang]}: ${values.join(', ')}`;
    });
  return <span className="text-xs text-neutral-800">{parts.join(' · ')}</span>;
}
