'use client';

import type { Clinic } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';

export type ReferralChoice = { kind: 'none' | 'call-appointment' | 'other-clinic-details'; clinic: string; at: string };
export const noReferral: ReferralChoice = { kind: 'none', clinic: '', at: '' };

const field = 'rounded-md border border-neutral-500 bg-white px-2 py-1 text-sm';

/** The referral of a phone or e-mail contact, planned as in a chat's case panel: a call appointment or another clinic's details. */
export function ContactReferral({
  value,
  onChange,
  clinics,
}: {
  value: ReferralChoice;
  onChange: (next: ReferralChoice) => void;
  clinics: Clinic[];
}) {
  const t = useTranslations('contacts.referral');
  const r = useTranslations('referrals');
  const clinic = value.clinic || (clinics.find((c) => c.isDefault)?.id ?? clinics[0]?.id ?? 'de-waag');
  return (
    <fieldset className="grid gap-1.5 rounded-md border border-neutral-300 p-2" data-testid="contact-referral">
      <legend className="px-1 text-sm font-semibold">{t('legend')}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {(['none', 'call-appointment', 'other-clinic-details'] as const).map((kind) => (
          <label key={kind} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="referral-kind"
              checked={value.kind === kind}
              onChange={() => onChange({ ...value, kind, clinic })}
            />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind !== 'none' && (
        <div className="flex flex-wrap gap-3">
          <label className="grid gap-0.5 text-sm">
            {r('clinic')}
            <select className={field} value={clinic} onChange={(e) => onChange({ ...value, clinic: e.target.value })}>
              {clinics.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {value.kind === 'call-appointment' && (
            <label className="grid gap-0.5 text-sm">
              {r('when')}
              <input
                type="datetime-local"
                className={field}
                value={value.at}
                onChange={(e) => onChange({ ...value, clinic, at: e.target.value })}
              />
            </label>
          )}
        </div>
      )}
    </fieldset>
  );
}
