'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { primaryButton } from './ui';

type Survey = { rating: number; feltBetter?: boolean; wouldRecommend?: boolean };

const yesNo = (value: FormDataEntryValue | null) => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** The optional survey after the chat: a rating, felt better, would recommend. */
export function SurveyForm({ onSubmit }: { onSubmit: (survey: Survey) => Promise<boolean> }) {
  const t = useTranslations('chat');
  const [state, setState] = useState<'open' | 'busy' | 'done' | 'failed'>('open');
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rating = Number(form.get('rating'));
    if (!rating) return setMissing(true);
    setState('busy');
    const feltBetter = yesNo(form.get('feltBetter'));
    const wouldRecommend = yesNo(form.get('wouldRecommend'));
    const ok = await onSubmit({
      rating,
      ...(feltBetter === undefined ? {} : { feltBetter }),
      ...(wouldRecommend === undefined ? {} : { wouldRecommend }),
    });
    setState(ok ? 'done' : 'failed');
  };
  if (state === 'done')
    return (
      <p role="status" className="font-semibold">
        {t('surveyThanks')}
      </p>
    );
  const radio = 'size-5 accent-[var(--accent)]';
  return (
    <form onSubmit={submit} className="grid gap-4" noValidate aria-labelledby="survey-title">
      <h3 id="survey-title" className="text-xl font-bold">
        {t('surveyTitle')}
      </h3>
      <p className="text-[var(--muted-fg)]">{t('surveyIntro')}</p>
      <fieldset aria-describedby={missing ? 'rating-missing' : undefined}>
        <legend className="mb-1 font-medium">{t('ratingLabel')}</legend>
        <div className="flex flex-wrap gap-x-4">
          {([1, 2, 3, 4, 5] as const).map((rating) => (
            <label key={rating} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="rating" value={rating} className={radio} />
              {t(`ratings.${rating}`)}
            </label>
          ))}
        </div>
        {missing && (
          <p id="rating-missing" role="alert" className="text-sm text-red-800">
            {t('ratingMissing')}
          </p>
        )}
      </fieldset>
      {(
        [
          ['feltBetter', t('feltBetterLabel')],
          ['wouldRecommend', t('recommendLabel')],
        ] as const
      ).map(([name, legend]) => (
        <fieldset key={name}>
          <legend className="mb-1 font-medium">{legend}</legend>
          <div className="flex gap-6">
            {(['yes', 'no'] as const).map((value) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input type="radio" name={name} value={value} className={radio} />
                {value === 'yes' ? t('yes') : t('no')}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {state === 'failed' && (
        <p role="alert" className="text-red-800">
          {t('error')}
        </p>
      )}
      <button type="submit" className={primaryButton} disabled={state === 'busy'}>
        {t('surveySend')}
      </button>
    </form>
  );
}
