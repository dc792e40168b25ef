'use client';

import type { ReactNode } from 'react';
import { dictionaries, type Lang } from '../i18n';
import { useExitUrl } from '../lib/use-site-config';
import { LanguageSwitch } from './language-switch';
import { QuickExit } from './quick-exit';

/** Every visitor page: quick exit top right, language one tap away, one calm column. */
export function VisitorShell({ lang, path, children }: { lang: Lang; path: string; children: ReactNode }) {
  const t = dictionaries[lang];
  const exitUrl = useExitUrl();
  return (
    <>
      <QuickExit label={t.quickExit} title={t.quickExitLabel} exitUrl={exitUrl} />
      <header className="mx-auto flex max-w-2xl items-center px-4 pt-3 pr-36">
        <LanguageSwitch lang={lang} path={path} label={t.switchTo} />
      </header>
      <main className="mx-auto max-w-2xl px-4 pt-4 pb-16">{children}</main>
    </>
  );
}
