'use client';

import type { HelpRequested } from '@helpline/shared';
import { useEffect, useState } from 'react';
import { useSharedSupervisorSocket } from './supervisor-socket';

/** A request for help as the banner lists it; `opened`: the supervisor went to monitor that chat. */
export type HelpCall = HelpRequested & { opened: boolean };

/** Kept for the tab only (a reload or a language switch keeps the list), never beyond it. */
const STORAGE_KEY = 'helpline-help-requests';

const stored = (): HelpCall[] => {
  try {
    const list: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? (list as HelpCall[]) : [];
  } catch {
    return [];
  }
};

/** Remembers the list for the tab and hands it on. */
const kept = (calls: HelpCall[]) => {
  window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(calls));
  return calls;
};

/**
 * Every counsellor's request for help heard on this tab's supervisor socket, oldest first, until dismissed. A chat that
 * asks again while listed keeps its first time (how long the counsellor has been waiting) and sounds as new.
 */
export const useHelpRequests = () => {
  const { socket } = useSharedSupervisorSocket();
  const [calls, setCalls] = useState<HelpCall[]>([]);
  const [latest, setLatest] = useState<HelpRequested | null>(null);
  useEffect(() => setCalls(stored()), []);
  useEffect(() => {
    if (!socket) return;
    const onRequested = (request: HelpRequested) => {
      setLatest(request);
      setCalls((current) =>
        kept(
          current.some((c) => c.conversationId === request.conversationId)
            ? current.map((c) => (c.conversationId === request.conversationId ? { ...c, opened: false } : c))
            : [...current, { ...request, opened: false }],
        ),
      );
    };
    socket.on('help:requested', onRequested);
    return () => {
      socket.off('help:requested', onRequested);
    };
  }, [socket]);
  const dismiss = (conversationId: string) =>
    setCalls((c) => kept(c.filter((x) => x.conversationId !== conversationId)));
  const markOpened = (conversationId: string) =>
    setCalls((c) => kept(c.map((x) => (x.conversationId === conversationId ? { ...x, opened: true } : x))));
  /** `latest`: the last request heard on this page (announced, and sounded, as it comes). */
  return { calls, latest, dismiss, markOpened };
};
