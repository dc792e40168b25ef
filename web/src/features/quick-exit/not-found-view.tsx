import { getLocale, getTranslations } from 'next-intl/server';
import { VisitorShell } from '~/components/visitor-shell';
import { getPathname } from '~/i18n/navigation';

/**
 * A mistyped address, in the language of the address (English under /en). The way home and the language switch
 * lead to a home page: the same address in the other language is just as unknown.
 */
export async function NotFoundView({ exitUrl }: { exitUrl: string }) {
  const [lang, t] = [await getLocale(), await getTranslations('common.notFound')];
  return (
    <VisitorShell path="/" exitUrl={exitUrl}>
      <section aria-labelledby="not-found-title" className="grid gap-4" data-testid="not-found">
        <h1 id="not-found-title" className="text-3xl font-bold">
          {t('title')}
        </h1>
        <p className="text-lg">{t('text')}</p>
        <a
          href={getPathname({ locale: lang, href: '/' })}
          className="inline-flex min-h-11 w-fit items-center rounded-xl border-2 border-neutral-800 bg-white px-5 font-semibold underline-offset-4 hover:underline"
        >
          {t('home')}
        </a>
      </section>
    </VisitorShell>
  );
}
