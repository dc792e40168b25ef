'use client';

import { ConversationDetail } from '@helpline/shared/http';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet } from '~/lib/api-get';

/** A conversation's case file (tags, referrals, intake), read again after a change. */
export const useDetail = (id: string) => {
  const detailQuery = apiGet(ConversationDetail, `/api/conversations/${id}`);
  const { data, isError } = useQuery(detailQuery);
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: detailQuery.queryKey });
  return { detail: data ?? null, failed: isError, reload };
};
