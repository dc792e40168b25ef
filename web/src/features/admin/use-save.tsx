'use client';

import { useState } from 'react';
import { ApiError } from '../../lib/api';
import type { AdminText } from './admin.i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Runs a change against the API and says how it went, naming the failing field the server reported. */
export const useSave = (t: AdminText) => {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const run = async <T,>(change: () => Promise<T>): Promise<T | null> => {
    setState({ kind: 'saving' });
    try {
      const result = await change();
      setState({ kind: 'saved' });
      return result;
    } catch (error) {
      const message =
        error instanceof ApiError
          ? t.error(error.message, error.field)
          : t.error(error instanceof Error ? error.message : String(error));
      setState({ kind: 'failed', message });
      return null;
    }
  };
  const fail = (message: string) => setState({ kind: 'failed', message });
  return { state, run, fail, reset: () => setState({ kind: 'idle' }) };
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
