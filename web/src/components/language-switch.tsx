import type { Locale } from 'next-intl';
import { getPathname } from '../i18n/navigation';

/** A plain link: a full page load in the other language, with no client router code on the visitor pages. */
export function LanguageSwitch({ lang, path, label }: { lang: Locale; path: string; label: string }) {
  return (
    <a
      href={getPathname({ locale: lang === 'nl' ? 'en' : 'nl', href: path })}
      hrefLang={lang === 'nl' ? 'en' : 'nl'}
      lang={lang === 'nl' ? 'en' : 'nl'}
      className="inline-flex min-h-11 items-center rounded px-2 underline underline-offset-4"
    >
      {label}
    </a>
  );
}
