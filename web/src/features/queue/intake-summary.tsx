import { dimensionsOf, type ProgrammeId, valuesOf } from '@helpline/shared/domain';
import type { StoredIntake } from '@helpline/shared/events';
import { type Locale, useLocale, useTranslations } from 'next-intl';

type QueueText = ReturnType<typeof useTranslations<'queue'>>;

/** The intake answers in a few words: "leeftijd 12-18 · over zichzelf · Engels". */
export const intakeWords = (programme: ProgrammeId, intake: StoredIntake, t: QueueText, lang: Locale): string[] => {
  const ageDimension = dimensionsOf(programme).find((d) => d.id === 'ageBand');
  const ageLabel = intake.ageBand && ageDimension ? valuesOf(ageDimension)[intake.ageBand]?.[lang] : undefined;
  return [
    ageLabel && intake.ageBand !== 'unknown' ? t('age', { band: ageLabel }) : null,
    intake.about ? t(`about.${intake.about}`) : null,
    intake.language ? t(`language.${intake.language}`) : null,
  ].filter((word): word is string => Boolean(word));
};

export function IntakeSummary({ programme, intake }: { programme: ProgrammeId; intake: StoredIntake }) {
  const words = intakeWords(programme, intake, useTranslations('queue'), useLocale());
  return words.length > 0 ? <span className="text-xs text-neutral-700">{words.join(' · ')}</span> : null;
}
