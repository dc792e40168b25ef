import { notFound } from 'next/navigation';
import { periodFromSearch } from '~/features/reports/period';
import { PrintReport } from '~/features/reports/print-report';
import { isLang } from '~/i18n';

export default async function PrintReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <PrintReport lang={lang} choice={periodFromSearch(await searchParams, 'thisYear', new Date())} />;
}
