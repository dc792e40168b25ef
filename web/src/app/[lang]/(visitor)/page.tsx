import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { VisitorShell } from '~/components/visitor-shell';
import { loadExitUrl, loadProgrammes } from '~/features/programmes/load-programmes';
import { ProgrammeCard } from '~/features/programmes/programme-card';
import { routing } from '~/i18n/routing';
import { pageNow } from '~/lib/page-now';

/** Both helplines, open or not, with phone numbers and self-help: rendered on the server, readable without scripts. */
export default async function LandingPage({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const t = await getTranslations('common');
  const [programmes, exitUrl] = await Promise.all([loadProgrammes(), loadExitUrl()]);
  const now = pageNow();
  return (
    <VisitorShell path="/" exitUrl={exitUrl}>
      <h1 className="text-3xl font-bold">{t('landing.title')}</h1>
      <p className="mt-3 text-lg">{t('landing.intro')}</p>
      <p className="mt-2 text-sm text-[var(--muted-fg)]" data-testid="exit-hint">
        {t('exitHint')}
      </p>
      <div className="mt-6 grid gap-4">
        {programmes === null && <p role="alert">{(await getTranslations('programmes'))('unreachable')}</p>}
        {programmes?.map((p) => (
          <ProgrammeCard key={p.id} programme={p} now={now} />
        ))}
      </div>
    </VisitorShell>
  );
}
