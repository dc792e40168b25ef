'use client';

import { useTranslations } from 'next-intl';

/** One of the programme's urgency answers, in the visitor's words (worded on the server, from the taxonomy's order). */
export type UrgencyOption = { value: string; label: string };

/**
 * The one optional urgency question: the programme's answers, never free text. "Rather not say" is there to step back
 * from an answer tapped by mistake, and sends nothing.
 */
export function UrgencyQuestion({
  options,
  value,
  onChange,
}: {
  options: UrgencyOption[];
  /** The answer chosen; '' is "rather not say", null not answered (nothing is chosen beforehand). */
  value: string | null;
  onChange: (value: string) => void;
}) {
  const t = useTranslations('chat.urgency');
  return (
    <fieldset className="grid" aria-describedby="urgency-hint">
      <legend className="font-medium">{t('legend')}</legend>
      <p id="urgency-hint" className="text-sm text-[var(--muted-fg)]">
        {t('hint')}
      </p>
      {[...options, { value: '', label: t('ratherNot') }].map((option) => (
        <label key={option.value} className="flex min-h-11 items-center gap-3 py-1">
          <input
            type="radio"
            name="urgency"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            className="size-5 shrink-0 accent-[var(--accent)]"
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
