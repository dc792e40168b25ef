'use client';

import { ReportSummaryAnswer } from '@helpline/shared/http';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { getPathname } from '~/i18n/navigation';
import { apiGet } from '~/lib/api-get';
import { MailboxUrgencyFigures } from './mailbox-urgency-figures';
import { apiQuery, type PeriodChoice, pageQuery } from './period';
import { SummaryCharts } from './summary-charts';
import { SummaryTiles } from './summary-tiles';
import { TagCharts } from './tag-charts';

/** The yearly figures of a period and programme, with the previous period beside every number. */
export function SummaryView({ lang, choice }: { lang: Locale; choice: PeriodChoice }) {
  const t = useTranslations('reports.summary');
  const r = useTranslations('reports');
  const { data, error, isFetching } = useQuery({
    ...apiGet(ReportSummaryAnswer, `/api/reports/summary?${apiQuery(choice)}`),
    placeholderData: keepPreviousData,
  });
  const link = 'inline-flex min-h-11 items-center rounded-lg border border-blue-800 px-4 font-semibold text-blue-900';
  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <p className="flex flex-wrap gap-3">
          <a href={`/api/reports/export.csv?${apiQuery(choice)}`} download className={link} data-testid="csv-link">
            {t('csv')}
          </a>
          <a
            href={`/api/reports/export-referrals.csv?${apiQuery(choice)}`}
            download
            className={link}
            data-testid="csv-referrals-link"
          >
            {t('csvReferrals')}
          </a>
          <Link
            href={`${getPathname({ locale: lang, href: '/supervisor/reports/print' })}?${pageQuery(choice)}`}
            className={link}
          >
            {t('print')}
          </Link>
        </p>
        <p className="text-sm text-neutral-700">{t('csvHelp')}</p>
      </div>
      {error && <p role="alert">{r('failed')}</p>}
      {!data && !error && <p aria-live="polite">{isFetching ? r('loading') : ''}</p>}
      {data && (
        <>
          <SummaryTiles s={data} t={t} r={r} />
          <SummaryCharts s={data} programme={choice.programme} t={t} r={r} />
          <MailboxUrgencyFigures s={data} programme={choice.programme} t={t} r={r} />
          <TagCharts s={data} programme={choice.programme} lang={lang} t={t} r={r} />
        </>
      )}
    </div>
  );
}
