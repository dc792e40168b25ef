import { notFound } from 'next/navigation';
import { periodFromSearch } from '~/features/reports/period';
import { PeriodForm } from '~/features/reports/period-form';
import { summaryText } from '~/features/reports/summary.i18n';
import { SummaryView } from '~/features/reports/summary-view';
import { isLang } from '~/i18n';

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const choice = periodFromSearch(await searchParams, 'thisYear', new Date());
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{summaryText(lang).heading}</h1>
      <PeriodForm lang={lang} path="/supervisor/reports" choice={choice} />
      <SummaryView lang={lang} choice={choice} />
    </div>
  );
}
