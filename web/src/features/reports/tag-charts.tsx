'use client';

import type { ProgrammeId } from '@helpline/shared';
import type { ReportSummaryAnswer } from '@helpline/shared/http';
import type { Locale } from 'next-intl';
import { SimpleBarChart } from '~/components/charts/bar-chart';
import { ChartFigure } from '~/components/charts/chart-figure';
import { DataTable } from '~/components/charts/data-table';
import type { Text } from '~/i18n/text';
import { dimensionsFor } from './tag-dimensions';

/** The distribution of every tag dimension of the programme, this period beside the previous one. */
export function TagCharts({
  s,
  programme,
  lang,
  t,
  r,
}: {
  s: ReportSummaryAnswer;
  programme: ProgrammeId | null;
  lang: Locale;
  t: Text<'reports.summary'>;
  r: Text<'reports'>;
}) {
  return (
    <section aria-labelledby="tags-heading" className="grid gap-3">
      <h2 id="tags-heading" className="text-xl font-bold">
        {t('tagsHeading')}
      </h2>
      <p className="text-neutral-700">{t('tagsIntro')}</p>
      <div className="grid gap-3 lg:grid-cols-2">
        {dimensionsFor(programme).map((d) => {
          const rows = d.values.map(([id, label]) => ({
            label: label[lang],
            value: s.tags[d.id]?.[id] ?? 0,
            previous: s.previous.tags[d.id]?.[id] ?? 0,
          }));
          const top = rows.reduce((best, row) => (row.value > best.value ? row : best), { label: '–', value: 0 });
          return (
            <ChartFigure
              key={d.id}
              title={d.label[lang]}
              summary={
                top.value > 0 ? t('tagSummary', { label: d.label[lang], top: top.label, n: top.value }) : t('noTags')
              }
              tableLabel={r('table')}
              testId={`tags-${d.id}`}
              table={
                <DataTable
                  caption={d.label[lang]}
                  rows={rows}
                  rowKey={(row) => row.label}
                  columns={[
                    { key: 'label', header: t('value'), cell: (row) => row.label },
                    { key: 'value', header: r('current'), numeric: true, cell: (row) => row.value },
                    { key: 'previous', header: r('previous'), numeric: true, cell: (row) => row.previous },
                  ]}
                />
              }
            >
              <SimpleBarChart data={rows} name={r('current')} previousName={r('previous')} horizontal />
            </ChartFigure>
          );
        })}
      </div>
    </section>
  );
}
