'use client';

import { useCallback, useState } from 'react';
import { describeError, describeFailure } from '~/i18n/errors';
import { ApiError } from '~/lib/api';
import type { AdminText } from './admin.i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Runs a change against the API and says how it went, naming the failing field the server reported, translated. */
export const useSave = (t: AdminText, form?: string) => {
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
      const message = t.errors.notSaved(
        error instanceof ApiError ? describeError(error, t.errors, undefined, form) : describeFailure(error, t.errors),
      );
      setState({ kind: 'failed', message });
      return null;
    }
  };
  const fail = (message: string) => setState({ kind: 'failed', message });
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, fail, reset };
};

/** The outcome line beside a save button: announced politely, errors as alerts. */
export function SaveStatus({ state, t }: { state: SaveState; t: AdminText }) {
  if (state.kind === 'failed')
    return (
      <p role="alert" className="font-semibold text-red-800" data-testid="save-status">
        {state.message}
      </p>
    );
  return (
    <p role="status" className="text-neutral-800" data-testid="save-status">
      {state.kind === 'saving' ? t.saving : state.kind === 'saved' ? t.saved : ''}
    </p>
  );
}
