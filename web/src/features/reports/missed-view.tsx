'use client';

import { MissedReport } from '@helpline/shared/http';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { DataTable } from '~/components/charts/data-table';
import { StatTile } from '~/components/charts/stat-tile';
import { apiGet } from '~/lib/api-get';
import { dateTimeOf, percentOf } from '../supervisor/format';
import { formatSeconds } from './format-seconds';
import { MissedCharts } from './missed-charts';
import { apiQuery, type PeriodChoice } from './period';

/** Missed contacts of a period: the numbers, the charts, a suggestion of hours, and the latest ones as a list. */
export function MissedView({ choice }: { choice: PeriodChoice }) {
  const t = useTranslations('reports');
  const names = useTranslations('supervisor.programmes');
  const live = useTranslations('supervisor.live');
  const { data, error, isFetching } = useQuery({
    ...apiGet(MissedReport, `/api/supervisor/missed?${apiQuery(choice)}`),
    placeholderData: keepPreviousData,
  });
  if (error) return <p role="alert">{t('failed')}</p>;
  if (!data) return <p aria-live="polite">{isFetching ? t('loading') : ''}</p>;
  const sl = data.serviceLevel;
  const hours = data.openLonger.hours.map((h) => `${String(h.hour).padStart(2, '0')}:00`).join(', ');
  return (
    <div className="grid gap-4" data-testid="missed-report">
      <dl className="grid grid-cols-2 gap-2 md:grid-cols-3 xl:grid-cols-6">
        <StatTile
          label={t('missed.total')}
          value={data.total}
          tone={data.total > 0 ? 'warn' : 'plain'}
          detail={live('missedSplit', {
            outside: data.byKind['outside-hours'],
            abandoned: data.byKind.abandoned,
            timedOut: data.byKind['timed-out'],
          })}
          testId="missed-total"
        />
        <StatTile
          label={t('missed.serviceLevel1')}
          value={percentOf(sl.within1MinuteRate, t('locale'))}
          detail={t('missed.offered', { n: sl.offered })}
        />
        <StatTile
          label={t('missed.serviceLevel5')}
          value={percentOf(sl.within5MinutesRate, t('locale'))}
          detail={t('missed.offered', { n: sl.offered })}
        />
        <StatTile
          label={t('missed.mailboxInstead')}
          value={data.mailboxInstead ?? '–'}
          detail={t('missed.mailboxInsteadDetail', { outside: data.byKind['outside-hours'] })}
          testId="missed-mailbox-instead"
        />
        <StatTile label={t('missed.median')} value={formatSeconds(data.waits.medianSeconds)} />
        <StatTile label={t('missed.p90')} value={formatSeconds(data.waits.p90Seconds)} />
      </dl>
      <section aria-labelledby="suggestion-heading" className="rounded-xl border border-blue-800 bg-blue-50 p-3">
        <h2 id="suggestion-heading" className="font-bold">
          {t('missed.suggestion')}
        </h2>
        <p data-testid="open-longer">
          {data.openLonger.hours.length > 0
            ? t('missed.suggestionText', {
                hours,
                caught: data.openLonger.caught,
                rate: percentOf(data.openLonger.caughtRate, t('locale')),
              })
            : t('missed.noSuggestion')}
        </p>
      </section>
      <MissedCharts report={data} t={t} />
      <section aria-labelledby="missed-list-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
        <h2 id="missed-list-heading" className="text-lg font-bold">
          {t('missed.list')}
        </h2>
        {data.items.length === 0 ? (
          <p>{t('missed.none')}</p>
        ) : (
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline underline-offset-4">
              {t('missed.listLimit', { shown: data.items.length, total: data.total })}
            </summary>
            <DataTable
              caption={t('missed.list')}
              captionHidden
              rows={data.items}
              rowKey={(r) => r.id}
              columns={[
                { key: 'at', header: t('missed.at'), cell: (r) => dateTimeOf(r.at, t('locale')) },
                { key: 'programme', header: t('period.programme'), cell: (r) => names(r.programme) },
                { key: 'kind', header: t('missed.kind'), cell: (r) => t(`kinds.${r.kind}`) },
                {
                  key: 'waited',
                  header: t('missed.waited'),
                  numeric: true,
                  cell: (r) => formatSeconds(r.waitedSeconds),
                },
              ]}
            />
          </details>
        )}
      </section>
    </div>
  );
}
