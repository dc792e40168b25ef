'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { ContactList, ConversationList } from '@helpline/shared/http';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '~/lib/api';
import { dayAfter } from './period';

export type HistoryFilter = { from: string; through: string; programme: ProgrammeId | '' };

/** The counsellor's own conversations and logged contacts in a period (the server limits both to them). */
export const useHistory = (filter: HistoryFilter) => {
  const query = new URLSearchParams({ mine: 'true', from: filter.from, to: dayAfter(filter.through) });
  if (filter.programme) query.set('programme', filter.programme);
  const paths = [`/api/conversations?${query}`, `/api/contacts?${query}`] as const;
  const queryClient = useQueryClient();
  // A new period keeps the last lists on screen until its own arrive.
  const { data, isError } = useQuery({
    queryKey: paths,
    queryFn: async () => {
      const [conversations, contacts] = await Promise.all([
        api(ConversationList, paths[0]),
        api(ContactList, paths[1]),
      ]);
      return { conversations, contacts };
    },
    placeholderData: keepPreviousData,
  });
  const reload = () => void queryClient.invalidateQueries({ queryKey: paths });
  return { data: data ?? null, failed: isError, reload };
};
