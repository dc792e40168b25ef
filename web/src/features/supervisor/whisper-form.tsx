'use client';

import { type Whisper, WhisperSend } from '@helpline/shared';
import { ask, type StaffSocket } from '@helpline/shared/client';
import { MessageSquareLock } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '~/components/button';
import { TextAreaField } from '~/components/field';
import { describeError } from '~/i18n/errors/describe-error';
import { ApiError } from '~/lib/api';
import { useSchemaForm } from '~/lib/use-schema-form';

/**
 * While monitoring: a message to the chat's counsellor only (`whisper:send`), never to the visitor. Checked with the
 * shared schema before it goes; the server's refusal is shown in words, on the field when it names one.
 */
export function WhisperForm({
  socket,
  conversationId,
  counsellor,
  onSent,
}: {
  socket: StaffSocket | null;
  conversationId: string;
  counsellor: string | null;
  onSent: (whisper: Whisper) => void;
}) {
  const t = useTranslations('supervisor.whisper');
  const errors = useTranslations('errors');
  const form = useSchemaForm(WhisperSend, { conversationId, body: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSent(false);
    const answer = socket ? await ask(socket, 'whisper:send', values) : null;
    if (answer?.ok) {
      onSent(answer.whisper);
      form.reset({ conversationId, body: '' });
      setSent(true);
      return;
    }
    const error = answer?.error ?? { code: 'NO_ANSWER', message: 'not connected' };
    if (error.field) form.refused(new ApiError(0, error.code, error.message, error.field));
    else setFailure(describeError(error, errors, undefined, 'whisper'));
  });
  return (
    <section
      aria-labelledby="whisper-heading"
      className="rounded-xl border-2 border-violet-800 bg-violet-50 p-3"
      data-testid="whisper"
    >
      <h2 id="whisper-heading" className="flex items-center gap-2 text-lg font-bold">
        <MessageSquareLock aria-hidden="true" className="h-5 w-5 shrink-0" />
        {counsellor ? t('heading', { alias: counsellor }) : t('headingNoName')}
      </h2>
      <p className="text-sm text-neutral-800">{t('intro')}</p>
      <form noValidate onSubmit={submit} className="mt-2 grid gap-2">
        <TextAreaField
          id="whisper-body"
          label={counsellor ? t('label', { alias: counsellor }) : t('labelNoName')}
          rows={3}
          error={form.errorOf('body')}
          {...form.register('body', { onChange: () => setSent(false) })}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" look="primary" disabled={form.formState.isSubmitting}>
            {t('send')}
          </Button>
          <p role="status" className="text-sm font-semibold text-emerald-900">
            {sent ? t('sent') : ''}
          </p>
        </div>
        {failure && (
          <p role="alert" className="font-semibold text-red-800" data-testid="whisper-error">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
