'use client';

import { programmes } from '@helpline/shared/domain';
import { RotateCcw } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { ProgrammeBadge } from '~/components/programme-badge';
import { useWorkspace } from '../workspace/workspace-context';
import { IntakeSummary } from './intake-summary';
import { servingOrder } from './serving-order';
import { UrgencyMark, useUrgencyWords } from './urgency-mark';
import { formatDuration, useNow } from './use-now';

/** Everyone waiting in the counsellor's programmes in the order they are served (urgent first), with a ticking wait. */
export function QueueList() {
  const { desk, openDesk } = useWorkspace();
  const t = useTranslations('queue');
  const { urgent: urgentMark } = useUrgencyWords();
  const now = useNow();
  const waiting = servingOrder(desk.state.queue);
  return (
    <section aria-labelledby="queue-heading" className="border-b border-neutral-300">
      <h2 id="queue-heading" className="flex items-center justify-between px-3 pt-2 pb-1 text-sm font-semibold">
        {t('queue')}
        <span data-testid="queue-count" className="rounded-full bg-neutral-200 px-2 text-xs">
          {waiting.length}
        </span>
      </h2>
      {waiting.length === 0 ? (
        <p className="px-3 pb-2 text-sm text-neutral-700">{t('empty')}</p>
      ) : (
        <ul className="max-h-[40vh] overflow-y-auto" data-testid="queue">
          {waiting.map((w) => {
            const wait = formatDuration(now - new Date(w.queuedAt).getTime());
            const programme = programmes[w.programme].name;
            const urgent = urgentMark(w.programme, w.urgency);
            return (
              <li
                key={w.conversationId}
                data-testid="queue-item"
                data-queue-id={w.conversationId}
                className={`flex items-center gap-2 border-t border-neutral-200 px-3 py-1.5 ${
                  urgent ? 'border-l-4 border-l-red-700 bg-red-50 pl-2' : ''
                }`}
              >
                <div className="grid min-w-0 flex-1 gap-0.5">
                  <div className="flex items-center gap-1.5">
                    <ProgrammeBadge programme={w.programme} short />
                    <span className="font-mono text-sm tabular-nums">
                      <span className="sr-only">{t('waiting', { wait: '' })}</span>
                      {wait}
                    </span>
                    {w.returning && (
                      <span
                        className="inline-flex items-center gap-0.5 rounded bg-amber-100 px-1 text-[11px] font-medium text-amber-900"
                        title={t('returningLabel')}
                      >
                        <RotateCcw aria-hidden size={11} />
                        {t('returning')}
                      </span>
                    )}
                  </div>
                  <UrgencyMark text={urgent} />
                  <IntakeSummary programme={w.programme} intake={w.intake} />
                </div>
                <button
                  type="button"
                  onClick={() => desk.actions.accept(w.conversationId).then((ok) => ok && openDesk())}
                  aria-label={
                    urgent ? t('acceptUrgentLabel', { programme, urgent, wait }) : t('acceptLabel', { programme, wait })
                  }
                  className="rounded-md bg-neutral-900 px-2.5 py-1 text-sm font-semibold text-white hover:bg-neutral-700"
                >
                  {t('accept')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
