'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { CasePanel } from '../case-panel/case-panel';
import { ConversationPane } from '../chat-staff/conversation-pane';
import { useWorkspace } from './workspace-context';

/** The middle and right of the workspace: the active conversation and its case panel. */
export function DeskView() {
  const { lang, desk } = useWorkspace();
  const t = useTranslations('chatStaff');
  const { chats, activeId } = desk.state;
  const chat = chats.find((c) => c.id === activeId) ?? null;
  const { markSeen } = desk.actions;
  const unread = chat?.unread ?? 0;
  const announced = chat ? desk.state.announced.includes(chat.id) : false;
  useEffect(() => {
    if (!chat?.id) return;
    const mark = () => document.visibilityState === 'visible' && markSeen(chat.id);
    if (unread > 0 || announced) mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [chat?.id, unread, announced, markSeen]);
  if (!chat)
    return (
      <main className="flex flex-1 items-center justify-center p-6 text-neutral-700">
        <p>{t('noSelection')}</p>
      </main>
    );
  return (
    <main className="flex min-w-0 flex-1">
      <ConversationPane key={chat.id} chat={chat} />
      <CasePanel key={`case-${chat.id}`} chat={chat} lang={lang} />
    </main>
  );
}
