'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { type Colleague, ColleagueList } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { api } from '~/lib/api';

/** Colleagues of the programme, fetched when the transfer dialog opens (presence changes all the time). */
export const useColleagues = (programme: ProgrammeId, enabled: boolean) => {
  const [list, setList] = useState<Colleague[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    api(ColleagueList, `/api/colleagues?programme=${programme}`).then(
      (answer) => live && setList(answer),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [programme, enabled]);
  return list;
};
