'use client';

import { type ProgrammeId, programmes } from '@helpline/shared/domain';
import { Contact, Referral } from '@helpline/shared/http';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeFailure } from '~/i18n/errors/describe-error';
import { api } from '~/lib/api';
import { useClinics } from '../referrals/use-clinics';
import { useStaff } from '../staff-session/staff-session';
import { knownFacts } from '../tags/known-facts';
import { TagForm } from '../tags/tag-form';
import { valuesIn } from '../tags/tag-rules';
import { useWorkspace } from '../workspace/workspace-context';
import { ContactReferral, noReferral, type ReferralChoice } from './contact-referral';

const field = 'rounded-md border border-neutral-500 bg-white px-2 py-1 text-sm';

/** A local "YYYY-MM-DDTHH:MM" for the datetime-local field, now. */
const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** A phone or e-mail contact with the same tag form as a chat; the tags must be complete to log it. */
export function ContactLogView() {
  const { lang } = useWorkspace();
  const t = useTranslations('contacts');
  const errors = useTranslations('errors');
  const me = useStaff();
  const [programme, setProgramme] = useState<ProgrammeId>(me.programmes[0] ?? 'helpwanted');
  const [channel, setChannel] = useState<'phone' | 'email'>('phone');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [duration, setDuration] = useState('');
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const [referral, setReferral] = useState<ReferralChoice>(noReferral);
  const clinics = useClinics();
  const refers = programme === 'stopitnow';
  const referralError = (tags: Record<string, string | string[] | undefined>) => {
    if (!refers) return null;
    if (referral.kind === 'call-appointment' && !referral.at) return t('referral.whenRequired');
    const actions = valuesIn(tags.actions);
    const untold =
      (actions.includes('clinic-call-planned') && referral.kind !== 'call-appointment') ||
      (actions.includes('other-clinic-details') && referral.kind !== 'other-clinic-details');
    return untold ? t('referral.actionWithout') : null;
  };
  /** The referral goes with the contact it belongs to, so the clinic funnel counts phone and e-mail too. */
  const logReferral = async (contactId: string) => {
    if (!refers || referral.kind === 'none') return null;
    try {
      await api(Referral, '/api/referrals', {
        method: 'POST',
        body: JSON.stringify({
          contactId,
          clinic: referral.clinic,
          kind: referral.kind,
          ...(referral.kind === 'call-appointment' ? { appointmentAt: new Date(referral.at).toISOString() } : {}),
        }),
      });
      return null;
    } catch (err) {
      return t('referral.failedAfterLog', { message: describeFailure(err, errors) });
    }
  };
  const log = async (tags: Record<string, string | string[] | undefined>) => {
    const invalid = referralError(tags);
    if (invalid) return invalid;
    try {
      const contact = await api(Contact, '/api/contacts', {
        method: 'POST',
        body: JSON.stringify({
          programme,
          channel,
          occurredAt: new Date(occurredAt).toISOString(),
          ...(duration ? { durationMinutes: Number(duration) } : {}),
          tags,
        }),
      });
      return await logReferral(contact.id);
    } catch (err) {
      return t('failed', { message: describeFailure(err, errors) });
    }
  };
  return (
    <main className="min-w-0 flex-1 overflow-y-auto p-4">
      <div className="max-w-3xl">
        <h2 className="text-lg font-bold">{t('title')}</h2>
        <p className="text-sm text-neutral-700">{t('intro')}</p>
        {done && (
          <p
            role="status"
            data-testid="contact-logged"
            className="mt-2 rounded-md bg-green-50 px-2 py-1 text-green-900"
          >
            {t('logged')}
          </p>
        )}
        <div className="mt-3 flex flex-wrap gap-4">
          <fieldset className="grid gap-1">
            <legend className="text-sm font-semibold">{t('programme')}</legend>
            {me.programmes.map((p) => (
              <label key={p} className="flex items-center gap-1.5 text-sm">
                <input type="radio" name="programme" checked={programme === p} onChange={() => setProgramme(p)} />
                {programmes[p].name}
              </label>
            ))}
          </fieldset>
          <fieldset className="grid gap-1">
            <legend className="text-sm font-semibold">{t('channel')}</legend>
            {(['phone', 'email'] as const).map((c) => (
              <label key={c} className="flex items-center gap-1.5 text-sm">
                <input type="radio" name="channel" checked={channel === c} onChange={() => setChannel(c)} />
                {t(`channels.${c}`)}
              </label>
            ))}
          </fieldset>
          <label className="grid gap-1 text-sm font-semibold">
            {t('occurredAt')}
            <input
              type="datetime-local"
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.target.value)}
              className={field}
            />
          </label>
          <label className="grid gap-1 text-sm font-semibold">
            {t('duration')}
            <input
              type="number"
              min={0}
              max={600}
              inputMode="numeric"
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
              className={`${field} w-28`}
            />
          </label>
        </div>
        {refers && (
          <div className="mt-3">
            <ContactReferral value={referral} onChange={setReferral} clinics={clinics} />
          </div>
        )}
        <div className="mt-3">
          <TagForm
            key={`${programme}-${round}`}
            programme={programme}
            initial={{}}
            facts={knownFacts(programme, {}, refers && referral.kind !== 'none' ? [referral.kind] : [])}
            lang={lang}
            idPrefix="contact"
            partialSave={false}
            onSave={(tags) => {
              setDone(false);
              return log(tags);
            }}
            closeOut={{
              label: t('submit'),
              onDone: () => {
                setDone(true);
                setReferral(noReferral);
                setRound((n) => n + 1);
                setDuration('');
                setOccurredAt(localNow());
              },
            }}
          />
        </div>
      </div>
    </main>
  );
}
