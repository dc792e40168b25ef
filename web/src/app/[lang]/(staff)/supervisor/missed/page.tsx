import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { MissedView } from '~/features/reports/missed-view';
import { periodFromSearch } from '~/features/reports/period';
import { PeriodForm } from '~/features/reports/period-form';
import { routing } from '~/i18n/routing';

export default async function MissedPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const choice = periodFromSearch(await searchParams, 'last30', new Date());
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">
        {(await getTranslations({ locale: lang, namespace: 'reports' }))('missed.heading')}
      </h1>
      <PeriodForm lang={lang} path="/supervisor/missed" choice={choice} />
      <MissedView choice={choice} />
    </div>
  );
}
