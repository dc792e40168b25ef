'use client';

import { missingTags, type ProgrammeId, type Tags } from '@helpline/shared/domain';
import { type Locale, useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { DimensionField } from './dimension-field';
import { withFacts } from './known-facts';
import { applicableDimensions, type TagValues, tagsToStore } from './tag-rules';

/**
 * On opening, a fact counts as already seen when tags were stored before (a chat whose tags were saved): a stored
 * set stands as the counsellor left it; a form with nothing stored takes every fact.
 */
const initialSeen = (initial: TagValues, facts: TagValues | undefined) =>
  Object.keys(initial).length > 0 ? (facts ?? {}) : {};

type Props = {
  programme: ProgrammeId;
  initial: TagValues;
  lang: Locale;
  idPrefix: string;
  /** Stores the tags; resolves with an error message, or null when stored. */
  onSave: (tags: Tags) => Promise<string | null>;
  /** With this, the main button closes out (or logs), only once every applicable dimension has a value. */
  closeOut?: { label: string; onDone: () => void };
  /** Offer saving incomplete tags too (a live chat, later edits); off where only a complete set makes sense. */
  partialSave?: boolean;
  /** What is already known (intake, referrals): pre-filled, and the counsellor can change it. */
  facts?: TagValues;
};

/** The case tags of one programme, generated from the taxonomy data; dependent dimensions appear when they apply. */
export function TagForm({ programme, initial, lang, idPrefix, onSave, closeOut, partialSave = true, facts }: Props) {
  const t = useTranslations('tags');
  const [tags, setTags] = useState<TagValues>(() => withFacts(initial, facts ?? {}, initialSeen(initial, facts)));
  // A fact that appears later (a referral planned while the form is open) is ticked once; the form is not reset.
  const seenFacts = useRef<TagValues>(facts ?? {});
  const factsKey = JSON.stringify(facts ?? {});
  useEffect(() => {
    const next = JSON.parse(factsKey) as TagValues;
    setTags((current) => withFacts(current, next, seenFacts.current));
    seenFacts.current = next;
  }, [factsKey]);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const dimensions = applicableDimensions(programme, tags);
  const missing = new Set(missingTags(programme, tags));

  const save = async (complete: boolean) => {
    if (complete && missing.size > 0) {
      setShowErrors(true);
      setStatus({ text: t('missingSummary', { count: missing.size }), error: true });
      const firstMissing = document.querySelector<HTMLInputElement>(
        `[data-form="${idPrefix}"] [data-dimension="${[...missing][0]}"] input`,
      );
      firstMissing?.focus();
      return;
    }
    setBusy(true);
    const error = await onSave(tagsToStore(programme, tags));
    setBusy(false);
    setStatus(error ? { text: t('failed', { message: error }), error: true } : { text: t('saved'), error: false });
    if (!error && complete) closeOut?.onDone();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(Boolean(closeOut)).catch(() => setBusy(false));
  };

  return (
    <form data-form={idPrefix} onSubmit={submit} noValidate className="grid gap-1.5" aria-label={t('legend')}>
      {dimensions.map((dimension, index) => (
        <DimensionField
          key={dimension.id}
          dimension={dimension}
          value={tags[dimension.id]}
          onChange={(value) => {
            setTags((current) => ({ ...current, [dimension.id]: value }));
            setStatus(null);
          }}
          error={showErrors && missing.has(dimension.id) ? t('missing') : null}
          lang={lang}
          idPrefix={idPrefix}
          first={index === 0}
        />
      ))}
      <div className="sticky bottom-0 grid gap-1 border-t border-neutral-200 bg-white py-2">
        <p
          role="status"
          data-testid="tag-status"
          className={`min-h-5 text-sm ${status?.error ? 'text-red-800' : 'text-green-800'}`}
        >
          {status?.text}
        </p>
        <div className="flex gap-2">
          {closeOut && (
            <button
              type="submit"
              disabled={busy}
              className="rounded-md bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
            >
              {busy ? t('saving') : closeOut.label}
            </button>
          )}
          {partialSave && (
            <button
              type={closeOut ? 'button' : 'submit'}
              disabled={busy}
              onClick={closeOut ? () => save(false) : undefined}
              className="rounded-md border border-neutral-500 bg-white px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
            >
              {t('save')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
