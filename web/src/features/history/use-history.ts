'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { type Contact, ContactList, ConversationList, type ConversationListItem } from '@helpline/shared/http';
import { useCallback, useEffect, useState } from 'react';
import { api } from '~/lib/api';
import { dayAfter } from './period';

export type HistoryFilter = { from: string; through: string; programme: ProgrammeId | '' };

/** The counsellor's own conversations and logged contacts in a period (the server limits both to them). */
export const useHistory = (filter: HistoryFilter) => {
  const [data, setData] = useState<{ conversations: ConversationListItem[]; contacts: Contact[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    const query = new URLSearchParams({ mine: 'true', from: filter.from, to: dayAfter(filter.through) });
    if (filter.programme) query.set('programme', filter.programme);
    return Promise.all([
      api(ConversationList, `/api/conversations?${query}`),
      api(ContactList, `/api/contacts?${query}`),
    ]).then(
      ([conversations, contacts]) => {
        setData({ conversations, contacts });
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [filter]);
  useEffect(() => {
    load();
  }, [load]);
  return { data, failed, reload: load };
};
