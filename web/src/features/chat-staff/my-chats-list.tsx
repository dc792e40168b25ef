'use client';

import { programmes } from '@helpline/shared/domain';
import { useTranslations } from 'next-intl';
import { ProgrammeBadge } from '~/components/programme-badge';
import { formatClock } from '~/lib/format-time';
import { UrgencyMark, useUrgencyWords } from '../queue/urgency-mark';
import { useWorkspace } from '../workspace/workspace-context';

/** The chats this counsellor holds, in the order they started, with unread counts and urgent ones marked. */
export function MyChatsList() {
  const { desk, openDesk } = useWorkspace();
  const t = useTranslations('chatStaff');
  const clock = useTranslations('common.time');
  const { urgent } = useUrgencyWords();
  const { chats, activeId } = desk.state;
  return (
    <section aria-labelledby="my-chats-heading" className="min-h-0 flex-1 overflow-y-auto">
      <h2 id="my-chats-heading" className="flex items-center justify-between px-3 pt-2 pb-1 text-sm font-semibold">
        {t('myChats')}
        <span className="rounded-full bg-neutral-200 px-2 text-xs">{chats.length}</span>
      </h2>
      {chats.length === 0 ? (
        <p className="px-3 pb-2 text-sm text-neutral-700">{t('noChats')}</p>
      ) : (
        <ul data-testid="my-chats">
          {chats.map((chat) => {
            const last = [...chat.messages].reverse().find((m) => m.sender !== 'system');
            const time = chat.startedAt ? formatClock(new Date(chat.startedAt), clock) : '';
            const isActive = chat.id === activeId;
            return (
              <li key={chat.id}>
                <button
                  type="button"
                  data-testid="my-chat"
                  data-conversation-id={chat.id}
                  aria-current={isActive ? 'true' : undefined}
                  onClick={() => {
                    desk.actions.activate(chat.id);
                    openDesk();
                  }}
                  className={`grid w-full gap-0.5 border-t border-l-4 border-neutral-200 px-3 py-1.5 text-left hover:bg-neutral-100 ${
                    isActive ? 'border-l-neutral-900 bg-neutral-100' : 'border-l-transparent'
                  }`}
                >
                  <span className="flex items-center gap-1.5">
                    <ProgrammeBadge programme={chat.programme} short />
                    <span className="text-sm font-medium">
                      {t('chatLabel', { programme: programmes[chat.programme].name, time })}
                    </span>
                    {chat.unread > 0 && (
                      <span
                        data-testid="unread"
                        className="ml-auto rounded-full bg-blue-700 px-1.5 text-xs font-bold text-white"
                      >
                        <span aria-hidden>{chat.unread}</span>
                        <span className="sr-only">{t('unread', { n: chat.unread })}</span>
                      </span>
                    )}
                  </span>
                  <UrgencyMark text={urgent(chat.programme, chat.intake.urgency)} />
                  <span className="truncate text-xs text-neutral-700">
                    {chat.status !== 'active' ? (
                      <span className="font-semibold text-amber-900">{t('needsTags')}</span>
                    ) : chat.visitorGoneSince ? (
                      <span className="font-semibold text-amber-900">{t('visitorGoneShort')}</span>
                    ) : chat.visitorTyping ? (
                      <em>{t('typing')}</em>
                    ) : (
                      (last?.body ?? '')
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
