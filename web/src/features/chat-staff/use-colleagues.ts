'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { ColleagueList } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '~/lib/api-get';

/** Colleagues of the programme, fetched when the transfer dialog opens (presence changes all the time). */
export const useColleagues = (programme: ProgrammeId, enabled: boolean) => {
  const { data, isError } = useQuery({ ...apiGet(ColleagueList, `/api/colleagues?programme=${programme}`), enabled });
  return isError ? [] : (data ?? null);
};
