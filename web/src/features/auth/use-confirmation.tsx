'use client';

import { ConfirmationAnswer, TotpCode } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { type ReactNode, useRef, useState } from 'react';
import { z } from 'zod';
import { Button } from '~/components/button';
import { Dialog } from '~/components/dialog';
import { Field } from '~/components/field';
import { ApiError, api } from '~/lib/api';
import { useSchemaForm } from '~/lib/use-schema-form';

/** One field takes either: six digits are a code from the authenticator app, anything else the password. */
const ConfirmationFields = z.object({ secret: z.string().min(1) });
const confirmationOf = (secret: string) =>
  TotpCode.safeParse(secret).success ? { code: secret } : { password: secret };

type Pending = { retry: () => void; cancel: () => void };

/**
 * Sensitive administration answers CONFIRMATION_REQUIRED when the password or a code was not entered in the last 5
 * minutes: `confirmed(change)` runs the change, and on that answer asks for the password or a code
 * (POST /api/auth/confirm) and runs it once more. Cancelling gives the original refusal back. Render `dialog`.
 */
export const useConfirmation = (): { confirmed: <T>(change: () => Promise<T>) => Promise<T>; dialog: ReactNode } => {
  const t = useTranslations('common.staff');
  const [open, setOpen] = useState(false);
  const form = useSchemaForm(ConfirmationFields, { secret: '' });
  const pending = useRef<Pending | null>(null);

  const confirmed = async <T,>(change: () => Promise<T>): Promise<T> => {
    try {
      return await change();
    } catch (refusal) {
      if (!(refusal instanceof ApiError) || refusal.code !== 'CONFIRMATION_REQUIRED') throw refusal;
      return new Promise<T>((resolve, reject) => {
        pending.current = {
          retry: () => change().then(resolve, reject),
          cancel: () => reject(refusal),
        };
        form.reset();
        setOpen(true);
      });
    }
  };

  const submit = form.handleSubmit(async ({ secret }) => {
    try {
      await api(ConfirmationAnswer, '/api/auth/confirm', {
        method: 'POST',
        body: JSON.stringify(confirmationOf(secret)),
      });
      setOpen(false);
      pending.current?.retry();
      pending.current = null;
    } catch (error) {
      const message = error instanceof ApiError && error.code === 'RATE_LIMITED' ? t('tooMany') : t('wrongConfirm');
      form.setError('secret', { type: 'server', message });
    }
  });
  const secretError = form.formState.errors.secret;

  const close = (isOpen: boolean) => {
    if (isOpen) return;
    setOpen(false);
    pending.current?.cancel();
    pending.current = null;
  };

  const dialog = (
    <Dialog open={open} onOpenChange={close} title={t('confirmTitle')} description={t('confirmIntro')}>
      <form onSubmit={submit} className="grid gap-3" noValidate>
        <Field
          id="confirm-secret"
          label={t('confirmSecret')}
          type="password"
          autoComplete="current-password"
          required
          error={secretError && (secretError.type === 'server' ? secretError.message : t('confirmNeeded'))}
          {...form.register('secret')}
        />
        <div className="flex gap-2">
          <Button type="submit" look="primary" disabled={form.formState.isSubmitting}>
            {t('confirm')}
          </Button>
          <Button onClick={() => close(false)}>{t('cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
  return { confirmed, dialog };
};
