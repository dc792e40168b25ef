'use client';

import { QUICK_EXIT } from '@helpline/shared/events';
import { ArrowRightLeft, CircleStop, RotateCcw, UserX } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Dialog } from '~/components/dialog';
import { ProgrammeBadge } from '~/components/programme-badge';
import { formatClock } from '~/lib/format-time';
import type { Chat } from '../workspace/chat-state';
import { useWorkspace } from '../workspace/workspace-context';
import { Composer } from './composer';
import { DebriefRequest } from './debrief-request';
import { HandoverBanner } from './handover-banner';
import { MessageList } from './message-list';
import { HelpAnswer, HelpButton, useSupervisorAsk } from './supervisor-help';
import { toolButton } from './tool-button';
import { TransferDialog } from './transfer-dialog';
import { UrgencyControl } from './urgency-control';
import { WhisperNotes } from './whisper-notes';

/**
 * The active conversation: who and since when, its urgency, the messages, typing, the composer; a supervisor's notes
 * above them; ask for help, transfer, end; after it, ask for a debrief.
 */
export function ConversationPane({ chat }: { chat: Chat }) {
  const t = useTranslations('chatStaff');
  const time = useTranslations('common.time');
  const queue = useTranslations('queue');
  const { desk } = useWorkspace();
  const [ending, setEnding] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const help = useSupervisorAsk(() => desk.actions.askHelp(chat.id));
  const isActive = chat.status === 'active';
  const pendingBody = (clientId: string) => chat.pending.find((p) => p.clientId === clientId)?.body ?? '';
  return (
    <section
      aria-labelledby="conversation-heading"
      className="flex min-w-0 flex-1 flex-col border-r border-neutral-300"
    >
      {/* At 1280 px the middle pane is narrow: the tools wrap under the title rather than cutting it off. */}
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-neutral-300 bg-white px-3 py-1.5">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <ProgrammeBadge programme={chat.programme} />
            <h2 id="conversation-heading" className="whitespace-nowrap font-semibold">
              {t('since', { time: chat.startedAt ? formatClock(new Date(chat.startedAt), time) : '' })}
            </h2>
            {chat.returning && (
              <span className="inline-flex shrink-0 items-center gap-0.5 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900">
                <RotateCcw aria-hidden size={11} />
                {queue('returningLabel')}
              </span>
            )}
          </div>
          <UrgencyControl chat={chat} />
        </div>
        {isActive && (
          <span className="ml-auto flex shrink-0 flex-wrap gap-2">
            <HelpButton chat={chat} ask={help} />
            <button type="button" className={toolButton} onClick={() => setTransferring(true)}>
              <ArrowRightLeft aria-hidden size={14} />
              {t('transfer')}
            </button>
            <button
              id="end-chat"
              type="button"
              aria-keyshortcuts="Alt+E"
              aria-label={t('endChat')}
              className={toolButton}
              onClick={() => setEnding(true)}
            >
              <CircleStop aria-hidden size={14} />
              {t('end')}
            </button>
          </span>
        )}
      </header>
      <HelpAnswer chat={chat} error={help.error} />
      <WhisperNotes chat={chat} />
      <HandoverBanner chat={chat} />
      {isActive && chat.visitorGoneSince && (
        <p
          role="status"
          data-testid="visitor-gone"
          className="flex items-center gap-2 border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950"
        >
          <UserX aria-hidden size={16} className="shrink-0" />
          <span>
            <strong>{t('visitorGone')}</strong>{' '}
            {t('visitorGoneSince', { time: formatClock(new Date(chat.visitorGoneSince), time) })}
          </span>
        </p>
      )}
      <MessageList
        messages={chat.messages}
        pending={chat.pending}
        onRetry={(clientId) => desk.actions.send(chat.id, pendingBody(clientId), clientId)}
      />
      <p aria-live="polite" className="min-h-6 px-3 text-sm italic text-neutral-700">
        {chat.visitorTyping ? t('typing') : ''}
      </p>
      {isActive ? (
        <Composer chat={chat} />
      ) : (
        <div className="grid gap-1.5 border-t border-neutral-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p role="status" data-testid="ended-banner">
            <strong className="font-semibold">
              {chat.endReason === QUICK_EXIT
                ? t('quickExit')
                : chat.endedBy
                  ? t(`endedBy.${chat.endedBy}`)
                  : t('ended')}
            </strong>{' '}
            {t('closeOutHint')}
          </p>
          <DebriefRequest chat={chat} />
        </div>
      )}
      <Dialog open={ending} onOpenChange={setEnding} title={t('endChat')} description={t('endConfirm')}>
        {/* What the visitor is writing would be cut off: say so while they type (their page keeps the text). */}
        {chat.visitorTyping && (
          <p
            role="alert"
            data-testid="end-visitor-typing"
            className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-amber-950"
          >
            {t('endWhileTyping')}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button
            type="button"
            onClick={() => setEnding(false)}
            className="rounded-md border border-neutral-500 px-3 py-1.5"
          >
            {t('cancel')}
          </button>
          <button
            type="button"
            onClick={() => desk.actions.end(chat.id).then(() => setEnding(false))}
            className="rounded-md bg-red-800 px-3 py-1.5 font-semibold text-white"
          >
            {t('confirmEnd')}
          </button>
        </div>
      </Dialog>
      <TransferDialog
        conversationId={chat.id}
        programme={chat.programme}
        open={transferring}
        onOpenChange={setTransferring}
      />
    </section>
  );
}
