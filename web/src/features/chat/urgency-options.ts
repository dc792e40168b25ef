import { type ProgrammeId, urgencyValues } from '@helpline/shared/domain';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { UrgencyOption } from './urgency-question';

/**
 * The programme's urgency answers (TAXONOMY.md order, most urgent first) in the visitor's words, worded on the server
 * so the taxonomy stays out of the browser's scripts; a value without its own wording keeps the taxonomy's label.
 */
export const urgencyOptionsOf = async (programme: ProgrammeId, lang: Locale): Promise<UrgencyOption[]> => {
  const t = await getTranslations({ locale: lang, namespace: 'chat.urgency.answers' });
  return Object.entries(urgencyValues[programme]).map(([value, label]) => {
    // The value comes from the taxonomy, so the compiler cannot know it is a key; `has` checks it at run time.
    const key = value as Parameters<typeof t.has>[0];
    return { value, label: t.has(key) ? t(key) : label[lang] };
  });
};
