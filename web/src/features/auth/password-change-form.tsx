'use client';

import { LoginAnswer, PasswordChange } from '@helpline/shared/http';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Field } from '~/components/field';
import { describeFailure } from '~/i18n/errors/describe-error';
import { ApiError, api } from '~/lib/api';
import { staffHome } from '~/lib/staff-home';
import { useSchemaForm } from '~/lib/use-schema-form';

/** The server's body, and the new password typed twice. */
const PasswordFields = PasswordChange.extend({ again: z.string() }).refine((f) => f.again === f.next, {
  path: ['again'],
});

/**
 * Choosing one's own password (POST /api/auth/password): required after someone else set it (`required`), and open
 * to every staff member at any time. Other sessions of the member end; this one goes on.
 */
export function PasswordChangeForm({ required }: { required: boolean }) {
  const t = useTranslations('common.staff');
  const errors = useTranslations('errors');
  const locale = useLocale();
  const router = useRouter();
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useSchemaForm(PasswordFields, { current: '', next: '', again: '' });

  const submit = form.handleSubmit(async ({ again: _again, ...change }) => {
    setRefusal(null);
    try {
      const answer = await api(LoginAnswer, '/api/auth/password', { method: 'POST', body: JSON.stringify(change) });
      router.push(staffHome(locale, answer.staff));
    } catch (error) {
      if (error instanceof ApiError && error.field) form.refused(error);
      else setRefusal(describeFailure(error, errors));
    }
  });

  return (
    <form onSubmit={submit} className="mt-6 grid gap-4" noValidate>
      <p>{required ? t('passwordRequired') : t('passwordIntro')}</p>
      <Field
        id="current"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={form.errorOf('current')}
        {...form.register('current')}
      />
      <Field
        id="next"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        error={form.errorOf('next')}
        {...form.register('next')}
      />
      <Field
        id="again"
        label={t('newPasswordAgain')}
        type="password"
        autoComplete="new-password"
        required
        error={form.formState.errors.again && t('passwordsDiffer')}
        {...form.register('again')}
      />
      {refusal && (
        <p role="alert" data-testid="password-error" className="text-red-800">
          {refusal}
        </p>
      )}
      <Button type="submit" look="primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t('busy') : t('savePassword')}
      </Button>
    </form>
  );
}
