'use client';

import { LogOut } from 'lucide-react';

/**
 * Leaves at once: forgets this tab's visitor state and replaces the page, so Back does not return here.
 * Always in the same place, top right, above everything else.
 */
export function QuickExit({ label, title, exitUrl }: { label: string; title: string; exitUrl: string }) {
  return (
    <a
      href={exitUrl}
      aria-label={title}
      onClick={(event) => {
        event.preventDefault();
        sessionStorage.clear();
        window.location.replace(exitUrl);
      }}
      className="fixed top-2 right-2 z-50 inline-flex min-h-11 items-center gap-2 rounded-full bg-neutral-900 px-4 font-semibold text-white shadow-lg"
    >
      <LogOut aria-hidden="true" size={18} />
      {label}
    </a>
  );
}
