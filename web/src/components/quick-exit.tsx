'use client';

import { useEffect } from 'react';
import { createShiftCounter, quickExit, replaceInternalLink } from '../features/quick-exit/quick-exit';
import { ExitIcon } from './icons';

/**
 * Leaves at once, by click or Shift pressed three times. Always in the same place, top right, above everything
 * else. Without scripts it is a plain link to the same neutral site. It also keeps the visit in one history entry.
 */
export function QuickExit({ label, title, exitUrl }: { label: string; title: string; exitUrl: string }) {
  useEffect(() => {
    const onKey = createShiftCounter(() => void quickExit(exitUrl));
    window.addEventListener('keydown', onKey, true);
    // Every visitor page has quick exit, so every visitor page keeps the visit in one history entry.
    document.addEventListener('click', replaceInternalLink);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('click', replaceInternalLink);
    };
  }, [exitUrl]);
  return (
    <a
      href={exitUrl}
      aria-label={title}
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
