import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { AuditLog } from '~/features/admin/audit-log';
import { periodFromSearch } from '~/features/reports/period';
import { routing } from '~/i18n/routing';

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 64) : '');
const UUID = /^[0-9a-f-]{36}$/i;

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { lang } = await params;
  if (!hasLocale(routing.locales, lang)) notFound();
  const search = await searchParams;
  const { from, until } = periodFromSearch(search, 'last30', new Date());
  const page = Math.max(1, Math.min(100_000, Number.parseInt(text(search.page), 10) || 1));
  const staffId = UUID.test(text(search.staffId)) ? text(search.staffId) : '';
  const t = await getTranslations('admin.manage');
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t('audit.heading')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditLog lang={lang} filter={{ staffId, action: text(search.action).trim(), from, until, page }} />
    </div>
  );
}
