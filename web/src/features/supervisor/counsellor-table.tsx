import type { SupervisorOverview } from '@helpline/shared/http';
import { DataTable } from '~/components/charts/data-table';
import type { Text } from '~/i18n/text';

/** Per staff member: presence, and for counsellors active chats against capacity. */
export function CounsellorTable({ rows, t }: { rows: SupervisorOverview['counsellors']; t: Text<'supervisor'> }) {
  const order = { available: 0, away: 1, offline: 2 } as const;
  const sorted = [...rows].sort((a, b) => order[a.status] - order[b.status] || a.alias.localeCompare(b.alias));
  return (
    <section aria-labelledby="staff-heading" className="min-w-0 rounded-xl border border-neutral-300 bg-white p-3">
      <h2 id="staff-heading" className="text-lg font-bold">
        {t('live.staffHeading')}
      </h2>
      {sorted.length === 0 ? (
        <p className="mt-2 text-neutral-700">{t('live.staffEmpty')}</p>
      ) : (
        <DataTable
          caption={t('live.staffHeading')}
          captionHidden
          rows={sorted}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'alias',
              header: t('live.alias'),
              cell: (r) => (r.role === 'supervisor' ? `${r.alias} (${t('live.supervisorRole')})` : r.alias),
            },
            {
              key: 'status',
              header: t('live.status'),
              cell: (r) => (
                <span className="inline-flex items-center gap-1">
                  <span
                    aria-hidden="true"
                    className={`inline-block h-2.5 w-2.5 rounded-full ${r.status === 'available' ? 'bg-emerald-600' : r.status === 'away' ? 'bg-amber-500' : 'bg-neutral-400'}`}
                  />
                  {t(`live.statuses.${r.status}`)}
                </span>
              ),
            },
            {
              key: 'load',
              header: t('live.load'),
              numeric: true,
              // Supervisors are listed for their presence; they take no chats by capacity.
              cell: (r) => (r.role === 'supervisor' ? t('live.noChats') : `${r.activeChats} / ${r.capacity}`),
            },
          ]}
        />
      )}
    </section>
  );
}
