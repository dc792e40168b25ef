'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeFailure } from '~/i18n/errors/describe-error';
import { useRouter } from '~/i18n/navigation';
import { ApiError } from '~/lib/api';
import { claimThread, refreshMailbox, threadListQuery } from './thread-api';

/** Where a claimed thread is answered. */
export const threadPath = (id: string) => `/workspace/mailbox/${id}`;

/**
 * Claims a thread and opens it. A colleague's claim (CONFLICT) is told with who holds it, read from the list again; any
 * other refusal by its code. The refusal stays on the thread it was about.
 */
export const useClaim = () => {
  const t = useTranslations('mailboxDesk');
  const errors = useTranslations('errors');
  const queryClient = useQueryClient();
  const router = useRouter();
  const [refusal, setRefusal] = useState<{ id: string; text: string } | null>(null);

  const whyTaken = async (id: string) => {
    const item = (await queryClient.fetchQuery(threadListQuery()).catch(() => [])).find((i) => i.id === id);
    if (item?.state === 'closed') return t('conflict.closed');
    return item?.claimedBy ? t('conflict.held', { alias: item.claimedBy.alias }) : t('conflict.colleague');
  };

  const claim = useMutation({
    mutationFn: claimThread,
    onMutate: () => setRefusal(null),
    onSuccess: async (_answer, id) => {
      await refreshMailbox(queryClient);
      router.push(threadPath(id));
    },
    onError: async (error, id) => {
      const text =
        error instanceof ApiError && error.code === 'CONFLICT' ? await whyTaken(id) : describeFailure(error, errors);
      setRefusal({ id, text });
      await refreshMailbox(queryClient);
    },
  });

  return {
    claim: (id: string) => claim.mutate(id),
    isClaiming: (id: string) => claim.isPending && claim.variables === id,
    refusalOf: (id: string) => (refusal?.id === id ? refusal.text : null),
  };
};
