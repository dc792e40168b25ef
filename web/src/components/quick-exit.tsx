'use client';

import { useEffect } from 'react';
import { createShiftCounter, quickExit } from '../features/quick-exit/quick-exit';
import { ExitIcon } from './icons';

/**
 * Leaves at once, by click or Shift pressed three times. Always in the same place, top right, above everything
 * else. Without scripts it is a plain link to the same neutral site. Its presence marks a visitor page, whose visit
 * stays in one history entry (instrumentation-client.ts).
 */
export function QuickExit({ label, title, exitUrl }: { label: string; title: string; exitUrl: string }) {
  useEffect(() => {
    const onKey = createShiftCounter(() => void quickExit(exitUrl));
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [exitUrl]);
  return (
    <a
      href={exitUrl}
      aria-label={title}
      data-quick-exit
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        void quickExit(exitUrl);
      }}
      className="fixed top-2 right-2 z-50 inline-flex min-h-11 items-center gap-2 rounded-full bg-neutral-900 px-4 font-semibold text-white shadow-lg"
    >
      <ExitIcon />
      {label}
    </a>
  );
}
