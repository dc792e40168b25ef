'use client';

import { isUrgent, type ProgrammeId, urgencyValues } from '@helpline/shared/domain';
import { TriangleAlert } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';

/**
 * An urgency in the counsellor's words ("kind in gevaar"); a value without its own wording keeps the taxonomy's label.
 * `urgent` says it as a mark ("Urgent: kind in gevaar"), null when the chat is not urgent.
 */
export const useUrgencyWords = () => {
  const t = useTranslations('queue');
  const lang = useLocale();
  const words = (programme: ProgrammeId, urgency: string) => {
    // The value comes from the taxonomy, so the compiler cannot know it is a key; `has` checks it at run time.
    const key = `urgency.${urgency}` as Parameters<typeof t.has>[0];
    if (t.has(key)) return t(key);
    const label = urgencyValues[programme][urgency];
    return label ? label[lang] : urgency;
  };
  const urgent = (programme: ProgrammeId, urgency: string | undefined) =>
    isUrgent(urgency) ? t('urgent', { what: words(programme, urgency) }) : null;
  return { words, urgent };
};

/** An urgent chat's mark: an icon and the words ("Urgent: kind in gevaar"), never colour alone. */
export function UrgencyMark({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <span
      data-testid="urgency-mark"
      className="inline-flex w-fit items-center gap-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-900"
    >
      <TriangleAlert aria-hidden size={12} className="shrink-0" />
      {text}
    </span>
  );
}
