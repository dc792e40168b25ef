'use client';

import { type ConversationDetail, ConversationDetail as Detail } from '@helpline/shared/http';
import { useCallback, useEffect, useState } from 'react';
import { api } from '~/lib/api';

/** A conversation's case file (tags, referrals, intake), reloaded on demand after a change. */
export const useDetail = (id: string) => {
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(
    () =>
      api(Detail, `/api/conversations/${id}`).then(
        (answer) => {
          setDetail(answer);
          setFailed(false);
        },
        () => setFailed(true),
      ),
    [id],
  );
  useEffect(() => {
    setDetail(null);
    reload();
  }, [reload]);
  return { detail, failed, reload };
};
