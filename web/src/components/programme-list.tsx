'use client';

import { type ProgrammeState, ProgrammesAnswer } from '@helpline/shared/http';
import { useEffect, useState } from 'react';
import { dictionaries, type Lang } from '../i18n';
import { api } from '../lib/api';
import { ProgrammeCard } from './programme-card';

const REFRESH_MS = 30_000;

/** Both helplines with their live state, refreshed every 30 seconds. */
export function ProgrammeList({ lang }: { lang: Lang }) {
  const t = dictionaries[lang];
  const [programmes, setProgrammes] = useState<ProgrammeState[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () =>
      api(ProgrammesAnswer, '/api/programmes').then(
        (list) => {
          setProgrammes(list);
          setFailed(false);
        },
        () => setFailed(true),
      );
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <div aria-live="polite" aria-busy={programmes === null} className="mt-6 grid gap-4">
      {failed && <p role="alert">{t.landing.loadError}</p>}
      {programmes === null && !failed && <p>{t.landing.loading}</p>}
      {programmes?.map((p) => (
        <ProgrammeCard key={p.id} programme={p} description={t.landing[p.id]} now={new Date()} t={t} />
      ))}
    </div>
  );
}
