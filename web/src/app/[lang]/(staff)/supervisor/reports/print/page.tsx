import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { periodFromSearch } from '~/features/reports/period';
import { PrintReport } from '~/features/reports/print-report';
import { routing } from '~/i18n/routing';

export default async function PrintReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  return <PrintReport lang={lang} choice={periodFromSearch(await searchParams, 'thisYear', new Date())} />;
}
