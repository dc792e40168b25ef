'use client';

import type { ReportSummaryAnswer } from '@helpline/shared/http';
import { SimpleBarChart } from '~/components/charts/bar-chart';
import { ChartFigure } from '~/components/charts/chart-figure';
import { DataTable } from '~/components/charts/data-table';
import type { Text } from '~/i18n/text';
import { percentOf } from '../supervisor/format';

const rateOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Stop it Now's referral funnel: planned -> called -> intends treatment, each step as a share of the one before. */
export function FunnelFigure({ s, t, r }: { s: ReportSummaryAnswer; t: Text<'reports.summary'>; r: Text<'reports'> }) {
  const f = s.referrals;
  const steps = [
    { label: t('funnelSteps.planned'), value: f.planned, previous: s.previous.referrals.planned, rate: null },
    {
      label: t('funnelSteps.called'),
      value: f.called,
      previous: s.previous.referrals.called,
      rate: rateOf(f.called, f.planned),
    },
    {
      label: t('funnelSteps.intendsTreatment'),
      value: f.intendsTreatment,
      previous: s.previous.referrals.intendsTreatment,
      rate: rateOf(f.intendsTreatment, f.called),
    },
  ];
  const others = [
    { label: t('noShow'), value: f.noShow },
    { label: t('cancelled'), value: f.cancelled },
    { label: t('otherClinic'), value: f.otherClinicDetails },
  ];
  return (
    <ChartFigure
      title={t('funnel')}
      summary={t('funnelSummary', { planned: f.planned, called: f.called, intends: f.intendsTreatment })}
      tableLabel={r('table')}
      testId="chart-funnel"
      table={
        <DataTable
          caption={t('funnel')}
          rows={[...steps, ...others.map((o) => ({ ...o, previous: undefined, rate: null }))]}
          rowKey={(row) => row.label}
          columns={[
            { key: 'label', header: '', cell: (row) => row.label },
            { key: 'value', header: r('current'), numeric: true, cell: (row) => row.value },
            {
              key: 'rate',
              header: r('share'),
              numeric: true,
              cell: (row) => (row.rate === null ? '' : percentOf(row.rate, r('locale'))),
            },
            { key: 'previous', header: r('previous'), numeric: true, cell: (row) => row.previous ?? '' },
          ]}
        />
      }
    >
      <SimpleBarChart data={steps} name={r('current')} previousName={r('previous')} horizontal />
      <ol className="mt-1 flex flex-wrap gap-x-4 text-sm text-neutral-800">
        {steps.slice(1).map((step) => (
          <li key={step.label}>
            {step.label}: {t('ofPrevious', { rate: percentOf(step.rate, r('locale')) })}
          </li>
        ))}
      </ol>
    </ChartFigure>
  );
}
