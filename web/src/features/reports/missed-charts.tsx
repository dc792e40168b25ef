'use client';

import { MissedKind } from '@helpline/shared';
import type { MissedReport } from '@helpline/shared/http';
import { useLocale } from 'next-intl';
import { SimpleBarChart } from '~/components/charts/bar-chart';
import { ChartFigure } from '~/components/charts/chart-figure';
import { DataTable } from '~/components/charts/data-table';
import { HeatMapTable } from '~/components/charts/heat-map';
import { SimpleLineChart } from '~/components/charts/line-chart';
import type { Text } from '~/i18n/text';
import { weekdayNames } from '~/lib/weekdays';

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** Missed contacts by kind, by hour of the day, and by weekday and hour. */
export function MissedCharts({ report, t }: { report: MissedReport; t: Text<'reports'> }) {
  const locale = useLocale();
  const kinds = MissedKind.options.map((kind) => ({ label: t(`kinds.${kind}`), value: report.byKind[kind] }));
  const topKind = [...kinds].sort((a, b) => b.value - a.value)[0];
  const hours = report.byHour.map((n, h) => ({ label: hourLabel(h), value: n }));
  const peak = hours.reduce((best, h) => (h.value > best.value ? h : best), { label: '–', value: 0 });
  const countColumn = { key: 'value', header: t('count'), numeric: true, cell: (r: { value: number }) => r.value };
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <ChartFigure
        title={t('missed.byKind')}
        summary={t('missed.byKindSummary', {
          total: report.total,
          top: topKind && topKind.value > 0 ? topKind.label : '–',
        })}
        tableLabel={t('table')}
        testId="chart-missed-kind"
        table={
          <DataTable
            caption={t('missed.byKind')}
            rows={kinds}
            rowKey={(r) => r.label}
            columns={[{ key: 'label', header: t('missed.kind'), cell: (r) => r.label }, countColumn]}
          />
        }
      >
        <SimpleBarChart data={kinds} name={t('count')} />
      </ChartFigure>
      <ChartFigure
        title={t('missed.byHour')}
        summary={t('missed.byHourSummary', { hour: peak.label, n: peak.value })}
        tableLabel={t('table')}
        testId="chart-missed-hour"
        table={
          <DataTable
            caption={t('missed.byHour')}
            rows={hours}
            rowKey={(r) => r.label}
            columns={[{ key: 'label', header: t('missed.hour'), cell: (r) => r.label }, countColumn]}
          />
        }
      >
        <SimpleLineChart data={hours} series={[{ key: 'value', name: t('count') }]} />
      </ChartFigure>
      <figure
        className="rounded-lg border border-neutral-300 bg-white p-3 lg:col-span-2"
        data-testid="chart-missed-heatmap"
      >
        <figcaption>
          <h3 className="font-semibold">{t('missed.heatMap')}</h3>
          <p className="text-sm text-neutral-700">{t('missed.heatMapSummary')}</p>
        </figcaption>
        <div className="mt-2">
          <HeatMapTable
            caption={t('missed.heatMap')}
            cornerLabel={t('missed.hour')}
            rowLabels={weekdayNames(locale, 'short')}
            columnLabels={Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))}
            values={report.byWeekdayHour}
          />
        </div>
      </figure>
    </div>
  );
}
