'use client';

import { LoginAnswer, TotpEnrolStart } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { type Locale, useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { describeError } from '~/i18n/errors/describe-error';
import { getPathname } from '~/i18n/navigation';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';

export function TotpEnrolment({ lang }: { lang: Locale }) {
  const t = useTranslations('common.staff');
  const errors = useTranslations('errors');
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<TotpEnrolStart | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api(TotpEnrolStart, '/api/auth/totp/enrol', { method: 'POST' }).then(setEnrolment, (err: unknown) => {
      if (err instanceof ApiError && err.status === 401) router.replace(getPathname({ locale: lang, href: '/login' }));
      else setError(t('failed'));
    });
  }, [lang, router, t]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    try {
      const answer = await api(LoginAnswer, '/api/auth/totp/confirm', {
        method: 'POST',
        body: JSON.stringify({ code }),
      });
      router.push(staffHome(lang, answer.staff));
    } catch (err) {
      setError(err instanceof ApiError ? describeError(err, errors) : t('failed'));
    }
  };

  if (!enrolment) return <p aria-live="polite">{error ?? t('busy')}</p>;
  return (
    <div className="mt-6 grid gap-4">
      <p>{t('enrolIntro')}</p>
      <div
        role="img"
        aria-label={t('qrLabel')}
        className="w-56 bg-white p-2"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is made by our own server from the otpauth URI
        dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
      />
      <p>
        {t('secret')}:{' '}
        <code className="break-all text-lg" data-testid="totp-secret">
          {enrolment.secret.match(/.{1,4}/g)?.join(' ')}
        </code>
      </p>
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <Field
          id="code"
          label={t('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={error ?? undefined}
        />
        <Button type="submit" look="primary">
          {t('confirm')}
        </Button>
      </form>
    </div>
  );
}
