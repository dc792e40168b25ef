'use client';

import { ConversationListItem } from '@helpline/shared/http';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { Locale } from 'next-intl';
import { z } from 'zod';
import { DataTable } from '~/components/charts/data-table';
import { getPathname } from '~/i18n/navigation';
import type { Text } from '~/i18n/text';
import { apiGet } from '~/lib/api-get';
import { clockOf } from './format';

const ActiveList = z.array(ConversationListItem);

/** The chats going on now, each with a link to monitor it silently; `version` changes when the counts change. */
export function ActiveChats({ lang, t, version }: { lang: Locale; t: Text<'supervisor'>; version: string }) {
  const active = apiGet(ActiveList, '/api/conversations?status=active');
  // A new `version` means the chats changed: read them again, showing the last list meanwhile.
  const { data, error } = useQuery({
    ...active,
    queryKey: [...active.queryKey, version],
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="chats-heading" className="min-w-0 rounded-xl border border-neutral-300 bg-white p-3">
      <h2 id="chats-heading" className="text-lg font-bold">
        {t('live.chatsHeading')}
      </h2>
      {error && <p className="mt-2 text-neutral-700">{t('live.chatsUnavailable')}</p>}
      {data && data.length === 0 && <p className="mt-2 text-neutral-700">{t('live.chatsEmpty')}</p>}
      {data && data.length > 0 && (
        <DataTable
          caption={t('live.chatsHeading')}
          captionHidden
          rows={data}
          rowKey={(r) => r.id}
          columns={[
            { key: 'programme', header: t('live.programme'), cell: (r) => t(`programmes.${r.programme}`) },
            { key: 'counsellor', header: t('live.counsellor'), cell: (r) => r.counsellorAlias ?? '–' },
            {
              key: 'started',
              header: t('live.startedAt'),
              cell: (r) => clockOf(r.startedAt ?? r.queuedAt, t('locale')),
            },
            {
              key: 'monitor',
              header: t('live.monitor'),
              cell: (r) => (
                <Link
                  href={getPathname({ locale: lang, href: `/supervisor/monitor/${r.id}` })}
                  aria-label={t('live.monitorLabel', {
                    programme: t(`programmes.${r.programme}`),
                    time: clockOf(r.startedAt ?? r.queuedAt, t('locale')),
                  })}
                  className="inline-flex min-h-11 items-center underline underline-offset-4"
                >
                  {t('live.monitor')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
