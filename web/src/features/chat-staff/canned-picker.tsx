'use client';

import type { ProgrammeId } from '@helpline/shared/domain';
import * as Popover from '@radix-ui/react-popover';
import { MessageSquareText } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useCanned } from './use-canned';

/** Canned responses of the chat's programme: pick one to put it in the composer (still editable before sending). */
export function CannedPicker({ programme, onPick }: { programme: ProgrammeId; onPick: (body: string) => void }) {
  const t = useTranslations('chatStaff');
  const list = useCanned(programme);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const shown = (list ?? []).filter((c) => `${c.title} ${c.body}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        aria-keyshortcuts="Alt+C"
        className="inline-flex items-center gap-1 rounded-md border border-neutral-400 bg-white px-2 py-1 text-sm hover:bg-neutral-100"
      >
        <MessageSquareText aria-hidden size={15} />
        {t('canned')}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          className="z-50 grid max-h-96 w-[28rem] gap-2 overflow-y-auto rounded-lg border border-neutral-300 bg-white p-2 text-sm shadow-lg"
        >
          <input
            type="search"
            aria-label={t('cannedFilter')}
            placeholder={t('cannedFilter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="rounded-md border border-neutral-500 px-2 py-1"
          />
          {shown.length === 0 ? (
            <p className="p-1 text-neutral-700">{t('cannedEmpty')}</p>
          ) : (
            <ul className="grid gap-1">
              {shown.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick(c.body);
                      setOpen(false);
                    }}
                    className="grid w-full gap-0.5 rounded-md px-2 py-1 text-left hover:bg-neutral-100"
                  >
                    <span className="font-semibold">
                      {c.title} <span className="font-normal uppercase text-neutral-700">{c.language}</span>
                    </span>
                    <span className="line-clamp-2 text-neutral-800">{c.body}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
