import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';
import { QuickExit } from './quick-exit';

/**
 * Every visitor page: quick exit top right (never covered), the page's title and language one tap away, one calm
 * column. `programme` gives the page that programme's colours; `embedded` drops the language switch (the host
 * page chose the language).
 */
export async function VisitorShell({
  path,
  exitUrl,
  title,
  programme,
  embedded = false,
  children,
}: {
  path: string;
  exitUrl: string;
  title?: string;
  programme?: string;
  embedded?: boolean;
  children: ReactNode;
}) {
  const [lang, t] = [await getLocale(), await getTranslations('common')];
  return (
    <div data-programme={programme} className="flex min-h-dvh flex-col">
      <QuickExit label={t('quickExit')} title={t('quickExitLabel')} exitUrl={exitUrl} />
      {/* Sticky and opaque, with room on the right for quick exit: scrolled text passes under the header, never
          under the button. */}
      <header
        className={`sticky top-0 z-40 flex min-h-15 flex-wrap items-center gap-x-3 pr-36 pl-4 ${programme ? 'bg-[var(--accent)] text-[var(--accent-fg)]' : 'bg-[var(--page-bg)] shadow-sm'}`}
      >
        {title && <h1 className="text-xl font-bold">{title}</h1>}
        {!embedded && <LanguageSwitch lang={lang} path={path} label={t('switchTo')} />}
      </header>
      <main className="mx-auto flex w-full max-w-2xl flex-1 flex-col px-4 pt-4 pb-6">{children}</main>
    </div>
  );
}
