import { isUrgent, type ProgrammeId, urgencyOf, urgencyValues } from '@helpline/shared';
import { Siren } from 'lucide-react';
import { type Locale, useTranslations } from 'next-intl';
import { DataTable } from '~/components/charts/data-table';
import type { Text } from '~/i18n/text';
import { intakeWords } from '../queue/intake-summary';
import { durationOf } from './format';
import type { Waiting } from './use-live-overview';

type Row = Waiting[number] & { programme: ProgrammeId };

/** Where a row's urgency stands in its programme's order (TAXONOMY.md); not urgent last. */
const rankOf = (r: Row) => (isUrgent(r.urgency) ? urgencyOf(r.programme).indexOf(r.urgency) : Number.MAX_SAFE_INTEGER);

/** Everyone waiting as they are served: urgent chats first (most urgent first), then longest first, the wait ticking. */
export function QueueTable({ rows, now, lang, t }: { rows: Row[]; now: number; lang: Locale; t: Text<'supervisor'> }) {
  const queue = useTranslations('queue');
  const sorted = [...rows].sort((a, b) => rankOf(a) - rankOf(b) || a.queuedAt.localeCompare(b.queuedAt));
  return (
    <section aria-labelledby="queue-heading" className="min-w-0 rounded-xl border border-neutral-300 bg-white p-3">
      <h2 id="queue-heading" className="text-lg font-bold">
        {t('live.queueHeading')} ({sorted.length})
      </h2>
      {sorted.length === 0 ? (
        <p className="mt-2 text-neutral-700">{t('live.queueEmpty')}</p>
      ) : (
        <div data-testid="queue-table">
          <DataTable
            caption={t('live.queueHeading')}
            captionHidden
            rows={sorted}
            rowKey={(r) => r.conversationId}
            columns={[
              { key: 'programme', header: t('live.programme'), cell: (r) => t(`programmes.${r.programme}`) },
              {
                key: 'wait',
                header: t('live.waitingSince'),
                numeric: true,
                cell: (r) => durationOf(Math.max(0, (now - Date.parse(r.queuedAt)) / 1000), t),
              },
              {
                key: 'urgency',
                header: t('live.urgency'),
                // In words with an icon, not by colour alone.
                cell: (r) =>
                  isUrgent(r.urgency) ? (
                    <span className="inline-flex items-center gap-1 font-semibold text-red-900">
                      <Siren aria-hidden="true" className="h-4 w-4 shrink-0" />
                      {t('live.urgent')}: {urgencyValues[r.programme][r.urgency]?.[lang] ?? r.urgency}
                    </span>
                  ) : (
                    '–'
                  ),
              },
              {
                key: 'intake',
                header: t('live.intake'),
                // In words ("leeftijd 12-18 · over zichzelf"), as the workspace shows them, never the stored codes.
                cell: (r) => intakeWords(r.programme, r.intake, queue, lang).join(' · ') || '–',
              },
              {
                key: 'returning',
                header: t('live.returning'),
                cell: (r) => (r.returning ? t('live.yes') : t('live.no')),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
