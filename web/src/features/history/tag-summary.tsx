import { formDimensionsOf, type ProgrammeId, valuesOf } from '@helpline/shared/domain';
import type { Lang } from '~/i18n';

/** Stored tags in words, dimension by dimension: "Gender: vrouw/meisje · Wie nam contact op: ouder". */
export function TagSummary({
  programme,
  tags,
  lang,
}: {
  programme: ProgrammeId;
  tags: Record<string, string | string[]>;
  lang: Lang;
}) {
  const parts = formDimensionsOf(programme)
    .filter((d) => tags[d.id] !== undefined)
    .map((d) => {
      const values = [tags[d.id]].flat().map((v) => valuesOf(d)[v ?? '']?.[lang] ?? v);
      return `${d.label[lang]}: ${values.join(', ')}`;
    });
  return <span className="text-xs text-neutral-800">{parts.join(' · ')}</span>;
}
