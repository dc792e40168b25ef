'use client';

import { MessageCircleHeart } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { formatClock } from '~/lib/format-time';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';
import { useSupervisorAsk } from './supervisor-help';
import { toolButton } from './tool-button';

/** After a chat: "Debrief vragen" tells the supervisors on shift who asks and when, nothing of the chat; a quiet answer. */
export function DebriefRequest({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const time = useTranslations('common.time');
  const { desk } = useWorkspace();
  const debrief = useSupervisorAsk(() => desk.actions.askDebrief(chat.id));
  const asked = chat.debrief;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {!asked && (
        <button type="button" className={toolButton} disabled={debrief.pending} onClick={() => void debrief.send()}>
          <MessageCircleHeart aria-hidden size={14} />
          {t('debriefAsk')}
        </button>
      )}
      <span role="status" data-testid="debrief-answer">
        {debrief.error ??
          (asked && t('debriefAsked', { count: asked.supervisors, time: formatClock(new Date(asked.at), time) }))}
      </span>
    </div>
  );
}
