'use client';

import { useTranslations } from 'next-intl';
import { useStaff } from '../staff-session/staff-session';
import type { Chat } from '../workspace/chat-state';

/** A chat handed over shows the last note of the colleague who handed it, above the conversation. */
export function HandoverBanner({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const me = useStaff();
  const handover = [...chat.notes].reverse().find((note) => note.author !== me.alias);
  if (!handover) return null;
  return (
    <aside data-testid="handover" className="border-b border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      <p className="font-semibold text-amber-950">{t('handoverFrom', { author: handover.author })}</p>
      <p className="whitespace-pre-wrap">{handover.body}</p>
    </aside>
  );
}
