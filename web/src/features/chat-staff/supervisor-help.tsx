'use client';

import type { AskError } from '@helpline/shared/client';
import { LifeBuoy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeError } from '~/i18n/errors/describe-error';
import { formatClock } from '~/lib/format-time';
import type { Asked, Chat } from '../workspace/chat-state';
import { toolButton } from './tool-button';

/** One request to the supervisors on shift, sent from a button: pending while asked, the refusal in words. */
export const useSupervisorAsk = (ask: () => Promise<AskError | null>) => {
  const errors = useTranslations('errors');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setPending(true);
    const refused = await ask();
    setPending(false);
    setError(refused && describeError(refused, errors));
  };
  return { pending, error, send };
};

/** "Hulp vragen": every supervisor on shift is called to this chat, without the counsellor leaving it. */
export function HelpButton({ chat, ask }: { chat: Chat; ask: ReturnType<typeof useSupervisorAsk> }) {
  const t = useTranslations('chatStaff');
  return (
    <button
      type="button"
      className={toolButton}
      disabled={ask.pending}
      aria-describedby={chat.help ? `help-${chat.id}` : undefined}
      onClick={() => void ask.send()}
    >
      <LifeBuoy aria-hidden size={14} />
      {t('helpAsk')}
    </button>
  );
}

/** What came of the request: how many supervisors have it (someone is coming), or that nobody is on shift. */
export function HelpAnswer({ chat, error }: { chat: Chat; error: string | null }) {
  const t = useTranslations('chatStaff');
  const time = useTranslations('common.time');
  // Once the chat is over, nobody comes to it any more: the answer goes with it.
  const help = chat.status === 'active' ? chat.help : null;
  if (!help && !error) return <p role="status" className="sr-only" />;
  const nobody = help?.supervisors === 0;
  return (
    <p
      role="status"
      id={`help-${chat.id}`}
      data-testid="help-answer"
      className={`flex items-center gap-2 border-b px-3 py-1.5 text-sm ${
        error || nobody ? 'border-red-300 bg-red-50 text-red-900' : 'border-sky-300 bg-sky-50 text-sky-950'
      }`}
    >
      <LifeBuoy aria-hidden size={16} className="shrink-0" />
      <span>{error ?? (help && helpWords(help, t, formatClock(new Date(help.at), time)))}</span>
    </p>
  );
}

const helpWords = (help: Asked, t: ReturnType<typeof useTranslations<'chatStaff'>>, time: string) =>
  help.supervisors === 0 ? t('helpNobody', { time }) : t('helpComing', { count: help.supervisors, time });
