'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import type { Intake } from '@helpline/shared/events';
import { useLocale, useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import type { AgeBandOption } from '../programmes/age-bands';
import type { ChatError } from './chat-state';
import type { CrisisLine } from './crisis-lines';
import { CrisisNumbers } from './crisis-numbers';
import { headingClass, primaryButton, secondaryButton } from './ui';
import { type UrgencyOption, UrgencyQuestion } from './urgency-question';
import { useFocusOnMount } from './use-focus-on-mount';

type IntakeProps = {
  programme: ProgrammeId;
  ageBands: AgeBandOption[];
  urgencies: UrgencyOption[];
  /** The crisis numbers to show under the urgency question (from this answer, or one told before in this tab). */
  crisis: CrisisLine[];
  error: ChatError | null;
  onUrgency: (urgency: string | undefined) => void;
  onJoin: (intake: Intake | undefined) => void;
};

/** The confidentiality notice, acknowledged first; then a short intake, urgency first, that one tap skips. */
export function BeforeChat({
  acknowledged,
  onAcknowledge,
  ...intake
}: IntakeProps & { acknowledged: boolean; onAcknowledge: () => void }) {
  const t = useTranslations('chat');
  const { programme } = intake;
  return acknowledged ? (
    <IntakeForm {...intake} />
  ) : (
    <Notice programme={programme} exitHint={t('exitHint')} onAcknowledge={onAcknowledge} />
  );
}

function Notice({
  programme,
  exitHint,
  onAcknowledge,
}: {
  programme: ProgrammeId;
  exitHint: string;
  onAcknowledge: () => void;
}) {
  const t = useTranslations('chat');
  return (
    <section aria-labelledby="notice-title" className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="notice-title" className={headingClass}>
        {t('noticeTitle')}
      </h2>
      <ul className="grid list-disc gap-2 pl-5" data-testid="notice">
        {(['anonymous', 'nothingKept', 'noImages'] as const).map((line) => (
          <li key={line}>{t(`notice.${programme}.${line}`)}</li>
        ))}
      </ul>
      <button type="button" className={primaryButton} onClick={onAcknowledge}>
        {t('acknowledge')}
      </button>
      <p className="text-sm text-[var(--muted-fg)]" data-testid="exit-hint">
        {exitHint}
      </p>
    </section>
  );
}

function IntakeForm({ programme, ageBands, urgencies, crisis, error, onUrgency, onJoin }: IntakeProps) {
  const t = useTranslations('chat');
  const lang = useLocale();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [urgency, setUrgency] = useState<string | null>(null);
  // "Rather not say" and no answer send nothing; skipping the other questions keeps the urgency answer.
  const told = { language: lang, ...(urgency ? { urgency } : {}) };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ageBand = String(form.get('ageBand') ?? '');
    const about = String(form.get('about') ?? '');
    const returnCode = String(form.get('returnCode') ?? '').trim();
    onJoin({
      ...told,
      ...(ageBand ? { ageBand } : {}),
      ...(about === 'self' || about === 'other' ? { about } : {}),
      ...(returnCode ? { returnCode } : {}),
    });
  };
  const codeError = error === 'badReturnCode';
  return (
    <section aria-labelledby="intake-title" className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="intake-title" ref={heading} tabIndex={-1} className={headingClass}>
        {t('intakeTitle')}
      </h2>
      <p>{t('intakeIntro')}</p>
      <UrgencyQuestion
        options={urgencies}
        value={urgency}
        onChange={(value) => {
          setUrgency(value);
          onUrgency(value || undefined);
        }}
      />
      {/* Read out as soon as an answer brings the numbers, without moving the focus from the question. */}
      <div aria-live="polite">
        <CrisisNumbers lines={crisis} level={3} />
      </div>
      <button type="button" className={secondaryButton} onClick={() => onJoin(told)}>
        {t('skip')}
      </button>
      <form onSubmit={submit} className="grid gap-3" noValidate>
        <div className="grid gap-1">
          <label htmlFor="ageBand" className="font-medium">
            {t(`ageLabel.${programme}`)}
          </label>
          <select id="ageBand" name="ageBand" className="min-h-11 rounded-lg border border-neutral-500 bg-white px-3">
            <option value="">{t('ageNone')}</option>
            {ageBands.map((band) => (
              <option key={band.value} value={band.value}>
                {band.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="grid">
          <legend className="font-medium">{t('aboutLabel')}</legend>
          {(['self', 'other'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="about" value={value} className="size-5 accent-[var(--accent)]" />
              {value === 'self' ? t('aboutSelf') : t('aboutOther')}
            </label>
          ))}
        </fieldset>
        {/* Rarely needed: folded away so the intake fits one phone screen; open when the code was wrong. */}
        <details open={codeError || undefined}>
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-[var(--accent)] underline underline-offset-4">
            {t('returnCodeOpen')}
          </summary>
          <div className="grid gap-1">
            <label htmlFor="returnCode" className="font-medium">
              {t('returnCodeLabel')}
            </label>
            <p id="returnCode-hint" className="text-sm text-[var(--muted-fg)]">
              {t('returnCodeHint')}
            </p>
            <input
              id="returnCode"
              name="returnCode"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="ABCD-EFGH-JKMN"
              aria-invalid={codeError}
              aria-describedby={codeError ? 'returnCode-hint returnCode-error' : 'returnCode-hint'}
              className="min-h-11 rounded-lg border border-neutral-500 bg-white px-3 font-mono uppercase"
            />
            {codeError && (
              <p id="returnCode-error" role="alert" className="text-sm text-red-800">
                {t('badReturnCode')}
              </p>
            )}
          </div>
        </details>
        {error && !codeError && (
          <p role="alert" className="text-red-800">
            {t(error)}
          </p>
        )}
        <button type="submit" className={primaryButton}>
          {t('start')}
        </button>
      </form>
    </section>
  );
}
