'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import { type CannedResponse, CannedResponseList } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { api } from '~/lib/api';

/** The programme's canned responses (kept in the database), in the language asked for first. */
export const useCanned = (programme: ProgrammeId) => {
  const [list, setList] = useState<CannedResponse[] | null>(null);
  useEffect(() => {
    let live = true;
    api(CannedResponseList, `/api/canned-responses?programme=${programme}`).then(
      (answer) => live && setList(answer.sort((a, b) => a.position - b.position)),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [programme]);
  return list;
};
