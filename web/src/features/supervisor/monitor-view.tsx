'use client';

import type { Conversation, Message, NoteAdded, Whisper } from '@helpline/shared';
import { ask } from '@helpline/shared/client';
import { ConversationDetail } from '@helpline/shared/http';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { type Locale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { getPathname } from '~/i18n/navigation';
import { apiGet } from '~/lib/api-get';
import { clockOf } from './format';
import { useSupervisorSocket } from './use-supervisor-socket';
import { WhisperForm } from './whisper-form';
import { WhisperList } from './whisper-list';

type Note = NoteAdded['note'];
type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'live'; conversation: Conversation };

const bySeq = (list: Message[]) => [...new Map(list.map((m) => [m.id, m])).values()].sort((a, b) => a.seq - b.seq);
/** A whisper comes back twice (the ack and the broadcast to monitors): one of each. */
const whisperKey = (w: Whisper) => `${w.at}|${w.from.alias}|${w.body}`;
const distinct = (list: Whisper[]) => [...new Map(list.map((w) => [whisperKey(w), w])).values()];

/**
 * A silent view of one live chat through `monitor:join` (audited by the server): nothing is ever sent to the visitor;
 * while the chat is active, a whisper goes to its counsellor only. Its own socket, not the pages' shared one: leaving
 * the page disconnects it, and so leaves the chat's monitor room.
 */
export function MonitorView({ lang, conversationId }: { lang: Locale; conversationId: string }) {
  const t = useTranslations('supervisor');
  const { socket, connected } = useSupervisorSocket();
  const detail = useQuery(apiGet(ConversationDetail, `/api/conversations/${conversationId}`));
  const [whispers, setWhispers] = useState<Whisper[]>([]);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [messages, setMessages] = useState<Message[]>([]);
  const [notes, setNotes] = useState<Note[]>([]);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (!socket || !connected) return;
    let isCurrent = true;
    void ask(socket, 'monitor:join', { conversationId }).then((answer) => {
      if (!isCurrent) return;
      if (!answer.ok) return setState({ kind: 'failed' });
      setState({ kind: 'live', conversation: answer.conversation });
      setMessages((current) => bySeq([...current, ...answer.messages]));
      setEnded(answer.conversation.status !== 'active' && answer.conversation.status !== 'queued');
    });
    const onMessage = (m: Message) => m.conversationId === conversationId && setMessages((c) => bySeq([...c, m]));
    const onNote = (n: NoteAdded) => n.conversationId === conversationId && setNotes((c) => [...c, n.note]);
    const onEnded = (e: { conversationId: string }) => e.conversationId === conversationId && setEnded(true);
    const onWhisper = (w: Whisper) => w.conversationId === conversationId && setWhispers((c) => distinct([...c, w]));
    socket.on('message', onMessage);
    socket.on('note:added', onNote);
    socket.on('conversation:ended', onEnded);
    socket.on('whisper', onWhisper);
    return () => {
      isCurrent = false;
      socket.off('message', onMessage);
      socket.off('note:added', onNote);
      socket.off('conversation:ended', onEnded);
      socket.off('whisper', onWhisper);
    };
  }, [socket, connected, conversationId]);

  return (
    <div className="mx-auto grid max-w-3xl gap-3">
      <h1 className="text-2xl font-bold">
        {t('monitor.heading')}
        {state.kind === 'live' && ` – ${t(`programmes.${state.conversation.programme}`)}`}
      </h1>
      <p className="rounded-lg border border-amber-700 bg-amber-50 p-3">{t('monitor.notice')}</p>
      <Link
        href={getPathname({ locale: lang, href: '/supervisor' })}
        className="inline-flex min-h-11 items-center underline underline-offset-4"
      >
        {t('monitor.back')}
      </Link>
      {state.kind === 'loading' && <p aria-live="polite">{t('monitor.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('monitor.failed')}</p>}
      {state.kind === 'live' && (
        <section aria-labelledby="transcript-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
          <h2 id="transcript-heading" className="text-lg font-bold">
            {t('monitor.transcript')}
          </h2>
          {messages.length === 0 && <p className="text-neutral-700">{t('monitor.empty')}</p>}
          <ol aria-live="polite" className="mt-2 grid gap-2" data-testid="monitor-transcript">
            {messages.map((m) => (
              <li
                key={m.id}
                className={`max-w-[80%] rounded-lg px-3 py-2 ${m.sender === 'counsellor' ? 'justify-self-end bg-blue-50' : m.sender === 'system' ? 'justify-self-center bg-neutral-100 text-sm' : 'bg-neutral-100'}`}
              >
                <p className="text-xs text-neutral-700">
                  {t(`monitor.senders.${m.sender}`)} · {clockOf(m.sentAt, t('locale'))}
                </p>
                <p className="whitespace-pre-wrap">{m.body}</p>
              </li>
            ))}
          </ol>
          {ended && (
            <p role="status" className="mt-3 font-semibold">
              {t('monitor.ended')}
            </p>
          )}
        </section>
      )}
      {state.kind === 'live' && !ended && state.conversation.status === 'active' && (
        <WhisperForm
          socket={socket}
          conversationId={conversationId}
          counsellor={detail.data?.counsellorAlias ?? null}
          onSent={(w) => setWhispers((c) => distinct([...c, w]))}
        />
      )}
      <WhisperList whispers={whispers} t={t} />
      {notes.length > 0 && (
        <section aria-labelledby="notes-heading" className="rounded-xl border border-neutral-300 bg-white p-3">
          <h2 id="notes-heading" className="text-lg font-bold">
            {t('monitor.notesHeading')}
          </h2>
          <ul className="mt-2 grid gap-2">
            {notes.map((n) => (
              <li key={n.id}>
                <span className="text-xs text-neutral-700">
                  {n.author} · {clockOf(n.at, t('locale'))}
                </span>
                <p className="whitespace-pre-wrap">{n.body}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
