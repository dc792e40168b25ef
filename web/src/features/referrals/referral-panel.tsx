'use client';

import { Referral, type Referral as ReferralT } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { describeFailure } from '~/i18n/errors/describe-error';
import { api } from '~/lib/api';
import { ReferralItem } from './referral-item';
import { useClinics } from './use-clinics';

const field = 'rounded-md border border-neutral-500 bg-white px-2 py-1 text-sm';

/** Referrals of one chat: plan a call appointment with a clinic (De Waag by default) and follow it up. */
export function ReferralPanel({
  conversationId,
  referrals,
  onChanged,
}: {
  conversationId: string;
  referrals: ReferralT[];
  onChanged: () => void;
}) {
  const t = useTranslations('referrals');
  const errors = useTranslations('errors');
  const clinics = useClinics();
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState('');
  const create = async (body: Record<string, string>) => {
    try {
      await api(Referral, '/api/referrals', { method: 'POST', body: JSON.stringify({ conversationId, ...body }) });
      setError(null);
      onChanged();
      return true;
    } catch (err) {
      setError(t('failed', { message: describeFailure(err, errors) }));
      return false;
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const when = String(form.get('appointmentAt') ?? '');
    if (!when) return setError(t('whenRequired'));
    const target = event.currentTarget;
    if (await create({ clinic, appointmentAt: new Date(when).toISOString() })) target.reset();
  };
  const clinic = picked || (clinics.find((c) => c.isDefault)?.id ?? clinics[0]?.id ?? 'de-waag');
  return (
    <div className="grid gap-2">
      <h3 className="text-sm font-semibold">{t('panelTitle')}</h3>
      {referrals.length === 0 ? (
        <p className="text-sm text-neutral-700">{t('none')}</p>
      ) : (
        <ul className="grid gap-1.5" data-testid="referrals">
          {referrals.map((r) => (
            <ReferralItem key={r.id} referral={r} clinics={clinics} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="grid gap-1.5 rounded-md border border-neutral-300 p-2" noValidate>
        <p className="text-sm font-semibold">{t('plan')}</p>
        <label className="grid gap-0.5 text-sm">
          {t('clinic')}
          <select name="clinic" className={field} value={clinic} onChange={(e) => setPicked(e.target.value)}>
            {clinics.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-0.5 text-sm">
          {t('when')}
          <input type="datetime-local" name="appointmentAt" className={field} required />
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded-md bg-neutral-900 px-3 py-1 text-sm font-semibold text-white">
            {t('save')}
          </button>
          <button
            type="button"
            className="rounded-md border border-neutral-500 bg-white px-3 py-1 text-sm"
            onClick={() => create({ clinic, kind: 'other-clinic-details' })}
          >
            {t('otherClinic')}
          </button>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-800">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
