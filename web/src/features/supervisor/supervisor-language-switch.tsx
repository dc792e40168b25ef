'use client';

import { LanguageSwitch } from '../../components/language-switch';
import type { Lang } from '../../i18n';
import { usePagePath } from './supervisor-nav';

/** The language switch of the current supervisor page, keeping the page. */
export function SupervisorLanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  return <LanguageSwitch lang={lang} path={usePagePath()} label={label} />;
}
