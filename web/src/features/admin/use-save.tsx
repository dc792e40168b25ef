'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { describeError, describeFailure } from '~/i18n/errors/describe-error';
import { ApiError } from '~/lib/api';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Runs a change against the API and says how it went, naming the failing field the server reported, translated. */
export const useSave = (form?: string) => {
  const errors = useTranslations('errors');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  /** `refused` gets the server's refusal too, to put it on its field. */
  const run = async <T,>(change: () => Promise<T>, refused?: (error: ApiError) => void): Promise<T | null> => {
    setState({ kind: 'saving' });
    try {
      const result = await change();
      setState({ kind: 'saved' });
      return result;
    } catch (error) {
      if (error instanceof ApiError) refused?.(error);
      // Translated from the code and field: the server's own message is English and never shown.
      const reason =
        error instanceof ApiError ? describeError(error, errors, undefined, form) : describeFailure(error, errors);
      setState({ kind: 'failed', message: errors('notSaved', { reason }) });
      return null;
    }
  };
  const fail = (message: string) => setState({ kind: 'failed', message });
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, fail, reset };
};

/** The outcome line beside a save button: announced politely, errors as alerts. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('admin');
  if (state.kind === 'failed')
    return (
      <p role="alert" className="font-semibold text-red-800" data-testid="save-status">
        {state.message}
      </p>
    );
  return (
    <p role="status" className="text-neutral-800" data-testid="save-status">
      {state.kind === 'saving' ? t('saving') : state.kind === 'saved' ? t('saved') : ''}
    </p>
  );
}
