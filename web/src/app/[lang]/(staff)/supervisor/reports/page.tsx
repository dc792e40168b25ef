import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { periodFromSearch } from '~/features/reports/period';
import { PeriodForm } from '~/features/reports/period-form';
import { SummaryView } from '~/features/reports/summary-view';
import { routing } from '~/i18n/routing';

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const choice = periodFromSearch(await searchParams, 'thisYear', new Date());
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">
        {(await getTranslations({ locale: lang, namespace: 'reports.summary' }))('heading')}
      </h1>
      <PeriodForm lang={lang} path="/supervisor/reports" choice={choice} />
      <SummaryView lang={lang} choice={choice} />
    </div>
  );
}
