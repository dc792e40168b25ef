'use client';

import { type Clinic, Referral, type ReferralPatch, type Referral as ReferralT } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeFailure } from '~/i18n/errors/describe-error';
import { api } from '~/lib/api';
import { formatWhen } from '~/lib/format-time';

const small = 'rounded-md border border-neutral-500 bg-white px-2 py-0.5 text-sm hover:bg-neutral-100';

/** One referral: when and where, its status, and the follow-up buttons (called / did not call / cancelled, intent). */
export function ReferralItem({
  referral,
  clinics,
  onChanged,
}: {
  referral: ReferralT;
  clinics: Clinic[];
  onChanged: (referral: ReferralT) => void;
}) {
  const t = useTranslations('referrals');
  const time = useTranslations('common.time');
  const errors = useTranslations('errors');
  const [error, setError] = useState<string | null>(null);
  const now = new Date();
  const clinic = clinics.find((c) => c.id === referral.clinic)?.name ?? referral.clinic;
  const overdue = referral.status === 'planned' && new Date(referral.appointmentAt) < now;
  const patch = (body: ReferralPatch) =>
    api(Referral, `/api/referrals/${referral.id}`, { method: 'PATCH', body: JSON.stringify(body) }).then(
      (changed) => {
        setError(null);
        onChanged(changed);
      },
      (err: unknown) => setError(t('failed', { message: describeFailure(err, errors) })),
    );
  if (referral.kind === 'other-clinic-details')
    return (
      <li data-testid="referral" className="rounded-md border border-neutral-300 bg-white px-2 py-1 text-sm">
        {t('otherClinicDone')}: <span className="font-medium">{clinic}</span>
      </li>
    );
  return (
    <li
      data-testid="referral"
      data-status={referral.status}
      data-conversation-id={referral.conversationId ?? undefined}
      className="grid gap-1 rounded-md border border-neutral-300 bg-white px-2 py-1.5 text-sm"
    >
      <p>
        <span className="font-medium">{clinic}</span> · {formatWhen(new Date(referral.appointmentAt), now, time)} ·{' '}
        <span data-testid="referral-status" className="font-semibold">
          {t(`statuses.${referral.status}`)}
        </span>
        {overdue && (
          <span className="ml-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-900">{t('overdue')}</span>
        )}
      </p>
      {referral.status === 'planned' && (
        <div className="flex flex-wrap gap-1">
          {(['called', 'no-show', 'cancelled'] as const).map((status) => (
            <button key={status} type="button" className={small} onClick={() => patch({ status })}>
              {t(`mark.${status}`)}
            </button>
          ))}
        </div>
      )}
      {referral.status === 'called' && (
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">{t('intends')}</legend>
          <span aria-hidden>{t('intends')}:</span>
          {(['yes', 'no', 'unknown'] as const).map((value) => (
            <label key={value} className="flex items-center gap-1">
              <input
                type="radio"
                name={`intends-${referral.id}`}
                checked={referral.intendsTreatment === value}
                onChange={() => patch({ intendsTreatment: value })}
              />
              {t(`intendsValues.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
    </li>
  );
}
