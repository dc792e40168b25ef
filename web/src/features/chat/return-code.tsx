'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { secondaryButton } from './ui';

/** A return code for a later contact, made on request and shown once. */
export function ReturnCode({ onCreate }: { onCreate: () => Promise<string | null> }) {
  const t = useTranslations('chat');
  const [code, setCode] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const create = async () => {
    const created = await onCreate();
    setFailed(created === null);
    setCode(created);
  };
  return (
    <section aria-labelledby="return-title" className="grid gap-3">
      <h3 id="return-title" className="text-xl font-bold">
        {t('returnTitle')}
      </h3>
      <p>{t('returnIntro')}</p>
      {code ? (
        <div role="status" className="grid gap-1">
          <p>{t('returnShown')}</p>
          <p className="font-mono text-2xl font-bold tracking-wider select-all" data-testid="return-code">
            {code}
          </p>
          <p className="text-[var(--muted-fg)]">{t('returnOnce')}</p>
        </div>
      ) : (
        <button type="button" className={secondaryButton} onClick={create}>
          {t('returnCreate')}
        </button>
      )}
      {failed && (
        <p role="alert" className="text-red-800">
          {t('error')}
        </p>
      )}
    </section>
  );
}
