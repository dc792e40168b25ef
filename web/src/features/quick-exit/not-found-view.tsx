'use client';

import { useParams, usePathname } from 'next/navigation';
import { VisitorShell } from '~/components/visitor-shell';
import { dictionaries, isLang, localPath } from '~/i18n';

/**
 * The not-found page gets no params of its own: the language comes from the route it was thrown in (`[lang]`), or
 * from the address (English lives under /en).
 */
export function NotFoundView({ exitUrl }: { exitUrl: string }) {
  const params = useParams<{ lang?: string }>();
  const pathname = usePathname() ?? '/';
  const lang = params?.lang && isLang(params.lang) ? params.lang : /^\/en(\/|$)/.test(pathname) ? 'en' : 'nl';
  const t = dictionaries[lang];
  const path = lang === 'en' ? pathname.replace(/^\/en/, '') || '/' : pathname;
  return (
    <VisitorShell lang={lang} path={path} exitUrl={exitUrl}>
      <section aria-labelledby="not-found-title" className="grid gap-4" data-testid="not-found">
        <h1 id="not-found-title" className="text-3xl font-bold">
          {t.notFound.title}
        </h1>
        <p className="text-lg">{t.notFound.text}</p>
        <a
          href={localPath(lang, '/')}
          className="inline-flex min-h-11 w-fit items-center rounded-xl border-2 border-neutral-800 bg-white px-5 font-semibold underline-offset-4 hover:underline"
        >
          {t.notFound.home}
        </a>
      </section>
    </VisitorShell>
  );
}
