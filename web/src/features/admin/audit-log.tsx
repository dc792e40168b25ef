'use client';

import { AUDIT_PAGE_SIZE, AuditEntry } from '@helpline/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { Button } from '~/components/button';
import { DataTable } from '~/components/charts/data-table';
import { Field, SelectField } from '~/components/field';
import { getPathname } from '~/i18n/navigation';
import { addDays } from '../reports/period';
import { dateTimeOf } from '../supervisor/format';
import { staffQuery } from './admin-queries';

export type AuditFilter = { staffId: string; action: string; from: string; until: string; page: number };
type Page = { entries: AuditEntry[]; total: number };

const Entries = z.array(AuditEntry);
/** One page of entries, and the total the server counts (header `X-Total-Count`). */
const auditPage = async (path: string): Promise<Page> => {
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(String(res.status));
  const entries = Entries.parse(await res.json());
  return { entries, total: Number(res.headers.get('X-Total-Count') ?? entries.length) };
};
const query = (f: AuditFilter, api: boolean) => {
  const q = new URLSearchParams({
    from: f.from,
    [api ? 'to' : 'until']: api ? addDays(f.until, 1) : f.until,
    page: String(f.page),
  });
  if (f.staffId) q.set('staffId', f.staffId);
  if (f.action) q.set('action', f.action);
  return q.toString();
};

/** The audit log with filters (who, what, period) in the address, and paging by the total the server counts. */
export function AuditLog({ lang, filter }: { lang: Locale; filter: AuditFilter }) {
  const t = useTranslations('admin.manage');
  const a = useTranslations('admin');
  const staff = useQuery(staffQuery);
  const path = `/api/audit?${query(filter, true)}`;
  // The last page stays on screen while the next one loads.
  const { data: page, isError: failed } = useQuery({
    queryKey: [path],
    queryFn: () => auditPage(path),
    placeholderData: keepPreviousData,
  });
  const pages = Math.max(1, Math.ceil((page?.total ?? 0) / AUDIT_PAGE_SIZE));
  const href = (n: number) =>
    `${getPathname({ locale: lang, href: '/supervisor/admin/audit' })}?${query({ ...filter, page: n }, false)}`;
  const link = 'inline-flex min-h-11 items-center rounded border border-neutral-500 px-3';
  return (
    <div className="grid gap-3">
      <form
        method="get"
        action={getPathname({ locale: lang, href: '/supervisor/admin/audit' })}
        className="flex flex-wrap items-end gap-3 rounded-xl border border-neutral-300 bg-white p-3"
      >
        <SelectField id="staffId" label={t('audit.who')} compact defaultValue={filter.staffId}>
          <option value="">{t('audit.everyone')}</option>
          {staff.data?.map((s) => (
            <option key={s.id} value={s.id}>{`${s.alias} (${s.username})`}</option>
          ))}
        </SelectField>
        <Field id="action" label={t('audit.what')} compact defaultValue={filter.action} />
        <Field id="from" label={t('audit.from')} type="date" compact defaultValue={filter.from} />
        <Field id="until" label={t('audit.until')} type="date" compact defaultValue={filter.until} />
        <Button type="submit" look="primary">
          {t('audit.filter')}
        </Button>
      </form>
      {failed && <p role="alert">{a('failed')}</p>}
      {page && page.entries.length === 0 && <p>{t('audit.empty')}</p>}
      {page && page.entries.length > 0 && (
        <div className="rounded-xl border border-neutral-300 bg-white p-3" data-testid="audit-table">
          <DataTable
            caption={`${t('audit.heading')}: ${t('audit.total', { n: page.total })}, ${t('audit.page', { page: filter.page, pages })}`}
            rows={page.entries}
            rowKey={(e) => e.id}
            columns={[
              { key: 'at', header: t('audit.at'), cell: (e) => dateTimeOf(e.at, a('locale')) },
              { key: 'who', header: t('audit.who'), cell: (e) => e.actorUsername ?? t('audit.system') },
              { key: 'action', header: t('audit.action'), cell: (e) => <code>{e.action}</code> },
              {
                key: 'target',
                header: t('audit.target'),
                cell: (e) => (e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '–'),
              },
              {
                key: 'details',
                header: t('audit.details'),
                cell: (e) => (e.details ? <code className="break-all text-xs">{JSON.stringify(e.details)}</code> : ''),
              },
            ]}
          />
        </div>
      )}
      <nav aria-label={t('audit.pagination')} className="flex items-center gap-3">
        {filter.page > 1 && (
          <Link href={href(filter.page - 1)} className={link}>
            {t('audit.previous')}
          </Link>
        )}
        <span>{t('audit.page', { page: filter.page, pages })}</span>
        {filter.page < pages && (
          <Link href={href(filter.page + 1)} className={link}>
            {t('audit.next')}
          </Link>
        )}
      </nav>
    </div>
  );
}
