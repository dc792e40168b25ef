'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { type CannedResponse, CannedResponseList } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '~/lib/api-get';

const byPosition = (list: CannedResponse[]) => list.toSorted((a, b) => a.position - b.position);

/** The programme's canned responses (kept in the database), in the language asked for first; none when they fail. */
export const useCanned = (programme: ProgrammeId) => {
  const { data, isError } = useQuery({
    ...apiGet(CannedResponseList, `/api/canned-responses?programme=${programme}`),
    select: byPosition,
  });
  return isError ? [] : (data ?? null);
};
