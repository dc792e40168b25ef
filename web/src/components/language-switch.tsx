import Link from 'next/link';
import { type Lang, switchPath } from '../i18n';

export function LanguageSwitch({ lang, path, label }: { lang: Lang; path: string; label: string }) {
  return (
    <Link
      href={switchPath(lang, path)}
      hrefLang={lang === 'nl' ? 'en' : 'nl'}
      lang={lang === 'nl' ? 'en' : 'nl'}
      className="inline-flex min-h-11 items-center rounded px-2 underline underline-offset-4"
    >
      {label}
    </Link>
  );
}
