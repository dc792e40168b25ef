'use client';

import { LoginAnswer } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { type Locale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { getPathname } from '~/i18n/navigation';
import type { Text } from '~/i18n/text';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';

/** The server's codes in the page's language. */
const messageFor = (error: ApiError | null, sentCode: boolean, t: Text<'common.staff'>) => {
  if (error?.code === 'RATE_LIMITED') return t('tooMany');
  if (error?.field === 'totp') return sentCode ? t('wrongCode') : t('codeNeeded');
  if (error?.code === 'UNAUTHENTICATED') return t('wrongLogin');
  return t('failed');
};

export function LoginForm({ lang }: { lang: Locale }) {
  const t = useTranslations('common.staff');
  const router = useRouter();
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const totp = String(form.get('totp') ?? '');
    setBusy(true);
    setError(null);
    try {
      const answer = await api(LoginAnswer, '/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({
          username: form.get('username'),
          password: form.get('password'),
          ...(totp ? { totp } : {}),
        }),
      });
      // Someone else set the password: choose one's own first (then the staff pages ask for a second factor if due).
      if (answer.passwordChangeRequired) router.push(getPathname({ locale: lang, href: '/login/password' }));
      else
        router.push(
          answer.totpEnrolmentRequired
            ? getPathname({ locale: lang, href: '/login/totp' })
            : staffHome(lang, answer.staff),
        );
    } catch (err) {
      const apiError = err instanceof ApiError ? err : null;
      if (apiError?.field === 'totp') setNeedsCode(true);
      setError({ message: messageFor(apiError, Boolean(totp), t), field: apiError?.field });
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="mt-6 grid gap-4" noValidate>
      <Field id="username" label={t('username')} autoComplete="username" required autoCapitalize="none" />
      <Field id="password" label={t('password')} type="password" autoComplete="current-password" required />
      {needsCode && (
        <Field
          id="totp"
          label={t('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          autoFocus
          error={error?.field === 'totp' ? error.message : undefined}
        />
      )}
      {error && error.field !== 'totp' && (
        <p role="alert" data-testid="login-error" className="text-red-800">
          {error.message}
        </p>
      )}
      <Button type="submit" look="primary" disabled={busy}>
        {busy ? t('busy') : t('login')}
      </Button>
    </form>
  );
}
