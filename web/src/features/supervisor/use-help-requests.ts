'use client';

import type { DebriefRequested, HelpRequested } from '@helpline/shared';
import { useEffect, useState } from 'react';
import { useSharedSupervisorSocket } from './supervisor-socket';
import { useTabList } from './use-tab-list';

/** A request for help as the banner lists it; `opened`: the supervisor went to monitor that chat. */
export type HelpCall = HelpRequested & { opened: boolean };

const sameChat = (a: { conversationId: string }) => (b: { conversationId: string }) =>
  a.conversationId === b.conversationId;
const sameDebrief = (a: DebriefRequested) => (b: DebriefRequested) =>
  a.counsellor.id === b.counsellor.id && a.at === b.at;

/**
 * Every counsellor's request for help heard on this tab's supervisor socket, oldest first, until dismissed: a chat that
 * asks again while listed keeps its first time (how long the counsellor has been waiting) and sounds as new. Requests
 * for a debrief are listed apart, quietly: who asks and when, never which chat.
 */
export const useHelpRequests = () => {
  const { socket } = useSharedSupervisorSocket();
  const [calls, changeCalls] = useTabList<HelpCall>('helpline-help-requests');
  const [debriefs, changeDebriefs] = useTabList<DebriefRequested>('helpline-debrief-requests');
  const [latest, setLatest] = useState<HelpRequested | null>(null);
  useEffect(() => {
    if (!socket) return;
    const onHelp = (request: HelpRequested) => {
      setLatest(request);
      changeCalls((current) =>
        current.some(sameChat(request))
          ? current.map((c) => (sameChat(request)(c) ? { ...c, opened: false } : c))
          : [...current, { ...request, opened: false }],
      );
    };
    const onDebrief = (request: DebriefRequested) =>
      changeDebriefs((current) => (current.some(sameDebrief(request)) ? current : [...current, request]));
    socket.on('help:requested', onHelp);
    socket.on('debrief:requested', onDebrief);
    return () => {
      socket.off('help:requested', onHelp);
      socket.off('debrief:requested', onDebrief);
    };
  }, [socket, changeCalls, changeDebriefs]);
  return {
    calls,
    debriefs,
    /** The last request for help heard on this page (announced, and sounded, as it comes). */
    latest,
    dismiss: (conversationId: string) => changeCalls((c) => c.filter((x) => x.conversationId !== conversationId)),
    markOpened: (conversationId: string) =>
      changeCalls((c) => c.map((x) => (x.conversationId === conversationId ? { ...x, opened: true } : x))),
    dismissDebrief: (request: DebriefRequested) => changeDebriefs((c) => c.filter((x) => !sameDebrief(request)(x))),
  };
};
