'use client';

import { LoginAnswer } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { type Locale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import type { Text } from '~/i18n/text';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';

/** The server's refusal in the page's language (its own message is English and never shown). */
const messageFor = (error: unknown, t: Text<'common.staff'>) => {
  if (!(error instanceof ApiError)) return t('failed');
  if (error.code === 'RATE_LIMITED') return t('tooMany');
  if (error.field === 'current') return t('wrongCurrent');
  if (error.field === 'next') return t('passwordIntro');
  return t('failed');
};

/**
 * Choosing one's own password (POST /api/auth/password): required after someone else set it (`required`), and open
 * to every staff member at any time. Other sessions of the member end; this one goes on.
 */
export function PasswordChangeForm({ lang, required }: { lang: Locale; required: boolean }) {
  const t = useTranslations('common.staff');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = String(form.get('next') ?? '');
    if (next !== String(form.get('again') ?? '')) return setError(t('passwordsDiffer'));
    setBusy(true);
    setError(null);
    try {
      const answer = await api(LoginAnswer, '/api/auth/password', {
        method: 'POST',
        body: JSON.stringify({ current: form.get('current'), next }),
      });
      router.push(staffHome(lang, answer.staff));
    } catch (err) {
      setError(messageFor(err, t));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="mt-6 grid gap-4" noValidate>
      <p>{required ? t('passwordRequired') : t('passwordIntro')}</p>
      <Field id="current" label={t('currentPassword')} type="password" autoComplete="current-password" required />
      <Field id="next" label={t('newPassword')} type="password" autoComplete="new-password" minLength={12} required />
      <Field id="again" label={t('newPasswordAgain')} type="password" autoComplete="new-password" required />
      {error && (
        <p role="alert" data-testid="password-error" className="text-red-800">
          {error}
        </p>
      )}
      <Button type="submit" look="primary" disabled={busy}>
        {busy ? t('busy') : t('savePassword')}
      </Button>
    </form>
  );
}
