'use client';

import { ReportSummaryAnswer } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { Button } from '~/components/button';
import { DataTable } from '~/components/charts/data-table';
import { getPathname } from '~/i18n/navigation';
import { apiGet } from '~/lib/api-get';
import { dateTimeOf, numberOf, percentOf } from '../supervisor/format';
import { formatSeconds } from './format-seconds';
import { mailboxRows, urgentRows, urgentWaitRows } from './mailbox-urgency-rows';
import { apiQuery, type PeriodChoice, pageQuery } from './period';
import { missedOf } from './summary-tiles';
import { dimensionsFor } from './tag-dimensions';

type Row = { label: string; now: string; before: string };

/** The yearly figures as a document for the board: every number in tables, this period beside the previous one. */
export function PrintReport({ lang, choice }: { lang: Locale; choice: PeriodChoice }) {
  const t = useTranslations('reports.summary');
  const r = useTranslations('reports');
  const names = useTranslations('supervisor.programmes');
  const { data, error } = useQuery(apiGet(ReportSummaryAnswer, `/api/reports/summary?${apiQuery(choice)}`));
  const fmt = (d: string) =>
    new Intl.DateTimeFormat(r('locale'), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(d));
  const title = t('printHeading', {
    programme: choice.programme ? names(choice.programme) : r('period.all'),
    range: r('period.range', { from: fmt(choice.from), until: fmt(choice.until) }),
  });
  const n = (v: number) => numberOf(v, r('locale'));
  const pct = (v: number | null) => percentOf(v, r('locale'));
  const table = (caption: string, rows: Row[]) => (
    <div className="break-inside-avoid">
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(row) => row.label}
        columns={[
          { key: 'label', header: '', cell: (row) => row.label },
          { key: 'now', header: r('current'), numeric: true, cell: (row) => row.now },
          { key: 'before', header: r('previous'), numeric: true, cell: (row) => row.before },
        ]}
      />
    </div>
  );
  return (
    <article className="mx-auto grid max-w-4xl gap-5 bg-white p-6 print:max-w-none print:p-0">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="flex flex-wrap gap-3 print:hidden">
        <Button look="primary" onClick={() => window.print()}>
          {t('printNow')}
        </Button>
        <Link
          href={`${getPathname({ locale: lang, href: '/supervisor/reports' })}?${pageQuery(choice)}`}
          className="inline-flex min-h-11 items-center underline underline-offset-4"
        >
          {t('back')}
        </Link>
      </p>
      {error && <p role="alert">{r('failed')}</p>}
      {data && (
        <div className="grid gap-5 md:grid-cols-2 print:grid-cols-2" data-testid="print-report">
          {table(t('contacts'), [
            { label: t('contacts'), now: n(data.contacts.total), before: n(data.previous.contacts.total) },
            ...(['chat', 'mailbox', 'phone', 'email'] as const).map((c) => ({
              label: t(`channels.${c}`),
              now: n(data.contacts.byChannel[c]),
              before: n(data.previous.contacts.byChannel[c]),
            })),
            { label: t('uniqueVisitors'), now: n(data.uniqueVisitors), before: n(data.previous.uniqueVisitors) },
            { label: t('repeatRate'), now: pct(data.repeatContactRate), before: pct(data.previous.repeatContactRate) },
          ])}
          {table(t('chats'), [
            { label: t('requested'), now: n(data.chats.requested), before: n(data.previous.chats.requested) },
            { label: t('answered'), now: n(data.chats.answered), before: n(data.previous.chats.answered) },
            { label: t('missed'), now: n(missedOf(data.chats)), before: n(missedOf(data.previous.chats)) },
            ...(['outside-hours', 'abandoned', 'timed-out'] as const).map((k) => ({
              label: `– ${r(`kinds.${k}`)}`,
              now: n(data.chats.missed[k]),
              before: n(data.previous.chats.missed[k]),
            })),
            {
              label: t('waits'),
              now: formatSeconds(data.waits.medianSeconds),
              before: formatSeconds(data.previous.waits.medianSeconds),
            },
            {
              label: t('p90'),
              now: formatSeconds(data.waits.p90Seconds),
              before: formatSeconds(data.previous.waits.p90Seconds),
            },
            {
              label: t('serviceLevel'),
              now: pct(data.serviceLevel.within5MinutesRate),
              before: pct(data.previous.serviceLevel.within5MinutesRate),
            },
          ])}
          {table(t('mailbox.heading'), mailboxRows(data, t, r('locale')))}
          {table(t('urgency.heading'), [
            ...urgentRows(data, choice.programme, t, r('locale')),
            ...urgentWaitRows(data, t),
          ])}
          {choice.programme !== 'helpwanted' &&
            table(t('funnel'), [
              ...(['planned', 'called', 'intendsTreatment'] as const).map((k) => ({
                label: t(`funnelSteps.${k}`),
                now: n(data.referrals[k]),
                before: n(data.previous.referrals[k]),
              })),
              { label: t('noShow'), now: n(data.referrals.noShow), before: n(data.previous.referrals.noShow) },
              { label: t('cancelled'), now: n(data.referrals.cancelled), before: n(data.previous.referrals.cancelled) },
              {
                label: t('otherClinic'),
                now: n(data.referrals.otherClinicDetails),
                before: n(data.previous.referrals.otherClinicDetails),
              },
            ])}
          {table(t('survey'), [
            { label: t('responses'), now: n(data.survey.responses), before: n(data.previous.survey.responses) },
            ...(['satisfiedRate', 'feltBetterRate', 'wouldRecommendRate'] as const).map((k) => ({
              label: t(`surveyRates.${k}`),
              now: pct(data.survey[k]),
              before: pct(data.previous.survey[k]),
            })),
          ])}
          {dimensionsFor(choice.programme).map((d) =>
            table(
              d.label[lang],
              d.values.map(([id, label]) => ({
                label: label[lang],
                now: n(data.tags[d.id]?.[id] ?? 0),
                before: n(data.previous.tags[d.id]?.[id] ?? 0),
              })),
            ),
          )}
          <p className="text-sm text-neutral-700 md:col-span-2 print:col-span-2">
            {dateTimeOf(new Date(), r('locale'))}
          </p>
        </div>
      )}
    </article>
  );
}
