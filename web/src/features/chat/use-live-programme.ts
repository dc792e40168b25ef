'use client';

import type { ProgrammeState } from '@helpline/shared/http';
import { useEffect, useState } from 'react';

const REFRESH_MS = 20_000;

/** The programme's state as rendered on the server, refreshed while the visitor is deciding or waiting. */
export const useLiveProgramme = (initial: ProgrammeState | null, active: boolean) => {
  const [programme, setProgramme] = useState(initial);
  useEffect(() => {
    if (!active || !initial) return;
    const load = () =>
      fetch('/api/programmes', { cache: 'no-store' })
        .then((res) => (res.ok ? (res.json() as Promise<ProgrammeState[]>) : null))
        .then((list) => {
          const fresh = list?.find((p) => p.id === initial.id);
          if (fresh) setProgramme(fresh);
        })
        .catch(() => {});
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, initial]);
  return programme;
};
