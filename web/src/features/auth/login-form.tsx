'use client';

import { LoginAnswer, LoginBody } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { getPathname } from '~/i18n/navigation';
import type { Text } from '~/i18n/text';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';
import { useSchemaForm } from '~/lib/use-schema-form';

/** The login body as typed: the code field is empty until the server asks for it. */
const LoginFields = LoginBody.extend({ totp: z.union([LoginBody.shape.totp, z.literal('')]) });

/** A refusal with no field in the page's language: a login says no more than "wrong" (never which part). */
const refusalText = (error: unknown, t: Text<'common.staff'>) => {
  if (!(error instanceof ApiError)) return t('failed');
  if (error.code === 'RATE_LIMITED') return t('tooMany');
  if (error.code === 'UNAUTHENTICATED') return t('wrongLogin');
  return t('failed');
};

export function LoginForm() {
  const t = useTranslations('common.staff');
  const locale = useLocale();
  const router = useRouter();
  const [needsCode, setNeedsCode] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useSchemaForm(LoginFields, { username: '', password: '', totp: '' });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ totp, ...login }) => {
    setRefusal(null);
    try {
      const answer = await api(LoginAnswer, '/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ ...login, ...(totp ? { totp } : {}) }),
      });
      // Someone else set the password: choose one's own first (then the staff pages ask for a second factor if due).
      if (answer.passwordChangeRequired) router.push(getPathname({ locale, href: '/login/password' }));
      else
        router.push(
          answer.totpEnrolmentRequired ? getPathname({ locale, href: '/login/totp' }) : staffHome(locale, answer.staff),
        );
    } catch (error) {
      if (error instanceof ApiError && error.field === 'totp') {
        setNeedsCode(true);
        form.setError('totp', { type: 'server', message: totp ? t('wrongCode') : t('codeNeeded') });
      } else setRefusal(refusalText(error, t));
    }
  });

  return (
    <form onSubmit={submit} className="mt-6 grid gap-4" noValidate>
      <Field
        id="username"
        label={t('username')}
        autoComplete="username"
        required
        autoCapitalize="none"
        error={errors.username && t('usernameNeeded')}
        {...form.register('username')}
      />
      <Field
        id="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        error={errors.password && t('passwordNeeded')}
        {...form.register('password')}
      />
      {needsCode && (
        <Field
          id="totp"
          label={t('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          error={errors.totp && (errors.totp.type === 'server' ? errors.totp.message : t('codeNeeded'))}
          {...form.register('totp')}
        />
      )}
      {refusal && (
        <p role="alert" data-testid="login-error" className="text-red-800">
          {refusal}
        </p>
      )}
      <Button type="submit" look="primary" disabled={isSubmitting}>
        {isSubmitting ? t('busy') : t('login')}
      </Button>
    </form>
  );
}
