'use client';

import type { ProgrammeId } from '@helpline/shared';
import type { ReportSummaryAnswer } from '@helpline/shared/http';
import { DataTable } from '~/components/charts/data-table';
import { StatTile } from '~/components/charts/stat-tile';
import type { Text } from '~/i18n/text';
import { mailboxRows, urgentRows, urgentWaitRows } from './mailbox-urgency-rows';
import { Comparison } from './summary-charts';

type Props = { s: ReportSummaryAnswer; programme: ProgrammeId | null; t: Text<'reports.summary'>; r: Text<'reports'> };

/**
 * The anonymous mailbox of the period (received, answered, hours to the first answer, late), and the urgent chats: how
 * many per urgency, and how long they waited beside the others.
 */
export function MailboxUrgencyFigures({ s, programme, t, r }: Props) {
  const locale = r('locale');
  const urgent = urgentRows(s, programme, t, locale);
  const waits = urgentWaitRows(s, t);
  const total = urgent.reduce((sum, u) => sum + u.value, 0);
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <section aria-labelledby="mailbox-figures" className="rounded-lg border border-neutral-300 bg-white p-3">
        <h3 id="mailbox-figures" className="font-semibold">
          {t('mailbox.heading')}
        </h3>
        <p className="text-sm text-neutral-700">{t('mailbox.intro')}</p>
        <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="mailbox-figures">
          {mailboxRows(s, t, locale).map((row) => (
            <StatTile
              key={row.id}
              label={row.label}
              value={row.now}
              tone={row.id === 'overdue' && s.mailbox.overdue > 0 ? 'warn' : 'plain'}
              detail={t('previousShort', { value: row.before })}
              testId={`sum-mailbox-${row.id}`}
            />
          ))}
        </dl>
      </section>
      <div className="grid content-start gap-3">
        <Comparison
          title={t('urgency.heading')}
          summary={t('urgency.summary', {
            total,
            values: urgent.map((u) => `${u.label}: ${u.now}`).join(', '),
          })}
          rows={urgent}
          r={r}
          testId="chart-urgent"
        />
        <div className="rounded-lg border border-neutral-300 bg-white p-3" data-testid="urgent-waits">
          <DataTable
            caption={t('urgency.waitsHeading')}
            rows={waits}
            rowKey={(row) => row.id}
            columns={[
              { key: 'label', header: '', cell: (row) => row.label },
              { key: 'now', header: r('current'), numeric: true, cell: (row) => row.now },
              { key: 'before', header: r('previous'), numeric: true, cell: (row) => row.before },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
