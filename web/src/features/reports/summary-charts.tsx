'use client';

import type { ProgrammeId } from '@helpline/shared';
import type { ReportSummaryAnswer } from '@helpline/shared/http';
import { type BarDatum, SimpleBarChart } from '~/components/charts/bar-chart';
import { ChartFigure } from '~/components/charts/chart-figure';
import { DataTable } from '~/components/charts/data-table';
import type { Text } from '~/i18n/text';
import { percentOf } from '../supervisor/format';
import { FunnelFigure } from './funnel-figure';
import { missedOf } from './summary-tiles';

type Props = { s: ReportSummaryAnswer; programme: ProgrammeId | null; t: Text<'reports.summary'>; r: Text<'reports'> };

/** One chart with its table of this period against the previous one. */
export function Comparison({
  title,
  summary,
  rows,
  r,
  testId,
}: {
  title: string;
  summary: string;
  rows: BarDatum[];
  r: Text<'reports'>;
  testId: string;
}) {
  return (
    <ChartFigure
      title={title}
      summary={summary}
      tableLabel={r('table')}
      testId={testId}
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.label}
          columns={[
            { key: 'label', header: '', cell: (row) => row.label },
            { key: 'value', header: r('current'), numeric: true, cell: (row) => row.value },
            { key: 'previous', header: r('previous'), numeric: true, cell: (row) => row.previous ?? '–' },
          ]}
        />
      }
    >
      <SimpleBarChart data={rows} name={r('current')} previousName={r('previous')} />
    </ChartFigure>
  );
}

/** Channels (the mailbox among them), chat flow, sextortion kinds, the referral funnel and the survey. */
export function SummaryCharts({ s, programme, t, r }: Props) {
  const p = s.previous;
  const channels = (['chat', 'mailbox', 'phone', 'email'] as const).map((c) => ({
    label: t(`channels.${c}`),
    value: s.contacts.byChannel[c],
    previous: p.contacts.byChannel[c],
  }));
  const flow = [
    { label: t('requested'), value: s.chats.requested, previous: p.chats.requested },
    { label: t('answered'), value: s.chats.answered, previous: p.chats.answered },
    ...(['outside-hours', 'abandoned', 'timed-out'] as const).map((k) => ({
      label: r(`kinds.${k}`),
      value: s.chats.missed[k],
      previous: p.chats.missed[k],
    })),
  ];
  const sx = (tags: ReportSummaryAnswer['tags']) => {
    const v = tags.sextortionType ?? {};
    return { financial: v.financial ?? 0, other: (v.sexual ?? 0) + (v.other ?? 0), unknown: v.unknown ?? 0 };
  };
  const [now, before] = [sx(s.tags), sx(p.tags)];
  const sextortion = (['financial', 'other', 'unknown'] as const).map((k) => ({
    label: t(`sextortionKinds.${k}`),
    value: now[k],
    previous: before[k],
  }));
  const survey = (['satisfiedRate', 'feltBetterRate', 'wouldRecommendRate'] as const).map((k) => ({
    label: t(`surveyRates.${k}`),
    value: Math.round((s.survey[k] ?? 0) * 100),
    previous: Math.round((p.survey[k] ?? 0) * 100),
    text: percentOf(s.survey[k], r('locale')),
  }));
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <Comparison
        title={t('byChannel')}
        summary={t('byChannelSummary', {
          chat: s.contacts.byChannel.chat,
          mailbox: s.contacts.byChannel.mailbox,
          phone: s.contacts.byChannel.phone,
          email: s.contacts.byChannel.email,
        })}
        rows={channels}
        r={r}
        testId="chart-channels"
      />
      <Comparison
        title={t('chatFlow')}
        summary={t('chatFlowSummary', {
          requested: s.chats.requested,
          answered: s.chats.answered,
          missed: missedOf(s.chats),
        })}
        rows={flow}
        r={r}
        testId="chart-chats"
      />
      {programme !== 'stopitnow' && (
        <Comparison
          title={t('sextortion')}
          summary={t('sextortionSummary', { financial: now.financial, other: now.other })}
          rows={sextortion}
          r={r}
          testId="chart-sextortion"
        />
      )}
      {programme !== 'helpwanted' && <FunnelFigure s={s} t={t} r={r} />}
      <Comparison
        title={t('survey')}
        summary={`${t('surveySummary', { responses: s.survey.responses })} ${survey.map((x) => `${x.label}: ${x.text}`).join(', ')}.`}
        rows={survey}
        r={r}
        testId="chart-survey"
      />
    </div>
  );
}
