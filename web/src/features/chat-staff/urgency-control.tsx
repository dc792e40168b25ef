'use client';

import type { AskError } from '@helpline/shared/client';
import { isUrgent, urgencyOf } from '@helpline/shared/domain';
import { TriangleAlert } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeError } from '~/i18n/errors/describe-error';
import { useDetail } from '../case-panel/use-detail';
import { useUrgencyWords } from '../queue/urgency-mark';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';

/**
 * The chat's urgency as the visitor told it (or a colleague corrected it), correctable from the programme's values:
 * the server audits the change and re-orders the queue. An urgent value carries an icon and its words.
 */
export function UrgencyControl({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const errors = useTranslations('errors');
  const { desk } = useWorkspace();
  const { words } = useUrgencyWords();
  const { detail, reload } = useDetail(chat.id);
  const [error, setError] = useState<AskError | null>(null);
  const [saving, setSaving] = useState(false);
  // A chat restored after a reload arrives without its intake: the case file has it.
  const urgency = chat.intake.urgency ?? detail?.intake.urgency;
  const id = `urgency-${chat.id}`;
  const change = async (value: string) => {
    setSaving(true);
    const refused = await desk.actions.correctUrgency(chat.id, value);
    setSaving(false);
    setError(refused);
    if (!refused) reload();
  };
  return (
    <div className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-sm">
      <label htmlFor={id} className="inline-flex items-center gap-1 font-medium">
        {isUrgent(urgency) && <TriangleAlert aria-hidden size={14} className="text-red-800" />}
        {t('urgency')}
      </label>
      <select
        id={id}
        data-testid="urgency"
        value={urgency ?? ''}
        disabled={saving}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => void change(event.target.value)}
        className={`rounded-md border bg-white px-1.5 py-0.5 ${
          isUrgent(urgency) ? 'border-red-800 font-semibold text-red-900' : 'border-neutral-500'
        }`}
      >
        {urgency === undefined && (
          <option value="" disabled>
            {t('urgencyNotTold')}
          </option>
        )}
        {urgencyOf(chat.programme).map((value) => (
          <option key={value} value={value}>
            {isUrgent(value)
              ? t('urgencyUrgent', { what: words(chat.programme, value) })
              : words(chat.programme, value)}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-red-800">
          {describeError(error, errors)}
        </p>
      )}
    </div>
  );
}
