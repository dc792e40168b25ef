import { notFound } from 'next/navigation';
import { MissedView } from '~/features/reports/missed-view';
import { periodFromSearch } from '~/features/reports/period';
import { PeriodForm } from '~/features/reports/period-form';
import { reportsText } from '~/features/reports/reports.i18n';
import { isLang } from '~/i18n';

export default async function MissedPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const choice = periodFromSearch(await searchParams, 'last30', new Date());
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-bold">{reportsText(lang).missed.heading}</h1>
      <PeriodForm lang={lang} path="/supervisor/missed" choice={choice} />
      <MissedView lang={lang} choice={choice} />
    </div>
  );
}
