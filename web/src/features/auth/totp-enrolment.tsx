'use client';

import { LoginAnswer, TotpEnrolConfirm, TotpEnrolStart } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { describeFailure } from '~/i18n/errors/describe-error';
import { getPathname } from '~/i18n/navigation';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';
import { useSchemaForm } from '~/lib/use-schema-form';

/** A second factor's enrolment: a new secret each time the page opens, never cached or retried. */
const enrolmentQuery = {
  queryKey: ['totp-enrolment'],
  queryFn: () => api(TotpEnrolStart, '/api/auth/totp/enrol', { method: 'POST' }),
  staleTime: Number.POSITIVE_INFINITY,
} as const;

export function TotpEnrolment() {
  const t = useTranslations('common.staff');
  const errors = useTranslations('errors');
  const locale = useLocale();
  const router = useRouter();
  const enrolment = useQuery(enrolmentQuery);
  const form = useSchemaForm(TotpEnrolConfirm, { code: '' });
  const loggedOut = enrolment.error instanceof ApiError && enrolment.error.status === 401;

  useEffect(() => {
    if (loggedOut) router.replace(getPathname({ locale, href: '/login' }));
  }, [loggedOut, locale, router]);

  const submit = form.handleSubmit(async (body) => {
    try {
      const answer = await api(LoginAnswer, '/api/auth/totp/confirm', { method: 'POST', body: JSON.stringify(body) });
      router.push(staffHome(locale, answer.staff));
    } catch (error) {
      if (error instanceof ApiError && error.field) form.refused(error);
      else form.setError('code', { type: 'server', message: describeFailure(error, errors) });
    }
  });

  if (!enrolment.data) return <p aria-live="polite">{enrolment.error && !loggedOut ? t('failed') : t('busy')}</p>;
  const codeError = form.formState.errors.code;
  return (
    <div className="mt-6 grid gap-4">
      <p>{t('enrolIntro')}</p>
      <div
        role="img"
        aria-label={t('qrLabel')}
        className="w-56 bg-white p-2"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is made by our own server from the otpauth URI
        dangerouslySetInnerHTML={{ __html: enrolment.data.qrSvg }}
      />
      <p>
        {t('secret')}:{' '}
        <code className="break-all text-lg" data-testid="totp-secret">
          {enrolment.data.secret.match(/.{1,4}/g)?.join(' ')}
        </code>
      </p>
      <form onSubmit={submit} className="grid gap-4" noValidate>
        <Field
          id="code"
          label={t('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={codeError?.type === 'server' ? codeError.message : form.errorOf('code')}
          {...form.register('code')}
        />
        <Button type="submit" look="primary" disabled={form.formState.isSubmitting}>
          {t('confirm')}
        </Button>
      </form>
    </div>
  );
}
