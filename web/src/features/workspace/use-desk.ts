'use client';

import {
  ask,
  caughtUpTo,
  createOutbox,
  createStaffSocket,
  isPastGap,
  noAnswer,
  type Outbox,
  type Outgoing,
  type StaffSocket,
} from '@helpline/shared/client';
import { programmes } from '@helpline/shared/domain';
import type { ConversationTransfer, Message } from '@helpline/shared/events';
import type { CounsellorStatus } from '@helpline/shared/http';
import { Transcript } from '@helpline/shared/http';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Text } from '~/i18n/text';
import { api } from '../../lib/api';
import type { AlertPrefs } from './alert-prefs';
import { notifyDesktop, playChime } from './announce';
import { createChatAsks } from './chat-asks';
import { type ChatOrigin, type ChatSeed, deskReducer, initialDesk } from './chat-state';
import { sessionDrafts } from './drafts';
import { fetchMyChats } from './restore-chats';

const VISITOR_TYPING_TTL_MS = 6000;
/** The system line a handover leaves: a chat arriving with it as its latest came from a colleague, not the queue. */
const isHandover = (m: Message | undefined) =>
  m?.system?.code === 'transferred-to-colleague' || m?.system?.code === 'transferred-to-programme';

export type Notice = { text: string; tone: 'info' | 'error' } | null;

/** The live desk: one /staff socket, its events folded into state, and the counsellor's actions on it. */
export const useDesk = (t: Text<'workspace'>, prefs: AlertPrefs) => {
  const [state, dispatch] = useReducer(deskReducer, initialDesk);
  const [notice, setNotice] = useState<Notice>(null);
  const socketRef = useRef<StaffSocket | null>(null);
  /** The same socket for the parts of the workspace that listen on their own (the break banner). */
  const [socket, setSocket] = useState<StaffSocket | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const prefsRef = useRef(prefs);
  prefsRef.current = prefs;
  const accepting = useRef(new Set<string>());
  const deskVisible = useRef(false);

  const loadNotes = useCallback(async (id: string) => {
    const transcript = await api(Transcript, `/api/conversations/${id}/transcript`).catch(() => null);
    if (transcript) dispatch({ type: 'notes', id, notes: transcript.notes });
  }, []);

  const resume = useCallback(async (socket: StaffSocket, id: string) => {
    const afterSeq = caughtUpTo(stateRef.current.chats.find((c) => c.id === id)?.messages ?? []);
    const answer = await ask(socket, 'conversation:resume', { conversationId: id, afterSeq });
    if (!answer.ok) return [];
    dispatch({ type: 'messages', id, messages: answer.conversation.messages, status: answer.conversation.status });
    return answer.conversation.messages;
  }, []);

  /**
   * A chat handed over (by a colleague, or to this programme's queue) takes the middle pane with its handover note on
   * top, unless the counsellor is writing in another chat: then it is only marked, and a notice says so.
   */
  const handedOver = useRef(new Set<string>());
  const takeHandover = useCallback(
    (id: string) => {
      if (handedOver.current.has(id)) return;
      handedOver.current.add(id);
      const typing = document.activeElement;
      const isWriting =
        typing instanceof HTMLTextAreaElement && typing.value.trim() !== '' && stateRef.current.activeId !== id;
      dispatch({ type: 'handedOver', id, focus: !isWriting });
      if (isWriting) setNotice({ text: t('notices.handedOver'), tone: 'info' });
    },
    [t],
  );

  /**
   * One outbox per chat: its messages go one after another in the order written, each tried again with its clientId
   * after UNAVAILABLE, so an outage reorders nothing.
   */
  const outboxes = useRef(new Map<string, Outbox>());
  const outboxOf = useCallback((conversationId: string) => {
    const known = outboxes.current.get(conversationId);
    if (known) return known;
    const isConnected = () => socketRef.current?.connected === true;
    let shown = new Map<string, Outgoing['state']>();
    const outbox: Outbox = createOutbox({
      sender: 'counsellor',
      send: async (entry) => {
        const socket = socketRef.current;
        return socket ? ask(socket, 'message:send', { conversationId, ...entry }) : noAnswer;
      },
      canSend: isConnected,
      isConnected,
      // Shown as the chat's pending messages: each entry once more whenever it is added or changes state.
      onChange: () => {
        for (const p of outbox.entries())
          if (shown.get(p.clientId) !== p.state)
            dispatch(
              p.state === 'failed'
                ? { type: 'pendingFailed', id: conversationId, clientId: p.clientId }
                : { type: 'pending', id: conversationId, clientId: p.clientId, body: p.body },
            );
        shown = new Map(outbox.entries().map((p) => [p.clientId, p.state]));
      },
      onStored: (message) => dispatch({ type: 'message', message, seen: true }),
    });
    outboxes.current.set(conversationId, outbox);
    return outbox;
  }, []);
  /** The chat left this desk: what it still had to send goes nowhere now. */
  const drop = useCallback((id: string) => {
    outboxes.current.get(id)?.stop();
    outboxes.current.delete(id);
    dispatch({ type: 'remove', id });
  }, []);

  const addChat = useCallback(
    async (socket: StaffSocket, conversation: ChatSeed, origin: ChatOrigin) => {
      const known = stateRef.current.chats.some((c) => c.id === conversation.id);
      dispatch({ type: 'chat', conversation, origin });
      const messages = await resume(socket, conversation.id);
      if (!known && origin === 'routed' && isHandover(messages.findLast((m) => m.sender === 'system')))
        takeHandover(conversation.id);
      // Notes come with a chat handed over (the handover note) or restored after a reload; reading one's own active
      // chat is not an audited transcript opening.
      if (!known) await loadNotes(conversation.id);
    },
    [resume, loadNotes, takeHandover],
  );

  useEffect(() => {
    const socket = createStaffSocket('');
    socketRef.current = socket;
    setSocket(socket);
    const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();

    socket.on('connect', () => {
      dispatch({ type: 'connection', connection: 'online' });
      fetchMyChats().then(
        async (mine) => {
          const held = new Set(mine.map((chat) => chat.id));
          for (const chat of stateRef.current.chats) if (chat.status === 'active' && !held.has(chat.id)) drop(chat.id);
          for (const chat of mine) await addChat(socket, chat, 'restored');
          // What was sent but not acknowledged when the connection dropped goes again, same clientId: stored once.
          for (const chat of mine) await outboxes.current.get(chat.id)?.flush();
        },
        () => setNotice({ text: t('notices.restoreFailed'), tone: 'error' }),
      );
    });
    socket.on('disconnect', () => dispatch({ type: 'connection', connection: 'offline' }));
    socket.on('connect_error', () => dispatch({ type: 'connection', connection: 'offline' }));
    socket.on('queue:snapshot', (snapshot) => dispatch({ type: 'queue', snapshot }));
    socket.on('presence:state', (presence) => dispatch({ type: 'presence', presence }));
    socket.on('conversation:assigned', ({ conversation }) => {
      const mine = accepting.current.has(conversation.id);
      const isNew = !stateRef.current.chats.some((c) => c.id === conversation.id);
      addChat(socket, conversation, mine ? 'accepted' : 'routed').catch(() => {});
      if (mine || !isNew) return;
      if (prefsRef.current.sound) playChime();
      if (prefsRef.current.desktop && document.visibilityState !== 'visible')
        notifyDesktop(t('notifyTitle'), t('notifyBody', { programme: programmes[conversation.programme].name }));
    });
    socket.on('message', (message) => {
      const chat = stateRef.current.chats.find((c) => c.id === message.conversationId);
      if (chat && isPastGap(chat.messages, message)) void resume(socket, chat.id);
      const seen =
        deskVisible.current &&
        document.visibilityState === 'visible' &&
        stateRef.current.activeId === message.conversationId;
      dispatch({ type: 'message', message, seen });
      // Handed over live: the transfer's system line follows the assignment.
      if (chat && chat.origin === 'routed' && isHandover(message)) takeHandover(chat.id);
    });
    socket.on('typing', ({ conversationId, typing }) => {
      clearTimeout(typingTimers.get(conversationId));
      dispatch({ type: 'typing', id: conversationId, typing });
      if (typing)
        typingTimers.set(
          conversationId,
          setTimeout(() => dispatch({ type: 'typing', id: conversationId, typing: false }), VISITOR_TYPING_TTL_MS),
        );
    });
    socket.on('note:added', ({ conversationId, note }) =>
      dispatch({ type: 'notes', id: conversationId, notes: [note] }),
    );
    socket.on('conversation:ended', ({ conversationId, endedBy, reason }) => {
      // Released (handed over, or requeued while away): the chat is no longer this counsellor's.
      if (endedBy === 'system' && (reason === 'transferred' || reason === 'requeued')) {
        drop(conversationId);
        setNotice({ text: reason === 'transferred' ? t('notices.transferred') : t('notices.requeued'), tone: 'info' });
        return;
      }
      dispatch({ type: 'ended', id: conversationId, endedBy, reason });
    });
    socket.on('visitor:presence', ({ conversationId, online, since }) =>
      dispatch({ type: 'visitorPresence', id: conversationId, online, since }),
    );
    socket.on('whisper', (whisper) => {
      dispatch({ type: 'whisper', whisper });
      // Shown in its chat's pane; a note about another chat than the one in view is pointed out.
      if (!deskVisible.current || stateRef.current.activeId !== whisper.conversationId)
        setNotice({ text: t('notices.whisper', { alias: whisper.from.alias }), tone: 'info' });
    });
    return () => {
      for (const timer of typingTimers.values()) clearTimeout(timer);
      socket.removeAllListeners();
      socket.close();
      socketRef.current = null;
      setSocket(null);
    };
  }, [addChat, drop, resume, t, takeHandover]);

  const withSocket = useCallback(<R>(run: (socket: StaffSocket) => Promise<R>) => {
    const socket = socketRef.current;
    return socket ? run(socket) : Promise.resolve(null);
  }, []);

  const actions = useMemo(
    () => ({
      ...createChatAsks(() => socketRef.current, dispatch),
      setPresence: (status: CounsellorStatus) =>
        withSocket(async (socket) => {
          const answer = await ask(socket, 'presence:set', { status });
          if (!answer.ok) setNotice({ text: t('notices.failed'), tone: 'error' });
        }),
      accept: (conversationId: string) =>
        withSocket(async (socket) => {
          accepting.current.add(conversationId);
          const answer = await ask(socket, 'conversation:accept', { conversationId });
          if (!answer.ok) {
            accepting.current.delete(conversationId);
            setNotice({
              text: answer.error.code === 'CONFLICT' ? t('notices.taken') : t('notices.acceptFailed'),
              tone: 'error',
            });
            return false;
          }
          await addChat(socket, answer.conversation, 'accepted');
          dispatch({ type: 'activate', id: conversationId });
          return true;
        }),
      send: (conversationId: string, body: string, clientId: string = crypto.randomUUID()) =>
        outboxOf(conversationId).add(clientId, body),
      typing: (conversationId: string, typing: boolean) =>
        socketRef.current?.emit('typing', { conversationId, typing }),
      /** Resolves with the refusal (shown by the note form), or null once stored. */
      addNote: async (conversationId: string, body: string) => {
        const socket = socketRef.current;
        if (!socket) return { code: 'UNAVAILABLE' };
        const answer = await ask(socket, 'note:add', { conversationId, body });
        if (!answer.ok) return answer.error;
        dispatch({ type: 'notes', id: conversationId, notes: [answer.note] });
        return null;
      },
      end: (conversationId: string) =>
        withSocket(async (socket) => {
          const answer = await ask(socket, 'conversation:end', { conversationId });
          if (answer.ok) dispatch({ type: 'ended', id: conversationId, endedBy: 'counsellor' });
          else setNotice({ text: t('notices.failed'), tone: 'error' });
          return answer.ok;
        }),
      /** The handover note goes first, as a note, so the receiver reads it before anything else. */
      transfer: (conversationId: string, to: ConversationTransfer['to'], note: string) =>
        withSocket(async (socket) => {
          if (note.trim()) {
            const noted = await ask(socket, 'note:add', { conversationId, body: note.trim() });
            if (!noted.ok) return noted.error.message;
          }
          const answer = await ask(socket, 'conversation:transfer', { conversationId, to });
          return answer.ok ? null : answer.error.message;
        }),
      closeOut: (conversationId: string) => {
        sessionDrafts.delete(conversationId);
        drop(conversationId);
      },
      activate: (id: string | null) => dispatch({ type: 'activate', id }),
      markSeen: (id: string) => dispatch({ type: 'seen', id }),
      setDeskVisible: (visible: boolean) => {
        deskVisible.current = visible;
      },
      dismissNotice: () => setNotice(null),
    }),
    [withSocket, addChat, outboxOf, drop, t],
  );

  return { state, actions, notice, socket };
};

export type Desk = ReturnType<typeof useDesk>;
